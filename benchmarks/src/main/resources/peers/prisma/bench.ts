// Prisma 7 on Node, the same workloads as the Java peers (dev.refract.bench.peers), timed with a plain
// loop: warm-up, then each operation timed on its own with process.hrtime.bigint(); state-changing
// workloads reset outside the timed region. Prints one JSON line per workload.
// Env: ORM_URL, MOVIES_URL, JOINS (1: relationLoadStrategy 'join', else 'query'), WARMUP_MS, MEASURE_MS,
// MIX_MS, FILTER (regex of workload labels), POOL (connections), CHECK_OUT (write each result there, as JSON, and exit).
import { PrismaClient as Orm } from './generated/orm/client.ts'
import { PrismaClient as Movies } from './generated/movies/client.ts'
import { PrismaPg } from '@prisma/adapter-pg'
import { writeFileSync } from 'node:fs'

const pool = Number(process.env.POOL ?? 8)
const orm = new Orm({ adapter: new PrismaPg({ connectionString: process.env.ORM_URL!, max: pool }) })
const movies = new Movies({ adapter: new PrismaPg({ connectionString: process.env.MOVIES_URL!, max: pool }) })
const strategy = process.env.JOINS === '1' ? 'join' : 'query'
const s = { relationLoadStrategy: strategy } as const
const warmupMs = Number(process.env.WARMUP_MS ?? 400)
const measureMs = Number(process.env.MEASURE_MS ?? 1200)
const mixMs = Number(process.env.MIX_MS ?? 5000)
const filter = new RegExp('^(?:' + (process.env.FILTER ?? '.*') + ')$')

type Run = (arg: number) => Promise<unknown>
const w: Record<string, Run> = {
  'select-1': () => orm.$queryRaw`SELECT 1`,
  findMany: () => orm.customer.findMany(),
  'findMany-filter-paginate-order': () =>
    orm.customer.findMany({ where: { isActive: true }, orderBy: { createdAt: 'desc' }, skip: 0, take: 10 }),
  'findMany-include-orders': () => orm.customer.findMany({ ...s, include: { orders: true } }),
  findFirst: () => orm.customer.findFirst(),
  'findFirst-include-orders': () => orm.customer.findFirst({ ...s, include: { orders: true } }),
  findUnique: (id) => orm.customer.findUnique({ where: { id } }),
  'findUnique-include-orders': (id) => orm.customer.findUnique({ ...s, where: { id }, include: { orders: true } }),
  create: () => orm.customer.create({ data: { name: 'John Doe', email: 'john.doe@example.com' } }),
  'nested-create': () =>
    orm.customer.create({
      data: {
        name: 'John Doe', email: 'john.doe@example.com', isActive: false,
        orders: { create: { date: new Date(), totalAmount: 100.5, products: { connect: [{ id: 1 }, { id: 2 }] } } },
      },
    }),
  update: () => orm.customer.update({ where: { id: 1 }, data: { name: 'John Doe Updated' } }),
  'nested-update': () =>
    orm.customer.update({ where: { id: 1 }, data: { name: 'John Doe Updated', address: { update: { street: '456 New St' } } } }),
  upsert: () =>
    orm.customer.upsert({ where: { id: 1 }, update: { name: 'John Doe Upserted' }, create: { name: 'John Doe', email: 'john.doe@example.com' } }),
  'nested-upsert': () =>
    orm.customer.upsert({
      where: { id: 1 },
      update: { name: 'John Doe Upserted', address: { update: { street: '456 New St' } } },
      create: {
        name: 'John Doe', email: 'john.doe@example.com',
        address: { create: { street: '456 New St', city: 'Anytown', postalCode: '12345', country: 'Country' } },
      },
    }),
  delete: (id) => orm.customer.delete({ where: { id } }),
  'mix-byId-orders': (id) => orm.customer.findUnique({ ...s, where: { id }, include: { orders: true } }),
  'mix-byId-orders-products': (id) =>
    orm.customer.findUnique({ ...s, where: { id }, include: { orders: { include: { products: true } } } }),
  'mix-page-50': (skip) => orm.customer.findMany({ orderBy: { id: 'asc' }, skip, take: 50 }),
  'movies-findMany-25k': () => movies.movie.findMany({ where: { id: { lte: 25000 } } }),
  'movies-take-2000': () => movies.movie.findMany({ take: 2000 }),
  'movies-take-2000-filtered': () => movies.movie.findMany({ where: { genre: 'Drama', year: { gte: 1990 } }, take: 2000 }),
  'movies-take-2000-include-cast': () => movies.movie.findMany({ ...s, take: 2000, include: { cast: true } }),
  'studios-movies-reviews-3-level': () =>
    movies.studio.findMany({ ...s, where: { id: { lte: 5 } }, include: { movies: { include: { reviews: true } } } }),
  'movies-reviews-some': () => movies.movie.findMany({ where: { reviews: { some: { stars: 5 } } }, take: 2000 }),
  'movies-reviews-none': () => movies.movie.findMany({ where: { reviews: { none: {} } }, take: 2000 }),
  'movies-orderBy-take-50': () => movies.movie.findMany({ orderBy: [{ rating: 'desc' }, { id: 'asc' }], take: 50 }),
}
const includes = new Set(['findMany-include-orders', 'findFirst-include-orders', 'findUnique-include-orders',
  'mix-byId-orders', 'mix-byId-orders-products', 'movies-take-2000-include-cast', 'studios-movies-reviews-3-level'])

async function before(name: string): Promise<number> {
  if (name !== 'delete') return name === 'mix-page-50' ? 0 : 1
  const rows = await orm.$queryRawUnsafe<{ id: number }[]>(
    `INSERT INTO "Customer" (name, email) VALUES ('To delete', 'delete.me@example.com') RETURNING id`)
  return rows[0].id
}
async function after(name: string) {
  if (['create', 'nested-create', 'nested-upsert'].includes(name))
    await orm.$executeRawUnsafe(`DELETE FROM "Customer" WHERE email = 'john.doe@example.com'`)
  if (['create', 'nested-create', 'nested-upsert', 'update', 'nested-update', 'upsert'].includes(name)) {
    await orm.$executeRawUnsafe(`UPDATE "Customer" SET name = 'Customer 1' WHERE id = 1`)
    await orm.$executeRawUnsafe(`UPDATE "Address" SET street = '1 Main St' WHERE "customerId" = 1`)
  }
}

function pct(sorted: number[], p: number) {
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1))]
}

async function loop(name: string, ms: number): Promise<number[]> {
  const out: number[] = []
  const end = performance.now() + ms
  while (out.length < 5 || (performance.now() < end && out.length < 20000)) {
    const arg = await before(name)
    const t0 = process.hrtime.bigint()
    await w[name](arg)
    const t1 = process.hrtime.bigint()
    await after(name)
    out.push(Number(t1 - t0) / 1000)
  }
  return out
}

const peer = strategy === 'join' ? 'prisma-joins' : 'prisma'
if (process.env.CHECK_OUT) {
  const results: Record<string, unknown> = {}
  for (const name of Object.keys(w)) {
    if (!filter.test(name) || name === 'select-1') continue
    const arg = await before(name)
    results[name] = await w[name](arg)
    await after(name)
  }
  writeFileSync(process.env.CHECK_OUT, JSON.stringify(results))
} else {
  for (const name of Object.keys(w)) {
    if (!filter.test(name) || (strategy === 'join' && !includes.has(name))) continue
    await loop(name, warmupMs)
    const t = (await loop(name, measureMs)).sort((a, b) => a - b)
    console.log(JSON.stringify({ peer, workload: name, samples: t.length, medianMicros: pct(t, 0.5), p99Micros: pct(t, 0.99) }))
  }
  if (filter.test('concurrency-mix')) {
    const mix = ['mix-byId-orders', 'mix-byId-orders-products', 'mix-page-50']
    const run = async (ms: number) => {
      const lat: number[] = []
      const end = performance.now() + ms
      await Promise.all(Array.from({ length: 16 }, async () => {
        while (performance.now() < end) {
          const name = mix[Math.floor(Math.random() * 3)]
          const arg = name === 'mix-page-50' ? Math.floor(Math.random() * 950) : 1 + Math.floor(Math.random() * 1000)
          const t0 = process.hrtime.bigint()
          await w[name](arg)
          lat.push(Number(process.hrtime.bigint() - t0) / 1000)
        }
      }))
      return lat
    }
    await run(warmupMs)
    const lat = (await run(mixMs)).sort((a, b) => a - b)
    console.log(JSON.stringify({ peer, workload: 'concurrency-mix-16-threads', samples: lat.length,
      medianMicros: pct(lat, 0.5), p99Micros: pct(lat, 0.99), opsPerSecond: lat.length / (mixMs / 1000) }))
  }
}
await orm.$disconnect()
await movies.$disconnect()

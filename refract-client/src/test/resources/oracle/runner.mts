// Runs the differential suite's cases through the real Prisma 7 client (see OracleDiffPostgresTest).
//   tsx runner.mts <generated client dir> <cases.json> <seed.sql> <results.json>     (DATABASE_URL set)
// cases.json: [{name, model, action, args, reset}] in order; `reset: true` runs seed.sql first.
// results.json: [{name, result} | {name, error: {code, name, message}}], values made plain JSON by
// the rules in normalize() (the Java side applies the same rules to Refract's results).
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import pg from 'pg'
import { PrismaPg } from '@prisma/adapter-pg'

const [clientDir, casesFile, seedFile, outFile] = process.argv.slice(2)
const url = process.env.DATABASE_URL
if (!url) throw new Error('DATABASE_URL is not set')

const { PrismaClient, Prisma } = await import(pathToFileURL(path.join(clientDir, 'client.ts')).href)
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) })
const seed = fs.readFileSync(seedFile, 'utf8')
const cases = JSON.parse(fs.readFileSync(casesFile, 'utf8'))

/** Catalog argument values that JSON cannot carry: {"$bytes": base64}, {"$bigint": digits}, {"$json": "DbNull"|"JsonNull"|"AnyNull"}. */
function decode(v: any): any {
  if (Array.isArray(v)) return v.map(decode)
  if (v && typeof v === 'object') {
    const keys = Object.keys(v)
    if (keys.length === 1 && keys[0] === '$bytes') return new Uint8Array(Buffer.from(v.$bytes, 'base64'))
    if (keys.length === 1 && keys[0] === '$bigint') return BigInt(v.$bigint)
    if (keys.length === 1 && keys[0] === '$json') return (Prisma as any)[v.$json]
    const out: any = {}
    for (const k of keys) out[k] = decode(v[k])
    return out
  }
  return v
}

/** Result values as plain JSON: DateTime -> ISO-8601 string with milliseconds, Decimal -> plain string, BigInt -> {"$bigint": digits}, Bytes -> base64 string. */
function normalize(v: any): any {
  if (v === null || v === undefined) return null
  if (typeof v === 'bigint') return { $bigint: v.toString() }
  if (v instanceof Date) return v.toISOString()
  if (Prisma.Decimal.isDecimal(v)) return new Prisma.Decimal(v).toFixed()
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64')
  if (Array.isArray(v)) return v.map(normalize)
  if (typeof v === 'object') {
    const out: any = {}
    for (const k of Object.keys(v)) out[k] = normalize(v[k])
    return out
  }
  return v
}

function delegate(model: string) {
  return (prisma as any)[model.charAt(0).toLowerCase() + model.slice(1)]
}

function call(c: any): Promise<any> {
  const args = decode(c.args ?? {})
  switch (c.action) {
    case '$transaction':
      return prisma.$transaction(args.operations.map((op: any) => call(op)))
    case '$queryRaw':
      return prisma.$queryRawUnsafe(args.sql, ...(args.parameters ?? []))
    case '$executeRaw':
      return prisma.$executeRawUnsafe(args.sql, ...(args.parameters ?? []))
    default:
      return delegate(c.model)[c.action](args)
  }
}

const pool = new pg.Pool({ connectionString: url, max: 1 })
const results: any[] = []
try {
  for (const c of cases) {
    if (c.reset) await pool.query(seed)
    try {
      results.push({ name: c.name, result: normalize(await call(c)) })
    } catch (e: any) {
      results.push({ name: c.name, error: { code: e.code ?? null, name: e.constructor?.name ?? 'Error', message: String(e.message) } })
    }
  }
} finally {
  await prisma.$disconnect()
  await pool.end()
}
fs.writeFileSync(outFile, JSON.stringify(results, null, 1))

// Prisma's side of StartupProbe: from process start to the client constructed, the first and second query.
import { performance } from 'node:perf_hooks'
const t00 = performance.now()
const { PrismaClient } = await import('./generated/orm/client.ts')
const { PrismaPg } = await import('@prisma/adapter-pg')
const t0 = performance.now()
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.ORM_URL! }) })
const t1 = performance.now()
await prisma.customer.findUnique({ where: { id: 1 } })
const t2 = performance.now()
await prisma.customer.findUnique({ where: { id: 2 } })
const t3 = performance.now()
console.log(`prisma: process start to script ${t00.toFixed(0)} ms; imports ${(t0 - t00).toFixed(1)} ms; client construction ${(t1 - t0).toFixed(1)} ms; first query ${(t2 - t1).toFixed(1)} ms; second query ${(t3 - t2).toFixed(2)} ms; process start to first result ${t2.toFixed(0)} ms`)
await prisma.$disconnect()

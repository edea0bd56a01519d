// The read rules' cost on the projects list: the same page through graphql-js, once with the request's
// scoped client (auth/scoped-client.ts, as buildYoga gives it) and once with the bare client, signed in as
// the bench ADMIN (whose rules filter nothing, so both send the same SQL), on an in-memory PGlite with the
// bench seed. Rounds interleave the two; prints the medians. Run: pnpm --filter bench scope-cost
process.env.NODE_ENV ??= 'production'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { defaultSize, seedSql } from './seed.ts'
import { ourQuery } from './queries.ts'

const { openDatabase, migrate } = await import('../../server/src/db/open.ts')
const { scopedClient } = await import('../../server/src/auth/scoped-client.ts')
const { schema } = await import('../../server/src/schema/index.ts')
const serverRequire = createRequire(fileURLToPath(new URL('../../server/src/yoga.ts', import.meta.url)))
const { execute, parse } = serverRequire('graphql') as typeof import('../../server/node_modules/graphql')

const projects = defaultSize.projects
const runs = Number(process.env.BENCH_RUNS ?? 400)
const pglite = new PGlite()
const database = await openDatabase({ pglite })
await migrate(database)
const { hashPassword } = await import('../../server/src/auth/password.ts')
await pglite.exec(seedSql(await hashPassword('bench-unused'), defaultSize))
await pglite.exec('VACUUM ANALYZE')

const admin = await database.prisma.user.findFirstOrThrow({ where: { role: 'ADMIN' } })
const user = { id: admin.id, name: admin.name, role: admin.role, unitId: admin.unitId }
const document = parse(ourQuery)
const page = (scoped: boolean) => async () => {
  const contextValue = {
    prisma: scoped ? scopedClient(database.prisma, user) : database.prisma,
    database: database.prisma,
    user,
    sessionId: null,
    request: new Request('http://bench/graphql'),
    address: '127.0.0.1',
    setSessionCookie: async () => {},
    clearSessionCookie: async () => {},
  }
  const result = await execute({ schema, document, contextValue })
  if (result.errors) throw new Error(JSON.stringify(result.errors))
  return result
}
const variants = { bare: page(false), scoped: page(true) }
const times: Record<keyof typeof variants, number[]> = { bare: [], scoped: [] }
for (let i = 0; i < 200; i++) for (const run of Object.values(variants)) await run()
const rounds = 10
for (let round = 0; round < rounds; round++) {
  const order = (round % 2 ? ['scoped', 'bare'] : ['bare', 'scoped']) as (keyof typeof variants)[]
  for (const name of order)
    for (let i = 0; i < runs / rounds; i++) {
      const start = process.hrtime.bigint()
      await variants[name]()
      times[name].push(Number(process.hrtime.bigint() - start) / 1e6)
    }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const bare = median(times.bare)
const scoped = median(times.scoped)
console.log(`${projects} projects, ${runs} runs each: bare ${bare.toFixed(3)} ms, scoped ${scoped.toFixed(3)} ms,`)
console.log(`ratio scoped/bare ${(scoped / bare).toFixed(3)}`)
await database.close?.()
// The database was opened on this PGlite, so closing it leaves the PGlite to us: left open, the process ends 99.
await pglite.close()

// The read rules' cost on the projects list: the same page through graphql-js with the request's client as
// buildYoga gives it (auth/scoped-client.ts) and with the bare client, for two readers in one run, on an
// in-memory PGlite with the bench seed:
// - the bench ADMIN, whose rules filter nothing: both send the same SQL, the difference is the mechanism;
// - a park manager of one unit, whose rule adds `unitId`: the bare client is given the same filter through
//   the list's own `unitId` argument, so both answer the same 20 projects with nearly the same SQL.
// Rounds rotate the four variants; prints each one's median and the ratios. Run: pnpm --filter bench scope-cost
process.env.NODE_ENV ??= 'production'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { defaultSize, seedSql } from './seed.ts'
import { ourQuery } from './queries.ts'
import { median, rotate } from './timing.ts'

const { openDatabase, migrate } = await import('../../server/src/db/open.ts')
const { scopedClient } = await import('../../server/src/auth/scoped-client.ts')
const { schema } = await import('../../server/src/schema/index.ts')
const serverRequire = createRequire(fileURLToPath(new URL('../../server/src/yoga.ts', import.meta.url)))
const { execute, parse } = serverRequire('graphql') as typeof import('../../server/node_modules/graphql')

const runs = Number(process.env.BENCH_RUNS ?? 400)
const rounds = Number(process.env.BENCH_ROUNDS ?? 10)
const pglite = new PGlite()
const database = await openDatabase({ pglite })
await migrate(database)
const { hashPassword } = await import('../../server/src/auth/password.ts')
await pglite.exec(seedSql(await hashPassword('bench-unused'), defaultSize))
await pglite.exec('VACUUM ANALYZE')

type Reader = { id: string; name: string; role: 'ADMIN' | 'PARK_MANAGER'; unitId: string }
const reader = async (role: Reader['role']): Promise<Reader> => {
  const { id, name, unitId } = await database.prisma.user.findFirstOrThrow({ where: { role }, orderBy: { id: 'asc' } })
  return { id, name, role, unitId }
}
const admin = await reader('ADMIN')
const manager = await reader('PARK_MANAGER')
const document = parse(
  ourQuery
    .replace('query BenchProjects {', 'query BenchProjects($unitId: String) {')
    .replace(/projects\(first: (\d+)\)/, 'projects(first: $1, unitId: $unitId)'),
)

/** One page as `user`: through the request's client, or the bare one told the unit by the list's argument. */
const page = (user: Reader, scoped: boolean) => async () => {
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
  const unitId = !scoped && user.role !== 'ADMIN' ? user.unitId : null
  const result = await execute({ schema, document, contextValue, variableValues: { unitId } })
  if (result.errors) throw new Error(JSON.stringify(result.errors))
  return result.data as { projects: { edges: { node: { uuid: string } }[] } }
}
const variants = {
  'ADMIN, bare': page(admin, false),
  'ADMIN, scoped': page(admin, true),
  'park manager, bare + unitId': page(manager, false),
  'park manager, scoped': page(manager, true),
}
type Variant = keyof typeof variants
const names = Object.keys(variants) as Variant[]

// The same answer both ways, for each reader, before anything is timed.
const uuids = async (variant: Variant) => (await variants[variant]()).projects.edges.map((edge) => edge.node.uuid)
for (const [bare, scoped] of [names.slice(0, 2), names.slice(2)] as [Variant, Variant][]) {
  const [one, other] = [await uuids(bare), await uuids(scoped)]
  if (one.length !== 20 || JSON.stringify(one) !== JSON.stringify(other)) throw new Error(`${scoped} differs`)
}

const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Variant, number[]>
const perRound = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Variant, number[]>
for (let i = 0; i < 200; i++) for (const run of Object.values(variants)) await run()
for (let round = 0; round < rounds; round++) {
  for (const name of rotate(names, round)) {
    const these: number[] = []
    for (let i = 0; i < runs / rounds; i++) {
      const start = process.hrtime.bigint()
      await variants[name]()
      these.push(Number(process.hrtime.bigint() - start) / 1e6)
    }
    times[name].push(...these)
    perRound[name].push(median(these))
  }
}

const ms = (value: number) => `${value.toFixed(3)} ms`
const ratios = (scoped: Variant, bare: Variant) => {
  const each = perRound[scoped].map((value, round) => value / perRound[bare][round]!)
  const spread = `${Math.min(...each).toFixed(2)}–${Math.max(...each).toFixed(2)}`
  return `${(median(times[scoped]) / median(times[bare])).toFixed(3)} (${spread})`
}
console.log(`${defaultSize.projects} projects, ${runs} runs per variant in ${rounds} rounds`)
console.log('| reader | bare client, median | scoped client, median | scoped / bare (per round) |')
console.log('| --- | --- | --- | --- |')
for (const [reader, [bare, scoped]] of [
  ['ADMIN', names.slice(0, 2)],
  ['park manager', names.slice(2)],
] as [string, [Variant, Variant]][]) {
  console.log(`| ${reader} | ${ms(median(times[bare]))} | ${ms(median(times[scoped]))} | ${ratios(scoped, bare)} |`)
}
await database.close?.()
// The database was opened on this PGlite, so closing it leaves the PGlite to us: left open, the process ends 99.
await pglite.close()

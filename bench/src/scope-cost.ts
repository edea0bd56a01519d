// The read rules' cost on the projects list: the same page through graphql-js with each Prisma client below,
// for two readers in one run, on an in-memory PGlite with the bench seed. Against each reader's bare client:
// - the bench ADMIN, whose rules filter nothing: every variant sends the same SQL, so the difference is the
//   mechanism alone;
// - a park manager of one unit, whose rule adds `unitId`: the bare client is given the same filter through the
//   list's own `unitId` argument, so every variant answers the same 20 projects with nearly the same SQL.
// The clients: the bare one; (park manager) the bare one behind a query extension that changes nothing, the
// floor of any Prisma query extension; a scoped client built for each request (scopedClient, as buildYoga
// did before readerClients); the request's client as buildYoga gives it now (readerClients: built once per
// reader, the bare client itself for ADMIN). Rounds rotate the variants; prints each one's median, its ratio to
// the reader's bare client and that ratio's spread over the rounds. Run: pnpm --filter bench scope-cost
process.env.NODE_ENV ??= 'production'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { defaultSize, seedSql } from './seed.ts'
import { ourQuery } from './queries.ts'
import { median, rotate } from './timing.ts'

const { openDatabase, migrate } = await import('../../server/src/db/open.ts')
const { readerClients, scopedClient } = await import('../../server/src/auth/scoped-client.ts')
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

type Prisma = typeof database.prisma
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
const readerClient = readerClients(database.prisma)
const unchanged = database.prisma.$extends({
  query: { $allModels: { $allOperations: ({ args, query }) => query(args) } },
}) as unknown as Prisma

/** One page as `user` through the client `clientFor` gives for the request; `bare` tells the unit by argument. */
const page = (user: Reader, clientFor: (user: Reader) => Prisma, bare: boolean) => async () => {
  const contextValue = {
    prisma: clientFor(user),
    database: database.prisma,
    user,
    sessionId: null,
    request: new Request('http://bench/graphql'),
    address: '127.0.0.1',
    setSessionCookie: async () => {},
    clearSessionCookie: async () => {},
  }
  const unitId = bare && user.role !== 'ADMIN' ? user.unitId : null
  const result = await execute({ schema, document, contextValue, variableValues: { unitId } })
  if (result.errors) throw new Error(JSON.stringify(result.errors))
  return (result.data as { projects: { edges: { node: { uuid: string } }[] } }).projects.edges.map((e) => e.node.uuid)
}
const built = (user: Reader) => scopedClient(database.prisma, user)
const variants: { reader: string; client: string; run: () => Promise<string[]>; bare?: true }[] = [
  { reader: 'ADMIN', client: 'bare', run: page(admin, () => database.prisma, true), bare: true },
  { reader: 'ADMIN', client: 'scoped, built per request', run: page(admin, built, false) },
  { reader: 'ADMIN', client: 'readerClients', run: page(admin, readerClient, false) },
  { reader: 'park manager', client: 'bare + unitId', run: page(manager, () => database.prisma, true), bare: true },
  { reader: 'park manager', client: 'bare + unitId, empty extension', run: page(manager, () => unchanged, true) },
  { reader: 'park manager', client: 'scoped, built per request', run: page(manager, built, false) },
  { reader: 'park manager', client: 'readerClients', run: page(manager, readerClient, false) },
]
const baseline = (variant: (typeof variants)[number]) => variants.find((v) => v.bare && v.reader === variant.reader)!

// Each reader's page is the same 20 projects through every client, checked before anything is timed.
for (const variant of variants) {
  const [one, other] = [await baseline(variant).run(), await variant.run()]
  if (one.length !== 20 || JSON.stringify(one) !== JSON.stringify(other)) throw new Error(`${variant.client} differs`)
}

const times = variants.map(() => [] as number[])
const perRound = variants.map(() => [] as number[])
for (let i = 0; i < 200; i++) for (const variant of variants) await variant.run()
for (let round = 0; round < rounds; round++) {
  for (const index of rotate([...variants.keys()], round)) {
    const these: number[] = []
    for (let i = 0; i < runs / rounds; i++) {
      const start = process.hrtime.bigint()
      await variants[index]!.run()
      these.push(Number(process.hrtime.bigint() - start) / 1e6)
    }
    times[index]!.push(...these)
    perRound[index]!.push(median(these))
  }
}

console.log(`${defaultSize.projects} projects, ${runs} runs per variant in ${rounds} rounds`)
console.log('| reader | client | median | ÷ bare | ÷ bare, per round |')
console.log('| --- | --- | --: | --: | --- |')
variants.forEach((variant, index) => {
  const bare = variants.indexOf(baseline(variant))
  const each = perRound[index]!.map((value, round) => value / perRound[bare]![round]!)
  const ratio = (median(times[index]!) / median(times[bare]!)).toFixed(3)
  const spread = `${Math.min(...each).toFixed(2)}–${Math.max(...each).toFixed(2)}`
  console.log(
    `| ${variant.reader} | ${variant.client} | ${median(times[index]!).toFixed(3)} ms | ${ratio} | ${spread} |`,
  )
})
await database.close?.()
// The database was opened on this PGlite, so closing it leaves the PGlite to us: left open, the process ends 99.
await pglite.close()

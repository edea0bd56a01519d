// (b) and (d): our GraphQL server, exactly as the product builds it (server/src/yoga.ts on the database from
// server/src/db/open.ts), served by node:http the way server/src/app.ts serves /graphql.
//   DB_KIND=postgres  DATABASE_URL=…              (b) the bench's PostgreSQL database, already seeded
//   DB_KIND=pglite    SEED_HASH=… SEED_SIZE=json  (d) a new in-memory PGlite, migrated and seeded here
//   BENCH_MEMORY=1                                 (e) the data answered from memory: see memory.ts
//   BENCH_REMEMBER_SESSIONS=10                     (f) sessions remembered 10 s on PostgreSQL, as before issue 16
// Statements are counted as (c)'s are, by wrapping Client#query of the `pg` that Prisma's driver adapter
// sends through (stats.ts); on PGlite, which has no `pg`, through openDatabase's `log` callback (Prisma's
// query event).
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { PGlite } from '@electric-sql/pglite'
import { openDatabase, migrate, type Database } from '../../../server/src/db/open.ts'
import { buildYoga } from '../../../server/src/yoga.ts'
import { rememberSessions } from '../../../server/src/auth/session.ts'
import { seedSql, defaultSize } from '../seed.ts'
import { announce, benchEndpoint, countPgStatements, countStatement } from './stats.ts'
import { inMemory } from './memory.ts'

// Prisma's query event carries the statement's duration (ms) as its driver adapter measured it.
const log = (event: { query: string; duration: number }) => countStatement(event.query, Number(event.duration))

async function open(): Promise<{ database: Database; pglite?: PGlite; seedMs?: number }> {
  if (process.env.DB_KIND === 'pglite') {
    const started = performance.now()
    const pglite = new PGlite()
    const database = await openDatabase({ pglite, log })
    await migrate(database)
    const size = process.env.SEED_SIZE ? JSON.parse(process.env.SEED_SIZE) : defaultSize
    await pglite.exec(seedSql(process.env.SEED_HASH ?? '', size))
    await pglite.exec('VACUUM ANALYZE')
    return { database, pglite, seedMs: performance.now() - started }
  }
  const adapter = createRequire(import.meta.url).resolve('@prisma/adapter-pg', {
    paths: [new URL('../../../server/', import.meta.url).pathname],
  })
  countPgStatements(createRequire(adapter)('pg'))
  return { database: await openDatabase({ url: process.env.DATABASE_URL }) }
}

const { database, pglite, seedMs } = await open()
if (process.env.BENCH_REMEMBER_SESSIONS)
  rememberSessions(database.prisma, Number(process.env.BENCH_REMEMBER_SESSIONS) * 1000)
const yoga = buildYoga({ prisma: process.env.BENCH_MEMORY === '1' ? inMemory(database.prisma) : database.prisma })

const server = createServer((request, response) => {
  if (benchEndpoint(request, response)) return
  const pathname = (request.url ?? '/').split('?')[0] ?? '/'
  if (pathname === '/graphql') {
    void yoga(request, response, { address: request.socket.remoteAddress ?? 'unknown' })
    return
  }
  response.writeHead(404).end()
})

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address()
  announce(typeof address === 'object' && address ? address.port : 0, { kind: database.kind, seedMs })
})

process.on('SIGTERM', () => {
  server.close()
  void database
    .close()
    .then(() => pglite?.close())
    .finally(() => process.exit(0))
})

// (c) PostGraphile v4 on the same PostgreSQL database, its schema generated from the tables Prisma migrated.
// Statements are counted by wrapping pg's Client#query (stats.ts; the pool PostGraphile is given is made
// from it), so the count includes any BEGIN/COMMIT or set_config PostGraphile sends around the query itself.
import { createServer } from 'node:http'
import pg from 'pg'
import { postgraphile } from 'postgraphile'
import { announce, benchEndpoint, countPgStatements } from './stats.ts'

countPgStatements(pg)

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
})

const middleware = postgraphile(pool, 'public', {
  graphqlRoute: '/graphql',
  graphiql: false,
  disableQueryLog: true,
  retryOnInitFail: false,
  watchPg: false,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  enableQueryBatching: false,
  // Queries only: the default CRUD mutations clash on AppliedMutation.clientMutationId, and none is benched.
  disableDefaultMutations: true,
})

const server = createServer((request, response) => {
  if (benchEndpoint(request, response)) return
  void middleware(request, response)
})

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address()
  announce(typeof address === 'object' && address ? address.port : 0)
})

process.on('SIGTERM', () => {
  server.close()
  void middleware
    .release()
    .then(() => pool.end())
    .finally(() => process.exit(0))
})

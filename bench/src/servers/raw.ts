// (a) Raw SQL through `pg` behind node:http: one prepared statement per request, rows mapped to the same
// JSON as our GraphQL answers. DATABASE_URL names the database; PORT (0: any free port).
import { createServer } from 'node:http'
import pg from 'pg'
import { pageSize, rawPage, rawSql, type RawRow } from '../queries.ts'
import { announce, benchEndpoint, countStatement, readBody } from './stats.ts'

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
})
const query = { name: 'bench_projects', text: rawSql, values: [pageSize] }

const server = createServer(async (request, response) => {
  if (benchEndpoint(request, response)) return
  if ((request.url ?? '').split('?')[0] !== '/graphql') {
    response.writeHead(404).end()
    return
  }
  try {
    await readBody(request) // the same request as the GraphQL variants get; its body is not needed
    const started = performance.now()
    const { rows } = await pool.query<RawRow>(query)
    countStatement(rawSql, performance.now() - started)
    const body = JSON.stringify(rawPage(rows))
    response
      .writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) })
      .end(body)
  } catch (error) {
    response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error))
  }
})

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address()
  announce(typeof address === 'object' && address ? address.port : 0)
})

process.on('SIGTERM', () => {
  server.close()
  void pool.end().finally(() => process.exit(0))
})

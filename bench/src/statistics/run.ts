// `pnpm --filter bench statistics` (and the second half of `pnpm bench`): the leader dashboard's statistics
// and the scores of all units on PostgreSQL with 100k projects and 1M activities, each timed through our
// GraphQL (yoga.fetch in this process, signed in as ADMIN, session cached as in production) and side by side
// with the plain SQL statements that request sent, replayed through `pg` with the same parameters.
// Rounds interleave the two. Target: p50 ≤ 100 ms each. Settings: STATS_ITERATIONS (30), BENCH_PROJECTS.
process.env.NODE_ENV ??= 'production'

import os from 'node:os'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { createBenchDatabase, seedPostgres } from '../database.ts'
import { adminLogin, defaultSize } from '../seed.ts'
import { statisticsSeedSql } from './seed.ts'
import { statisticsQueries } from './queries.ts'
import { renderStatisticsTable, writeStatisticsReadme, type StatisticsResult } from './report.ts'

const { openDatabase, postgresSessionOptions } = await import('../../../server/src/db/open.ts')
const { buildYoga } = await import('../../../server/src/yoga.ts')
const { hashPassword } = await import('../../../server/src/auth/password.ts')

const iterations = Number(process.env.STATS_ITERATIONS ?? 30)
const size = { ...defaultSize, projects: Number(process.env.BENCH_PROJECTS ?? 100_000), activitiesPerProject: 10 }
const say = (line: string) => console.log(`[statistics ${(performance.now() / 1000).toFixed(1)} s] ${line}`)
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(p * values.length))]!

interface Captured {
  query: string
  params: unknown[]
}

async function main() {
  const loadBefore = os.loadavg()[0]!
  const database = await createBenchDatabase()
  try {
    const password = randomBytes(12).toString('base64url')
    let started = performance.now()
    await seedPostgres(database.url, await hashPassword(password), size)
    // The plain SQL runs with the server's session settings, as the server runs it.
    const admin = new pg.Client({ connectionString: database.url, options: postgresSessionOptions })
    // Dropping the database at the end ends this connection from the server's side: not an error here.
    admin.on('error', () => {})
    await admin.connect()
    await admin.query(statisticsSeedSql(size))
    await admin.query('VACUUM ANALYZE')
    const counts = (
      await admin.query(
        `SELECT (SELECT count(*) FROM "Project") AS projects, (SELECT count(*) FROM "Activity") AS activities, ` +
          `(SELECT count(*) FROM "StageChange") AS stage_changes`,
      )
    ).rows[0]
    say(`seeded in ${Math.round(performance.now() - started)} ms: ${JSON.stringify(counts)}`)

    let capturing: Captured[] | null = null
    const log = (event: { query: string; params?: string }) =>
      capturing?.push({ query: event.query, params: event.params ? (JSON.parse(event.params) as unknown[]) : [] })
    const opened = await openDatabase({ url: database.url, log })
    const yoga = buildYoga({ prisma: opened.prisma })
    const post = async (query: string, variables: Record<string, unknown>, cookie = '') => {
      const response = await yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1', cookie },
        body: JSON.stringify({ query, variables }),
      })
      return { response, json: (await response.json()) as { data?: unknown; errors?: { message: string }[] } }
    }
    const login = await post('mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { role } }', {
      l: adminLogin,
      p: password,
    })
    const cookie = login.response.headers.get('set-cookie')!.split(';')[0]!

    const results: StatisticsResult[] = []
    for (const item of statisticsQueries) {
      for (let i = 0; i < 3; i++) {
        const { json } = await post(item.query, item.variables, cookie)
        if (json.errors) throw new Error(`${item.name}: ${JSON.stringify(json.errors)}`)
      }
      capturing = []
      await post(item.query, item.variables, cookie)
      const statements: Captured[] = capturing
      capturing = null
      const graphql: number[] = []
      const sql: number[] = []
      for (let i = 0; i < iterations; i++) {
        started = performance.now()
        await post(item.query, item.variables, cookie)
        graphql.push(performance.now() - started)
        started = performance.now()
        for (const statement of statements) await admin.query(statement.query, statement.params)
        sql.push(performance.now() - started)
      }
      const result = {
        name: item.name,
        statements: statements.length,
        graphqlP50: percentile(graphql, 0.5),
        graphqlP99: percentile(graphql, 0.99),
        sqlP50: percentile(sql, 0.5),
        sqlP99: percentile(sql, 0.99),
      }
      say(
        `${item.name}: GraphQL p50 ${result.graphqlP50.toFixed(1)} ms, p99 ${result.graphqlP99.toFixed(1)} ms; its ` +
          `${statements.length} SQL statements p50 ${result.sqlP50.toFixed(1)} ms`,
      )
      results.push(result)
    }
    await opened.close()
    await admin.end()
    const cpu = os.cpus()
    const machine =
      `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
      `Node ${process.version}, PostgreSQL ${database.postgresVersion}; load average ${loadBefore.toFixed(2)} ` +
      `before, ${os.loadavg()[0]!.toFixed(2)} after`
    const table = renderStatisticsTable({
      date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      machine,
      counts,
      iterations,
      results,
    })
    console.log(`\n${table}\n`)
    if (process.env.BENCH_README !== '0') await writeStatisticsReadme(table)
  } finally {
    await database.drop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})

// `pnpm bench`: the projects list served four ways, measured side by side in one run.
//   (a) raw SQL through pg behind node:http                 (servers/raw.ts)
//   (b) our GraphQL (yoga + Pothos + Prisma) on PostgreSQL  (servers/ours.ts, DB_KIND=postgres)
//   (c) PostGraphile v4 on the same PostgreSQL database     (servers/postgraphile.ts)
//   (d) our GraphQL on an in-memory PGlite with the same rows (servers/ours.ts, DB_KIND=pglite)
//   (e) only when asked (BENCH_VARIANTS=a,b,c,d,e): (b) with its data answered from memory (servers/memory.ts)
//   (f) only when asked: (b) remembering each resolved session 10 s, as every server did before several
//       processes shared PostgreSQL (issue 16); now only the embedded database does (server/src/auth/session.ts)
// Each server is a child process, and so is the load generator (load.ts). The PostgreSQL database is made
// for the run (talent_bench_<timestamp>), migrated with the project's migrations, seeded, and dropped at the end.
// The variants are measured in interleaved rounds (a b c d, then b c d a, …), so that a passing load on the
// machine falls on all of them rather than on one.
//
// Settings (environment): BENCH_DATABASE_URL (the server to make the database on; default the local one),
// BENCH_SEQUENTIAL (300 requests at c=1, per variant), BENCH_SECONDS (10 s at c=BENCH_CONNECTIONS, per variant),
// BENCH_CONNECTIONS (16), BENCH_ROUNDS (3 for c=1; c=16 takes min(rounds, 2)), BENCH_WARMUP (200 requests) and
// BENCH_WARMUP_SECONDS (3), BENCH_PROJECTS (100000), BENCH_VARIANTS (a,b,c,d),
// BENCH_README (1: write bench/README.md; default: only on a full default run).
// The parts: settings.ts (the environment), processes.ts (forking and stopping the children), client.ts (HTTP to a
// server), measure.ts (the rounds, through load.ts), report.ts (the tables and bench/README.md), timing.ts.
import { execFileSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { hashPassword } from '../../server/src/auth/password.ts'
import { createBenchDatabase, seedPostgres, type BenchDatabase } from './database.ts'
import { normalise, ourQuery, postgraphileQuery } from './queries.ts'
import { jsonHeaders, login, post, type Server } from './client.ts'
import { measureAll } from './measure.ts'
import { start, stopChildren } from './processes.ts'
import { ms, report, statementsCell, writeIntoReadme } from './report.ts'
import { labels, resultsDir, settings, size, variants, writeReadme, type VariantKey } from './settings.ts'
import { say } from './timing.ts'
import { dropBenchDatabase, runBench } from './lifecycle.ts'

let benchDatabase: BenchDatabase | undefined

async function main() {
  const loadBefore = os.loadavg()[0]!
  let t = performance.now()
  benchDatabase = await createBenchDatabase()
  const { name, url: databaseUrl, postgresVersion } = benchDatabase
  const timings: Record<string, number> = { migrateMs: performance.now() - t }
  say(
    `created database ${name}, migrated (${benchDatabase.migrations.join(', ')}) in ` +
      `${Math.round(timings.migrateMs!)} ms`,
  )

  const password = randomBytes(12).toString('base64url')
  const passwordHash = await hashPassword(password)

  // PGlite loads itself (migrate + the same seed SQL) in its own process while PostgreSQL is seeded here.
  const pgliteReady = variants.includes('d')
    ? start('servers/ours.ts', 'd', { DB_KIND: 'pglite', SEED_HASH: passwordHash, SEED_SIZE: JSON.stringify(size) })
    : null
  pgliteReady?.catch(() => {})

  t = performance.now()
  const counts = await seedPostgres(databaseUrl, passwordHash, size)
  timings.seedPostgresMs = performance.now() - t
  say(`seeded PostgreSQL in ${Math.round(timings.seedPostgresMs)} ms: ${JSON.stringify(counts)}`)

  const ourBody = JSON.stringify({ query: ourQuery, operationName: 'BenchProjects' })
  const servers = {} as Record<VariantKey, Server>
  const register = (key: VariantKey, child: ChildProcess, port: number, body: string) => {
    servers[key] = {
      key,
      child,
      port,
      target: { url: `http://127.0.0.1:${port}/graphql`, headers: { 'content-type': 'application/json' }, body },
    }
  }
  const starting: Array<Promise<void>> = []
  const add = (key: VariantKey, file: string, extra: Record<string, string>, body: string) =>
    starting.push(
      start(file, key, extra).then(({ child, message }) => register(key, child, Number(message.port), body)),
    )
  if (variants.includes('a')) add('a', 'servers/raw.ts', { DATABASE_URL: databaseUrl }, ourBody)
  if (variants.includes('b')) add('b', 'servers/ours.ts', { DB_KIND: 'postgres', DATABASE_URL: databaseUrl }, ourBody)
  if (variants.includes('c'))
    add(
      'c',
      'servers/postgraphile.ts',
      { DATABASE_URL: databaseUrl },
      JSON.stringify({ query: postgraphileQuery, operationName: 'BenchProjects' }),
    )
  if (variants.includes('e'))
    add('e', 'servers/ours.ts', { DB_KIND: 'postgres', DATABASE_URL: databaseUrl, BENCH_MEMORY: '1' }, ourBody)
  if (variants.includes('f'))
    add(
      'f',
      'servers/ours.ts',
      { DB_KIND: 'postgres', DATABASE_URL: databaseUrl, BENCH_REMEMBER_SESSIONS: '10' },
      ourBody,
    )
  if (pgliteReady)
    starting.push(
      pgliteReady.then(({ child, message }) => {
        register('d', child, Number(message.port), ourBody)
        timings.seedPgliteMs = Number(message.seedMs)
        say(`PGlite migrated and seeded in its own process in ${Math.round(timings.seedPgliteMs)} ms`)
      }),
    )
  await Promise.all(starting)
  say(`servers up: ${variants.map((key) => `${key} :${servers[key].port}`).join(', ')}`)

  // Our GraphQL wants a signed-in ADMIN (the session cookie) and a CSRF-safe request (JSON + yoga's header).
  for (const key of ['b', 'd', 'e', 'f'] as const) {
    const server = servers[key]
    if (server) server.target.headers = { ...jsonHeaders, cookie: await login(server.target.url, password) }
  }

  // All variants must answer the same data before anything is timed.
  const answers: Partial<Record<VariantKey, unknown>> = {}
  for (const key of variants) {
    const { json } = await post(servers[key].target)
    if (json.errors) throw new Error(`${labels[key]} answered errors: ${JSON.stringify(json.errors)}`)
    answers[key] = json
  }
  await mkdir(resultsDir, { recursive: true })
  await writeFile(path.join(resultsDir, 'answers.json'), JSON.stringify(answers, null, 2))
  const reference = normalise(answers[variants[0]!])
  const edges = (reference as { data: { projects: { edges: unknown[] } } }).data.projects.edges.length
  if (edges !== 20) throw new Error(`${labels[variants[0]!]} answered ${edges} projects, not 20`)
  for (const key of variants) {
    if (!isDeepStrictEqual(normalise(answers[key]), reference)) {
      throw new Error(`${labels[key]} answers other data than ${labels[variants[0]!]}: see bench/results/answers.json`)
    }
  }
  say(`all ${variants.length} variants answer the same 20 projects (bench/results/answers.json)`)

  const { child: loader } = await start('load.ts', 'load', {})
  const results = await measureAll(loader, servers)
  for (const key of variants) {
    const m = results[key]
    say(
      `${labels[key]}: median ${ms(m.latency.medianMs)} ms, p99 ${ms(m.latency.p99Ms)} ms, ` +
        `${Math.round(m.throughput.requestsPerSecond)} req/s, ${statementsCell(m)} statements/request`,
    )
  }

  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU'
  const nproc = execFileSync('nproc').toString().trim()
  const context = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine:
      `nproc ${nproc} (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ` +
      `PostgreSQL ${postgresVersion}, PGlite 0.4.3, ${os.platform()} ${os.release()}; ` +
      `load average ${loadBefore.toFixed(2)} before the run, ${os.loadavg()[0]!.toFixed(2)} after`,
    data:
      `${counts.projects} projects, ${counts.activities} activities, ${counts.talents} talents, ` +
      `${counts.users} users, ${counts.units} units, the same rows in PostgreSQL and PGlite ` +
      `(seeded in ${(timings.seedPostgresMs! / 1000).toFixed(1)} s on PostgreSQL` +
      `${timings.seedPgliteMs ? `, ${(timings.seedPgliteMs / 1000).toFixed(1)} s on PGlite with its migration` : ''})`,
    method:
      `per variant ${settings.warmupRequests} sequential requests + ${settings.warmupSeconds} s ` +
      `at c=${settings.connections} of warm-up; then ${settings.sequential} sequential requests ` +
      `on one keep-alive connection (latency) and ${settings.seconds} s of autocannon ` +
      `at ${settings.connections} connections (requests/s), both in rounds that interleave the variants ` +
      `(${settings.rounds} and ${Math.min(settings.rounds, 2)}). Servers run with NODE_ENV=production, ` +
      'each in its own process, the load generator in another.',
  }
  const markdown = report(results, context)
  console.log(`\n${markdown}\n`)
  await writeFile(
    path.join(resultsDir, `run-${context.date.replace(/:/g, '-')}.json`),
    JSON.stringify({ context, settings, size, timings, results }, null, 2),
  )
  if (writeReadme) {
    await writeIntoReadme(markdown)
    say('wrote the table into bench/README.md')
  } else {
    say('not a full default run: bench/README.md left as it was (BENCH_README=1 writes it anyway)')
  }
}

async function cleanUp() {
  await stopChildren()
  if (!benchDatabase) return
  await dropBenchDatabase(benchDatabase)
}

runBench(main, cleanUp)

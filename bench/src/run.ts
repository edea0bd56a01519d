// `pnpm bench`: the projects list served four ways, measured side by side in one run.
//   (a) raw SQL through pg behind node:http                 (servers/raw.ts)
//   (b) our GraphQL (yoga + Pothos + Prisma) on PostgreSQL  (servers/ours.ts, DB_KIND=postgres)
//   (c) PostGraphile v4 on the same PostgreSQL database     (servers/postgraphile.ts)
//   (d) our GraphQL on an in-memory PGlite with the same rows (servers/ours.ts, DB_KIND=pglite)
//   (e) only when asked (BENCH_VARIANTS=a,b,c,d,e): (b) with the proposed server changes simulated (simulate.ts)
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
import { fork, execFileSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { hashPassword } from '../../server/src/auth/password.ts'
import { adminLogin, defaultSize, type SeedSize } from './seed.ts'
import { createBenchDatabase, seedPostgres, type BenchDatabase } from './database.ts'
import { normalise, ourQuery, postgraphileQuery } from './queries.ts'
import type { CannonResult, Command, SequentialResult, Target } from './load.ts'

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const resultsDir = path.join(benchDir, 'results')
const tsx = import.meta.resolve('tsx')

const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback)
const settings = {
  sequential: env('BENCH_SEQUENTIAL', 300),
  seconds: env('BENCH_SECONDS', 10),
  connections: env('BENCH_CONNECTIONS', 16),
  rounds: Math.max(1, env('BENCH_ROUNDS', 3)),
  warmupRequests: env('BENCH_WARMUP', 200),
  warmupSeconds: env('BENCH_WARMUP_SECONDS', 3),
}
const projects = env('BENCH_PROJECTS', defaultSize.projects)
const size: SeedSize = { ...defaultSize, projects, talents: Math.max(1, Math.round(projects / 2)) }

type VariantKey = 'a' | 'b' | 'c' | 'd' | 'e'
const labels: Record<VariantKey, string> = {
  a: '(a) raw SQL (pg + node:http)',
  b: '(b) our GraphQL on PostgreSQL',
  c: '(c) PostGraphile v4 on PostgreSQL',
  d: '(d) our GraphQL on PGlite',
  e: '(e) = (b) with select + session cache simulated',
}
const variants = (process.env.BENCH_VARIANTS ?? 'a,b,c,d').split(',').map((v) => v.trim()) as VariantKey[]
for (const key of variants) if (!labels[key]) throw new Error(`unknown variant ${key} in BENCH_VARIANTS`)
const fullRun =
  (['a', 'b', 'c', 'd'] as const).every((key) => variants.includes(key)) &&
  size.projects === defaultSize.projects &&
  settings.sequential >= 300 &&
  settings.seconds >= 10
const writeReadme = process.env.BENCH_README ? process.env.BENCH_README === '1' : fullRun

interface Server {
  key: VariantKey
  child: ChildProcess
  port: number
  target: Target
}

interface Stats {
  statements: number
  requests: number
  handlerMs: number
  sqlMs: number
  byKind: Record<string, number>
  sample: string[]
}

interface Measured {
  latency: { count: number; medianMs: number; p99Ms: number; meanMs: number; minMs: number; maxMs: number; roundMediansMs: number[] }
  throughput: { requestsPerSecond: number; requests: number; seconds: number; roundsPerSecond: number[]; errors: number; non2xx: number; timeouts: number }
  statements: { perRequest: number; total: number; requests: number; byKind: Record<string, number>; sample: string[] }
  /** Means per request over the c=1 phase, as the server measured them. */
  server: { handlerMs: number; sqlMs: number }
  bytes: number
}

const children: ChildProcess[] = []
const started = performance.now()
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`
const say = (text: string) => console.log(`[bench ${elapsed()}] ${text}`)

function start(file: string, tag: string, extraEnv: Record<string, string>, timeoutMs = 300_000): Promise<{ child: ChildProcess; message: Record<string, unknown> }> {
  const child = fork(path.join(benchDir, 'src', file), [], {
    execArgv: ['--import', tsx],
    env: { ...process.env, NODE_ENV: 'production', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  children.push(child)
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((line) => `  ${tag}| ${line}`)
      .join('\n')
  child.stdout?.on('data', (chunk: Buffer) => console.log(prefix(chunk)))
  child.stderr?.on('data', (chunk: Buffer) => console.error(prefix(chunk)))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${tag} did not start within ${timeoutMs / 1000} s`)), timeoutMs)
    child.once('exit', (code) => reject(new Error(`${tag} exited (${code}) before it was ready`)))
    child.on('message', (message: Record<string, unknown>) => {
      if (message.ready) {
        clearTimeout(timer)
        resolve({ child, message })
      }
    })
  })
}

async function post(target: Target) {
  const response = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body })
  const text = await response.text()
  if (!response.ok) throw new Error(`${target.url} answered ${response.status}: ${text.slice(0, 500)}`)
  return { response, json: JSON.parse(text) as { data?: unknown; errors?: unknown } }
}

const jsonHeaders = { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' }

/** Signs in through the `login` mutation and returns the `tp_session` cookie to send. */
async function login(url: string, password: string): Promise<string> {
  const { response, json } = await post({
    url,
    headers: jsonHeaders,
    body: JSON.stringify({
      query: 'mutation Login($login: String!, $password: String!) { login(login: $login, password: $password) { name role } }',
      variables: { login: adminLogin, password },
    }),
  })
  const role = (json.data as { login?: { role?: string } } | undefined)?.login?.role
  if (json.errors || role !== 'ADMIN') throw new Error(`login failed at ${url}: ${JSON.stringify(json)}`)
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('tp_session='))
  if (!cookie) throw new Error(`login at ${url} set no tp_session cookie`)
  return cookie
}

async function resetStats(server: Server) {
  await fetch(`http://127.0.0.1:${server.port}/__bench/reset`, { method: 'POST' })
}
async function readStats(server: Server): Promise<Stats> {
  return (await (await fetch(`http://127.0.0.1:${server.port}/__bench/stats`)).json()) as Stats
}

/** Sends one command to the load generator and waits for its answer. */
let nextId = 1
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never
function command<T>(loader: ChildProcess, body: WithoutId<Command>): Promise<T> {
  const id = nextId++
  return new Promise((resolve, reject) => {
    const listener = (message: { id?: number; result?: T; error?: string }) => {
      if (message.id !== id) return
      loader.off('message', listener)
      if (message.error) reject(new Error(message.error))
      else resolve(message.result as T)
    }
    loader.on('message', listener)
    loader.send({ ...body, id } as Command)
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const rotate = <T>(list: T[], by: number) => list.map((_, i) => list[(i + by) % list.length]!)
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}

async function measureAll(loader: ChildProcess, servers: Record<VariantKey, Server>): Promise<Record<VariantKey, Measured>> {
  const keys = variants
  // Warm-up: JIT, caches, connection pools; then let the server finish what autocannon left in flight.
  for (const key of keys) {
    say(`warming up ${labels[key]}`)
    await command<SequentialResult>(loader, { op: 'sequential', target: servers[key].target, count: settings.warmupRequests })
    if (settings.warmupSeconds > 0)
      await command<CannonResult>(loader, { op: 'cannon', target: servers[key].target, connections: settings.connections, seconds: settings.warmupSeconds })
  }
  await sleep(500)

  const times = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<VariantKey, number[]>
  const roundMedians = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<VariantKey, number[]>
  const stats = Object.fromEntries(keys.map((key) => [key, [] as Stats[]])) as Record<VariantKey, Stats[]>
  const bytes = {} as Record<VariantKey, number>
  const perRound = Math.ceil(settings.sequential / settings.rounds)
  for (let round = 0; round < settings.rounds; round++) {
    say(`c=1, round ${round + 1}/${settings.rounds}: ${perRound} sequential requests each`)
    for (const key of rotate(keys, round)) {
      await resetStats(servers[key])
      const result = await command<SequentialResult>(loader, { op: 'sequential', target: servers[key].target, count: perRound })
      stats[key].push(await readStats(servers[key]))
      times[key].push(...result.times)
      roundMedians[key].push(median(result.times))
      if (bytes[key] !== undefined && bytes[key] !== result.bytes) throw new Error(`${labels[key]} changed its answer between rounds`)
      bytes[key] = result.bytes
    }
  }

  const cannonRounds = Math.min(settings.rounds, 2)
  const cannons = Object.fromEntries(keys.map((key) => [key, [] as CannonResult[]])) as Record<VariantKey, CannonResult[]>
  for (let round = 0; round < cannonRounds; round++) {
    say(`c=${settings.connections}, round ${round + 1}/${cannonRounds}: ${settings.seconds / cannonRounds} s each`)
    for (const key of rotate(keys, round)) {
      const result = await command<CannonResult>(loader, {
        op: 'cannon',
        target: servers[key].target,
        connections: settings.connections,
        seconds: settings.seconds / cannonRounds,
      })
      if (result.errors || result.non2xx || result.timeouts) {
        throw new Error(`${labels[key]} failed requests under load: ${JSON.stringify(result)}`)
      }
      cannons[key].push(result)
      await sleep(300)
    }
  }

  return Object.fromEntries(
    keys.map((key) => {
      const all = times[key]
      const s = stats[key]
      const sum = (pick: (x: Stats) => number) => s.reduce((total, x) => total + pick(x), 0)
      const requests = sum((x) => x.requests)
      const byKind: Record<string, number> = {}
      for (const x of s) for (const [kind, n] of Object.entries(x.byKind)) byKind[kind] = (byKind[kind] ?? 0) + n
      const c = cannons[key]
      const cannonRequests = c.reduce((total, r) => total + r.requests, 0)
      const cannonSeconds = c.reduce((total, r) => total + r.seconds, 0)
      const measured: Measured = {
        latency: {
          count: all.length,
          medianMs: median(all),
          p99Ms: quantile(all, 0.99),
          meanMs: all.reduce((total, t) => total + t, 0) / all.length,
          minMs: Math.min(...all),
          maxMs: Math.max(...all),
          roundMediansMs: roundMedians[key],
        },
        throughput: {
          requestsPerSecond: cannonRequests / cannonSeconds,
          requests: cannonRequests,
          seconds: cannonSeconds,
          roundsPerSecond: c.map((r) => r.requests / r.seconds),
          errors: 0,
          non2xx: 0,
          timeouts: 0,
        },
        statements: { perRequest: sum((x) => x.statements) / requests, total: sum((x) => x.statements), requests, byKind, sample: s[0]?.sample ?? [] },
        server: { handlerMs: sum((x) => x.handlerMs) / requests, sqlMs: sum((x) => x.sqlMs) / requests },
        bytes: bytes[key],
      }
      return [key, measured]
    }),
  ) as Record<VariantKey, Measured>
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1))

function statementsCell(m: Measured): string {
  const { perRequest, byKind, requests } = m.statements
  const per = (n: number | undefined) => Number(((n ?? 0) / requests).toFixed(2))
  const extra = [byKind.transaction ? `${per(byKind.transaction)} BEGIN/COMMIT` : '', byKind.settings ? `${per(byKind.settings)} set_config` : '']
    .filter(Boolean)
    .join(' + ')
  const total = `${Number(perRequest.toFixed(2))}`
  return extra ? `${total} (${per(byKind.data)} queries + ${extra})` : total
}

function report(results: Partial<Record<VariantKey, Measured>>, context: Record<string, string>) {
  const shown = variants.filter((key) => results[key])
  const ratio = (x: number | undefined, y: number | undefined) => (x && y ? x / y : NaN)
  const { a, b, c, d } = results
  const ba = ratio(b?.latency.medianMs, a?.latency.medianMs)
  const bc = ratio(b?.throughput.requestsPerSecond, c?.throughput.requestsPerSecond)
  const db = ratio(d?.latency.medianMs, b?.latency.medianMs)
  const mark = (ok: boolean) => (ok ? 'met' : '**missed**')
  const show = (value: number, target: (v: number) => boolean) => (Number.isNaN(value) ? ['n/a', 'n/a'] : [value.toFixed(2), mark(target(value))])
  const [baText, baMark] = show(ba, (v) => v <= 3)
  const [bcText, bcMark] = show(bc, (v) => v >= 1)
  const lines = [
    `Run ${context.date} · ${context.machine}`,
    '',
    `Data: ${context.data}.`,
    '',
    `Method: ${context.method}`,
    '',
    `| variant | median latency, c=1 (ms) | p99 latency, c=1 (ms) | requests/s, c=${settings.connections} | SQL statements per request |`,
    '|---|---:|---:|---:|---|',
    ...shown.map((key) => {
      const m = results[key]!
      return `| ${labels[key]} | ${ms(m.latency.medianMs)} | ${ms(m.latency.p99Ms)} | ${Math.round(m.throughput.requestsPerSecond)} | ${statementsCell(m)} |`
    }),
    '',
    '| ratio | value | target (from the issue) |',
    '|---|---:|---|',
    `| b/a, median latency | ${baText} | ≤ 3: ${baMark} |`,
    `| b/c, requests per second | ${bcText} | ≥ 1: ${bcMark} |`,
    `| d/b, median latency | ${Number.isNaN(db) ? 'n/a' : db.toFixed(2)} | (none) |`,
    `| (b) SQL statements per request | ${b ? Number(b.statements.perRequest.toFixed(2)) : 'n/a'} | ≤ 2: ${b ? mark(b.statements.perRequest <= 2) : 'n/a'} |`,
    '',
    'Where the time goes at c=1: means per request, measured inside each server (arrival of the request to its',
    "answer handed to the socket; the database driver's time per statement, for (b)/(d) as Prisma's query event",
    'reports it, which includes its driver adapter). Round medians show how steady the machine was.',
    '',
    '| variant | server time (ms) | of which SQL (ms) | server time outside SQL (ms) | client-seen mean (ms) | median per round (ms) | req/s per round |',
    '|---|---:|---:|---:|---:|---|---|',
    ...shown.map((key) => {
      const m = results[key]!
      return (
        `| ${labels[key]} | ${ms(m.server.handlerMs)} | ${ms(m.server.sqlMs)} | ${ms(m.server.handlerMs - m.server.sqlMs)} | ${ms(m.latency.meanMs)} ` +
        `| ${m.latency.roundMediansMs.map(ms).join(' / ')} | ${m.throughput.roundsPerSecond.map((r) => Math.round(r)).join(' / ')} |`
      )
    }),
  ]
  return lines.join('\n')
}

async function writeIntoReadme(markdown: string) {
  const file = path.join(benchDir, 'README.md')
  const begin = '<!-- bench:results:begin -->'
  const end = '<!-- bench:results:end -->'
  let text = await readFile(file, 'utf8').catch(() => `# bench\n\n## Latest results\n\n${begin}\n${end}\n`)
  if (!text.includes(begin) || !text.includes(end)) text += `\n## Latest results\n\n${begin}\n${end}\n`
  text = text.slice(0, text.indexOf(begin) + begin.length) + '\n' + markdown + '\n' + text.slice(text.indexOf(end))
  await writeFile(file, text)
}

let benchDatabase: BenchDatabase | undefined

async function main() {
  const loadBefore = os.loadavg()[0]!
  let t = performance.now()
  benchDatabase = await createBenchDatabase()
  const { name, url: databaseUrl, postgresVersion } = benchDatabase
  const timings: Record<string, number> = { migrateMs: performance.now() - t }
  say(`created database ${name}, migrated (${benchDatabase.migrations.join(', ')}) in ${Math.round(timings.migrateMs!)} ms`)

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
    servers[key] = { key, child, port, target: { url: `http://127.0.0.1:${port}/graphql`, headers: { 'content-type': 'application/json' }, body } }
  }
  const starting: Array<Promise<void>> = []
  const add = (key: VariantKey, file: string, extra: Record<string, string>, body: string) =>
    starting.push(start(file, key, extra).then(({ child, message }) => register(key, child, Number(message.port), body)))
  if (variants.includes('a')) add('a', 'servers/raw.ts', { DATABASE_URL: databaseUrl }, ourBody)
  if (variants.includes('b')) add('b', 'servers/ours.ts', { DB_KIND: 'postgres', DATABASE_URL: databaseUrl }, ourBody)
  if (variants.includes('c'))
    add('c', 'servers/postgraphile.ts', { DATABASE_URL: databaseUrl }, JSON.stringify({ query: postgraphileQuery, operationName: 'BenchProjects' }))
  if (variants.includes('e'))
    add('e', 'servers/ours.ts', { DB_KIND: 'postgres', DATABASE_URL: databaseUrl, BENCH_SIMULATE: 'select,session-cache' }, ourBody)
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
  for (const key of ['b', 'd', 'e'] as const) {
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
    say(`${labels[key]}: median ${ms(m.latency.medianMs)} ms, p99 ${ms(m.latency.p99Ms)} ms, ${Math.round(m.throughput.requestsPerSecond)} req/s, ${statementsCell(m)} statements/request`)
  }

  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU'
  const nproc = execFileSync('nproc').toString().trim()
  const context = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    machine:
      `nproc ${nproc} (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${postgresVersion}, ` +
      `PGlite 0.4.3, ${os.platform()} ${os.release()}; load average ${loadBefore.toFixed(2)} before the run, ${os.loadavg()[0]!.toFixed(2)} after`,
    data:
      `${counts.projects} projects, ${counts.activities} activities, ${counts.talents} talents, ${counts.users} users, ${counts.units} units, ` +
      `the same rows in PostgreSQL and PGlite (seeded in ${(timings.seedPostgresMs! / 1000).toFixed(1)} s on PostgreSQL` +
      `${timings.seedPgliteMs ? `, ${(timings.seedPgliteMs / 1000).toFixed(1)} s on PGlite with its migration` : ''})`,
    method:
      `per variant ${settings.warmupRequests} sequential requests + ${settings.warmupSeconds} s at c=${settings.connections} of warm-up; ` +
      `then ${settings.sequential} sequential requests on one keep-alive connection (latency) and ${settings.seconds} s of autocannon at ` +
      `${settings.connections} connections (requests/s), both in rounds that interleave the variants ` +
      `(${settings.rounds} and ${Math.min(settings.rounds, 2)}). Servers run with NODE_ENV=production, each in its own process, the load generator in another.`,
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

async function stopChildren() {
  await Promise.all(
    children
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map(
        (child) =>
          new Promise<void>((resolve) => {
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
            child.once('exit', () => {
              clearTimeout(timer)
              resolve()
            })
            child.kill('SIGTERM')
          }),
      ),
  )
}

async function cleanUp() {
  await stopChildren()
  if (!benchDatabase) return
  const { name } = benchDatabase
  await benchDatabase
    .drop()
    .then(() => say(`dropped database ${name}`))
    .catch((error: unknown) => console.error(`could not drop ${name}: ${String(error)}`))
}

process.on('SIGINT', () => {
  void cleanUp().finally(() => process.exit(130))
})

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => cleanUp())

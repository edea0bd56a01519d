// `pnpm --filter bench probe`: where the time of one (b) request goes. Not part of `pnpm bench`'s table:
// everything here runs in ONE process, sequentially, against the same seeded PostgreSQL database, so that
// the layers can be timed apart:
//   1. SQL alone (pg, no ORM): the raw page query, and Prisma's own page and session SQL replayed
//   2. Prisma calls alone: resolveSession; project.findMany with the args Pothos builds, and with a select
//   3. graphql-js execute of our schema with a ready context (no HTTP, no yoga, no session query)
//   4. yoga.fetch in process, as built by buildYoga and in variations (no graphql-armor; no session query;
//      the proposed select / session cache simulated), measured in interleaved rounds
//   5. a CPU profile of the buildYoga yoga.fetch loop: self time summed by package
// Results: stdout and bench/results/probe-<date>.json. Settings: PROBE_ITERATIONS (400), BENCH_PROJECTS.
process.env.NODE_ENV ??= 'production'

import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import http from 'node:http'
import { Session } from 'node:inspector/promises'
import { createRequire, SourceMap } from 'node:module'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { adminLogin, defaultSize } from './seed.ts'
import { createBenchDatabase, seedPostgres } from './database.ts'
import { ourQuery, pageSize, rawSql } from './queries.ts'
import { pageSelect, simulate } from './servers/simulate.ts'

// Server modules read NODE_ENV when loaded: import them only now.
const { openDatabase } = await import('../../server/src/db/open.ts')
const { buildYoga } = await import('../../server/src/yoga.ts')
const { hashPassword } = await import('../../server/src/auth/password.ts')
const { resolveSession, readCookie, SESSION_COOKIE } = await import('../../server/src/auth/session.ts')
const { schema } = await import('../../server/src/schema/index.ts')
// graphql, yoga and its CSRF plugin as the server resolves them (the bench's own graphql is v15, for PostGraphile).
const serverRequire = createRequire(fileURLToPath(new URL('../../server/src/yoga.ts', import.meta.url)))
const { createYoga } = serverRequire('graphql-yoga') as typeof import('../../server/node_modules/graphql-yoga')
const { useCSRFPrevention } = serverRequire('@graphql-yoga/plugin-csrf-prevention') as typeof import('../../server/node_modules/@graphql-yoga/plugin-csrf-prevention')
const { execute, parse } = serverRequire('graphql') as typeof import('../../server/node_modules/graphql')

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const iterations = Number(process.env.PROBE_ITERATIONS ?? 400)
const projects = Number(process.env.BENCH_PROJECTS ?? defaultSize.projects)
const size = { ...defaultSize, projects, talents: Math.max(1, Math.round(projects / 2)) }

const results: Record<string, Record<string, unknown>> = {}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const mean = (values: number[]) => values.reduce((s, t) => s + t, 0) / values.length

async function sample(run: () => Promise<unknown>, count: number): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    await run()
    times.push(performance.now() - started)
  }
  return times
}

/** Warms each, then times them in interleaved rounds; prints and records median and mean. */
async function compare(section: string, entries: Array<[string, () => Promise<unknown>]>, rounds = 4) {
  for (const [, run] of entries) await sample(run, 200)
  const times = new Map<string, number[]>(entries.map(([label]) => [label, []]))
  for (let round = 0; round < rounds; round++) {
    for (const [label, run] of entries) times.get(label)!.push(...(await sample(run, Math.ceil(iterations / rounds))))
  }
  console.log(`\n${section}`)
  for (const [label] of entries) {
    const all = times.get(label)!
    results[label] = { medianMs: median(all), meanMs: mean(all) }
    console.log(`  ${label.padEnd(78)} median ${median(all).toFixed(3)} ms   mean ${mean(all).toFixed(3)} ms`)
  }
}

const database = await createBenchDatabase()
try {
  const password = randomBytes(12).toString('base64url')
  await seedPostgres(database.url, await hashPassword(password), size)
  console.log(`database ${database.name}: ${size.projects} projects seeded; ${iterations} timed iterations per line`)

  // Every statement Prisma sends, with its parameters, while `capturing`.
  let capturing = false
  const captured: Array<{ query: string; params: string; duration: number }> = []
  const db = await openDatabase({
    url: database.url,
    log: (event) => {
      if (capturing) captured.push(event as { query: string; params: string; duration: number })
    },
  })

  // The args Pothos hands to project.findMany, kept as they pass.
  let pageArgs: Record<string, unknown> | undefined
  const projectDelegate = new Proxy(db.prisma.project, {
    get(target, prop) {
      const value = Reflect.get(target, prop) as unknown
      if (typeof value !== 'function') return value
      const bound = (value as (...args: unknown[]) => unknown).bind(target)
      return prop === 'findMany'
        ? (args: Record<string, unknown>) => {
            pageArgs = args
            return bound(args)
          }
        : bound
    },
  })
  const prisma = new Proxy(db.prisma, {
    get(target, prop) {
      if (prop === 'project') return projectDelegate
      const value = Reflect.get(target, prop) as unknown
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
    },
  }) as typeof db.prisma

  // Sign in through yoga, as the bench does over HTTP.
  const yoga = buildYoga({ prisma })
  const headers = { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' }
  const signIn = await yoga.fetch('http://bench/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: 'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { id } }', variables: { l: adminLogin, p: password } }),
  })
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))!
  const token = readCookie(cookie, SESSION_COOKIE)
  const session = (await resolveSession(db.prisma, token))!
  const body = JSON.stringify({ query: ourQuery, operationName: 'BenchProjects' })
  const fetchPage = (server: { fetch: (url: string, init: RequestInit) => Response | Promise<Response> }) => () =>
    Promise.resolve(server.fetch('http://bench/graphql', { method: 'POST', headers: { ...headers, cookie }, body })).then(async (r) => {
      const text = await r.text()
      if (text.includes('"errors"')) throw new Error(text)
      return text
    })
  const page = fetchPage(yoga)

  // One request with every statement captured: the SQL and parameters to replay below.
  for (let i = 0; i < 500; i++) await page()
  captured.length = 0
  capturing = true
  await page()
  capturing = false
  const sessionSql = captured.find((q) => q.query.includes('"public"."Session"'))!
  const pageSql = captured.find((q) => q.query.includes('FROM "public"."Project"'))!
  console.log(`one request sends ${captured.length} statements; Prisma's page SQL is ${pageSql.query.length} characters (the raw one ${rawSql.length})`)

  // 1. SQL alone, through pg on one connection (prepared statements, as Prisma's adapter and (a) use).
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  const toPg = (params: string) => (JSON.parse(params) as unknown[]).map((p) => (typeof p === 'object' && p !== null ? JSON.stringify(p) : p))
  await compare('1. SQL alone (pg)', [
    ['sql · raw page query', () => client.query({ name: 'raw', text: rawSql, values: [pageSize] })],
    ["sql · Prisma's page SQL replayed", () => client.query({ name: 'prisma_page', text: pageSql.query, values: toPg(pageSql.params) })],
    ["sql · Prisma's session SQL replayed", () => client.query({ name: 'prisma_session', text: sessionSql.query, values: toPg(sessionSql.params) })],
  ])
  const explain = async (text: string, values: unknown[]) => {
    const { rows } = await client.query<{ 'QUERY PLAN': Array<{ 'Execution Time': number; 'Planning Time': number }> }>({
      text: `EXPLAIN (ANALYZE, FORMAT JSON) ${text}`,
      values,
    })
    return rows[0]!['QUERY PLAN'][0]!
  }
  const executions = { raw: [] as number[], prisma: [] as number[] }
  for (let i = 0; i < 50; i++) {
    executions.raw.push((await explain(rawSql, [pageSize]))['Execution Time'])
    executions.prisma.push((await explain(pageSql.query, toPg(pageSql.params)))['Execution Time'])
  }
  results.explain = { rawExecutionMs: median(executions.raw), prismaExecutionMs: median(executions.prisma) }
  console.log(
    `  EXPLAIN ANALYZE execution time (median of 50): raw ${median(executions.raw).toFixed(3)} ms, Prisma's page SQL ${median(executions.prisma).toFixed(3)} ms`,
  )

  // 2. Prisma alone.
  const args = pageArgs!
  const { include: _include, select: _select, ...rest } = args
  await compare('2. Prisma alone', [
    ['prisma · resolveSession (session + user)', () => resolveSession(db.prisma, token)],
    ['prisma · project.findMany, the args Pothos builds (include: every column)', () => db.prisma.project.findMany(args as never)],
    ['prisma · project.findMany, select of the asked columns + contact facts', () => db.prisma.project.findMany({ ...rest, select: pageSelect(true) } as never)],
    ['prisma · project.findMany, select of the asked columns, no contact facts', () => db.prisma.project.findMany({ ...rest, select: pageSelect(false) } as never)],
  ])

  // 3. graphql-js execute with the context ready.
  const document = parse(ourQuery)
  const context = (request = new Request('http://bench/graphql')) => ({
    prisma,
    user: session.user,
    sessionId: session.sessionId,
    request,
    address: '127.0.0.1',
    setSessionCookie: async () => {},
    clearSessionCookie: async () => {},
  })
  await compare('3. graphql execute, context ready (no HTTP, no yoga, no session query)', [
    ['graphql · execute(our schema, page)', () => Promise.resolve(execute({ schema, document, contextValue: context() }))],
  ])

  // 4. yoga.fetch in process, buildYoga's and variations.
  const yogaWith = (options: { armor: boolean; session: 'query' | 'none'; client: typeof db.prisma }) => {
    if (options.armor) return buildYoga({ prisma: options.client })
    return createYoga({
      schema,
      graphqlEndpoint: '/graphql',
      graphiql: false,
      logging: false,
      maskedErrors: true,
      plugins: [useCSRFPrevention()],
      context: async ({ request }: { request: Request }) => {
        if (options.session === 'none') return context(request)
        const found = await resolveSession(options.client, readCookie(request.headers.get('cookie'), SESSION_COOKIE))
        return { ...context(request), prisma: options.client, user: found?.user ?? null, sessionId: found?.sessionId ?? null }
      },
    })
  }
  // Prisma answered from memory (the page and the session as loaded once): what yoga + Pothos + graphql cost alone.
  const memo = new Map<string, unknown>()
  const remember = (model: 'project' | 'session', method: string) =>
    new Proxy(db.prisma[model], {
      get(target, prop) {
        const value = Reflect.get(target, prop) as unknown
        if (typeof value !== 'function') return value
        const bound = (value as (...a: unknown[]) => Promise<unknown>).bind(target)
        if (prop !== method) return bound
        return async (a: unknown) => {
          const key = `${model}.${method}:${JSON.stringify(a)}`
          if (!memo.has(key)) memo.set(key, await bound(a))
          return structuredClone(memo.get(key))
        }
      },
    })
  const memoProject = remember('project', 'findMany')
  const memoSession = remember('session', 'findUnique')
  const inMemory = new Proxy(db.prisma, {
    get(target, prop) {
      if (prop === 'project') return memoProject
      if (prop === 'session') return memoSession
      const value = Reflect.get(target, prop) as unknown
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
    },
  }) as typeof db.prisma
  await compare('4. yoga.fetch in process (interleaved rounds)', [
    ['yoga · buildYoga, both Prisma calls answered from memory (no Prisma, no SQL)', fetchPage(buildYoga({ prisma: inMemory }))],
    ['yoga · buildYoga as the server builds it', page],
    ['yoga · without graphql-armor', fetchPage(yogaWith({ armor: false, session: 'query', client: prisma }))],
    ['yoga · without graphql-armor, without the session query', fetchPage(yogaWith({ armor: false, session: 'none', client: prisma }))],
    ['yoga · buildYoga, session cache simulated', fetchPage(buildYoga({ prisma: simulate(prisma, ['session-cache']) }))],
    ['yoga · buildYoga, select simulated', fetchPage(buildYoga({ prisma: simulate(prisma, ['select']) }))],
    ['yoga · buildYoga, select + session cache simulated', fetchPage(buildYoga({ prisma: simulate(prisma, ['select', 'session-cache']) }))],
  ])

  // 4b. The same over node:http in this process (client and server share the event loop): the HTTP adapter's cost.
  const serve = async (handler: http.RequestListener) => {
    const server = http.createServer(handler)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return server
  }
  const constant = JSON.stringify(JSON.parse(await page()))
  const plain = await serve((_request, response) => {
    _request.resume()
    _request.on('end', () => response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(constant) }).end(constant))
  })
  const memoYoga = buildYoga({ prisma: inMemory })
  const overHttp = await serve((request, response) => void memoYoga(request, response, { address: '127.0.0.1' }))
  const realHttp = await serve((request, response) => void yoga(request, response, { address: '127.0.0.1' }))
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const httpPost = (server: http.Server) => () =>
    new Promise<string>((resolve, reject) => {
      const { port } = server.address() as { port: number }
      const request = http.request(
        { agent, host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { ...headers, cookie, 'content-length': Buffer.byteLength(body) } },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => resolve(Buffer.concat(chunks).toString()))
        },
      )
      request.on('error', reject)
      request.end(body)
    })
  await compare('4b. over node:http, in this process (interleaved rounds)', [
    ['http · node:http answering the page as a constant (no yoga)', httpPost(plain)],
    ['http · buildYoga over node:http, Prisma answered from memory', httpPost(overHttp)],
    ['http · buildYoga over node:http, as the server builds it', httpPost(realHttp)],
  ])
  agent.destroy()
  for (const server of [plain, overHttp, realHttp]) server.close()

  // 5. A CPU profile of buildYoga's yoga.fetch loop: self time by package.
  const inspector = new Session()
  inspector.connect()
  await inspector.post('Profiler.enable')
  await inspector.post('Profiler.setSamplingInterval', { interval: 100 })
  await inspector.post('Profiler.start')
  const profiledRequests = iterations * 2
  const profiled = performance.now()
  for (let i = 0; i < profiledRequests; i++) await page()
  const wall = performance.now() - profiled
  const { profile } = (await inspector.post('Profiler.stop')) as unknown as {
    profile: {
      nodes: Array<{ id: number; callFrame: { url: string; functionName: string; lineNumber?: number; columnNumber?: number } }>
      samples: number[]
      timeDeltas: number[]
    }
  }
  inspector.disconnect()
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  // Minified bundles (Prisma's runtime) name their functions `oi`, `Zs`…: look the original up in the source map.
  const maps = new Map<string, SourceMap | null>()
  const originalName = (frame: { url: string; functionName: string; lineNumber?: number; columnNumber?: number }) => {
    const name = frame.functionName || '(anonymous)'
    if (!frame.url.startsWith('file://') || frame.lineNumber === undefined) return name
    if (!maps.has(frame.url)) {
      const file = fileURLToPath(frame.url) + '.map'
      maps.set(frame.url, existsSync(file) ? new SourceMap(JSON.parse(readFileSync(file, 'utf8'))) : null)
    }
    const entry = maps.get(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber ?? 0) as
      | { originalSource?: string; originalLine?: number; name?: string }
      | undefined
    if (!entry?.originalSource) return name
    return `${name} = ${entry.name ?? '?'} (${entry.originalSource.replace(/^.*?(packages|src)\//, '$1/')}:${(entry.originalLine ?? 0) + 1})`
  }
  const buckets = new Map<string, number>()
  const functions = new Map<string, number>()
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)!
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000
    const bucket = packageOf(node.callFrame.url, node.callFrame.functionName)
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + delta)
    const fn = `${bucket} · ${originalName(node.callFrame)}`
    functions.set(fn, (functions.get(fn) ?? 0) + delta)
  })
  const perRequest = (value: number) => value / profiledRequests
  const total = [...buckets.values()].reduce((s, v) => s + v, 0)
  const rows = [...buckets.entries()].sort((a, b) => b[1] - a[1])
  console.log(`\n5. CPU profile of ${profiledRequests} buildYoga yoga.fetch requests (${(wall / profiledRequests).toFixed(3)} ms each, wall): self time per request`)
  for (const [bucket, value] of rows.filter(([, v]) => perRequest(v) >= 0.005))
    console.log(`  ${bucket.padEnd(48)} ${perRequest(value).toFixed(3)} ms  ${((100 * value) / total).toFixed(1)} %`)
  const topFunctions = [...functions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)
  console.log('  top functions:')
  for (const [fn, value] of topFunctions) console.log(`    ${perRequest(value).toFixed(4)} ms  ${fn}`)
  results.profile = {
    wallPerRequestMs: wall / profiledRequests,
    byPackageMs: Object.fromEntries(rows.map(([k, v]) => [k, perRequest(v)])),
    topFunctionsMs: Object.fromEntries(topFunctions.map(([k, v]) => [k, perRequest(v)])),
  }

  await client.end()
  await db.close()
  await mkdir(path.join(benchDir, 'results'), { recursive: true })
  const file = path.join(benchDir, 'results', `probe-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  await writeFile(file, JSON.stringify({ size, iterations, results, statements: captured.map((q) => q.query), pageArgs: args }, null, 2))
  console.log(`\nwritten ${path.relative(process.cwd(), file)}`)
} finally {
  await database.drop()
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : 'node internals / native'
  if (url.startsWith('node:')) return 'node internals'
  if (url.startsWith('wasm://')) return 'wasm (Prisma query compiler)'
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)
  if (pnpm) return pnpm[1]!
  if (url.includes('/server/src/generated/')) return 'server/src/generated (Prisma client)'
  if (url.includes('/server/src/')) return 'server/src (our code)'
  if (url.includes('/bench/')) return 'bench'
  return url.replace(/^file:\/\//, '').slice(-48)
}

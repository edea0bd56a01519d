// `pnpm --filter bench probe`: where the time of one (b) request goes. Not part of `pnpm bench`'s table:
// everything here runs in ONE process, sequentially, against the same seeded PostgreSQL database, so that
// the layers can be timed apart:
//   1. SQL alone (pg, no ORM): the raw page query, and Prisma's own page and session SQL replayed
//   2. Prisma calls alone: resolveSession; project.findMany with the args Pothos builds, and with a select
//   3. graphql-js execute of our schema with a ready context (no HTTP, no yoga, no session query)
//   4. yoga.fetch in process, as built by buildYoga and in variations (no graphql-armor; no session query;
//      the data answered from memory), measured in interleaved rounds
//   5. a CPU profile of the buildYoga yoga.fetch loop: self time summed by package
// Results: stdout and bench/results/probe-<date>.json. Settings: PROBE_ITERATIONS (400), BENCH_PROJECTS.
process.env.NODE_ENV ??= 'production'

// The parts, in probe/: compare.ts (timing in interleaved rounds, the recorded results), prisma.ts (the wrapped
// clients), http.ts (section 4b) and profile.ts (section 5).

import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { adminLogin, defaultSize } from './seed.ts'
import { createBenchDatabase, seedPostgres } from './database.ts'
import { ourQuery, pageSize, rawSql } from './queries.ts'
import { inMemory } from './servers/memory.ts'
import { upperMedian as median } from './timing.ts'
import { compare, iterations, results } from './probe/compare.ts'
import { compareOverHttp } from './probe/http.ts'
import { keepingPageArgs, pageSelectWithContactFacts } from './probe/prisma.ts'
import { profilePage } from './probe/profile.ts'

// Server modules read NODE_ENV when loaded: import them only now.
const { openDatabase } = await import('../../server/src/db/open.ts')
const { buildYoga } = await import('../../server/src/yoga.ts')
const { hashPassword } = await import('../../server/src/auth/password.ts')
const { resolveSession, readCookie, SESSION_COOKIE } = await import('../../server/src/auth/session.ts')
const { schema } = await import('../../server/src/schema/index.ts')
// graphql, yoga and its CSRF plugin as the server resolves them (the bench's own graphql is v15, for PostGraphile).
const serverRequire = createRequire(fileURLToPath(new URL('../../server/src/yoga.ts', import.meta.url)))
const { createYoga } = serverRequire('graphql-yoga') as typeof import('../../server/node_modules/graphql-yoga')
const { useCSRFPrevention } = serverRequire(
  '@graphql-yoga/plugin-csrf-prevention',
) as typeof import('../../server/node_modules/@graphql-yoga/plugin-csrf-prevention')
const { execute, parse } = serverRequire('graphql') as typeof import('../../server/node_modules/graphql')

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const projects = Number(process.env.BENCH_PROJECTS ?? defaultSize.projects)
const size = { ...defaultSize, projects, talents: Math.max(1, Math.round(projects / 2)) }

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
  const prisma = keepingPageArgs(db.prisma, (args) => {
    pageArgs = args
  })

  // Sign in through yoga, as the bench does over HTTP.
  const yoga = buildYoga({ prisma })
  const headers = { 'content-type': 'application/json', 'x-graphql-yoga-csrf': '1' }
  const signIn = await yoga.fetch('http://bench/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query: 'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { id } }',
      variables: { l: adminLogin, p: password },
    }),
  })
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))!
  const token = readCookie(cookie, SESSION_COOKIE)
  const session = (await resolveSession(db.prisma, token))!
  const body = JSON.stringify({ query: ourQuery, operationName: 'BenchProjects' })
  const fetchPage = (server: { fetch: (url: string, init: RequestInit) => Response | Promise<Response> }) => () =>
    Promise.resolve(
      server.fetch('http://bench/graphql', { method: 'POST', headers: { ...headers, cookie }, body }),
    ).then(async (r) => {
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
  // On PostgreSQL every request reads its session; on PGlite a warm request finds it remembered and sends none.
  const sessionSql = captured.find((q) => q.query.includes('"public"."Session"'))
  const pageSql = captured.find((q) => q.query.includes('FROM "public"."Project"'))!
  console.log(
    `one request sends ${captured.length} statements; Prisma's page SQL is ${pageSql.query.length} characters (the ` +
      `raw one ${rawSql.length})`,
  )

  // 1. SQL alone, through pg on one connection (prepared statements, as Prisma's adapter and (a) use).
  const client = new pg.Client({ connectionString: database.url })
  // Dropping the database at the end ends this connection from the server's side: not an error here.
  client.on('error', () => {})
  await client.connect()
  const toPg = (params: string) =>
    (JSON.parse(params) as unknown[]).map((p) => (typeof p === 'object' && p !== null ? JSON.stringify(p) : p))
  await compare('1. SQL alone (pg)', [
    ['sql · raw page query', () => client.query({ name: 'raw', text: rawSql, values: [pageSize] })],
    [
      "sql · Prisma's page SQL replayed",
      () => client.query({ name: 'prisma_page', text: pageSql.query, values: toPg(pageSql.params) }),
    ],
    ...(sessionSql
      ? [
          [
            "sql · Prisma's session SQL replayed",
            () => client.query({ name: 'prisma_session', text: sessionSql.query, values: toPg(sessionSql.params) }),
          ] as [string, () => Promise<unknown>],
        ]
      : []),
  ])
  const explain = async (text: string, values: unknown[]) => {
    const { rows } = await client.query<{ 'QUERY PLAN': Array<{ 'Execution Time': number; 'Planning Time': number }> }>(
      {
        text: `EXPLAIN (ANALYZE, FORMAT JSON) ${text}`,
        values,
      },
    )
    return rows[0]!['QUERY PLAN'][0]!
  }
  const executions = { raw: [] as number[], prisma: [] as number[] }
  for (let i = 0; i < 50; i++) {
    executions.raw.push((await explain(rawSql, [pageSize]))['Execution Time'])
    executions.prisma.push((await explain(pageSql.query, toPg(pageSql.params)))['Execution Time'])
  }
  results.explain = { rawExecutionMs: median(executions.raw), prismaExecutionMs: median(executions.prisma) }
  console.log(
    `  EXPLAIN ANALYZE execution time (median of 50): raw ${median(executions.raw).toFixed(3)} ms, Prisma's page ` +
      `SQL ${median(executions.prisma).toFixed(3)} ms`,
  )

  // 2. Prisma alone.
  const args = pageArgs!
  const { include: _include, select: _select, ...rest } = args
  await compare('2. Prisma alone', [
    ['prisma · resolveSession (session + user)', () => resolveSession(db.prisma, token)],
    ['prisma · project.findMany, the args Pothos builds for an ADMIN', () => db.prisma.project.findMany(args as never)],
    [
      'prisma · project.findMany, with the contact facts other roles need',
      () => db.prisma.project.findMany({ ...rest, select: pageSelectWithContactFacts(session.user.id) } as never),
    ],
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
    [
      'graphql · execute(our schema, page)',
      () => Promise.resolve(execute({ schema, document, contextValue: context() })),
    ],
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
        return {
          ...context(request),
          prisma: options.client,
          user: found?.user ?? null,
          sessionId: found?.sessionId ?? null,
        }
      },
    })
  }
  const memoPrisma = inMemory(db.prisma)
  await compare('4. yoga.fetch in process (interleaved rounds)', [
    [
      'yoga · buildYoga, both Prisma calls answered from memory (no Prisma, no SQL)',
      fetchPage(buildYoga({ prisma: memoPrisma })),
    ],
    ['yoga · buildYoga as the server builds it', page],
    ['yoga · without graphql-armor', fetchPage(yogaWith({ armor: false, session: 'query', client: prisma }))],
    [
      'yoga · without graphql-armor, without the session query',
      fetchPage(yogaWith({ armor: false, session: 'none', client: prisma })),
    ],
  ])

  // 4b. The same over node:http in this process (client and server share the event loop): the HTTP adapter's cost.
  await compareOverHttp({ page, yoga, memoYoga: () => buildYoga({ prisma: memoPrisma }), headers, cookie, body })

  // 5. A CPU profile of buildYoga's yoga.fetch loop: self time by package.
  await profilePage(page)

  await client.end()
  await db.close()
  await mkdir(path.join(benchDir, 'results'), { recursive: true })
  const file = path.join(benchDir, 'results', `probe-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  await writeFile(
    file,
    JSON.stringify({ size, iterations, results, statements: captured.map((q) => q.query), pageArgs: args }, null, 2),
  )
  console.log(`\nwritten ${path.relative(process.cwd(), file)}`)
} finally {
  await database.drop()
}

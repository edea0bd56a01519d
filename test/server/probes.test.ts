// The doors a load balancer and Prometheus knock at: /healthz (alive), /readyz (the database answers and
// holds every migration of this release) and /metrics (only from the addresses METRICS_ALLOW names).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PGlite } from '@electric-sql/pglite'
import { openDatabase } from '../../server/src/db/open.ts'
import { metricsAllowList } from '../../server/src/observe/metrics-access.ts'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { startObservedServer, type ObservedServer } from '../support/observed-server.ts'

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db?.close())

async function answer(base: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers })
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') }
}

describe('/healthz and /readyz', () => {
  let observed: ObservedServer
  beforeAll(async () => {
    observed = await startObservedServer(db.prisma)
  })
  afterAll(() => observed?.close())

  it('are both 200 on a migrated database', async () => {
    expect(await answer(observed.base, '/healthz')).toMatchObject({ status: 200, text: 'ok' })
    expect(await answer(observed.base, '/readyz')).toMatchObject({ status: 200, text: 'ready' })
  })

  it('/readyz is 503 naming the migration the database lacks, and logs the change once', async () => {
    const [last] = await db.prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`
    const name = last!.migration_name
    await db.prisma.$executeRaw`DELETE FROM _prisma_migrations WHERE migration_name = ${name}`
    try {
      expect(await answer(observed.base, '/readyz')).toMatchObject({
        status: 503,
        text: `not ready: migrations not applied: ${name}`,
      })
      await answer(observed.base, '/readyz')
      expect(await answer(observed.base, '/healthz')).toMatchObject({ status: 200 })
      const warnings = observed.lines.filter((line) => line.msg === 'not ready')
      expect(warnings).toEqual([expect.objectContaining({ level: 40, reason: `migrations not applied: ${name}` })])
    } finally {
      await db.prisma.$executeRaw`
        INSERT INTO _prisma_migrations (id, checksum, migration_name, finished_at, applied_steps_count)
        VALUES (gen_random_uuid()::text, 'restored', ${name}, now(), 1)`
    }
    expect(await answer(observed.base, '/readyz')).toMatchObject({ status: 200 })
    expect(observed.lines.some((line) => line.msg.startsWith('ready again'))).toBe(true)
  })

  it.runIf(testDatabaseKind === 'pglite')('/readyz is 503 on an empty database', async () => {
    const empty = await openDatabase({ pglite: await PGlite.create() })
    const server = await startObservedServer(empty.prisma)
    try {
      expect(await answer(server.base, '/readyz')).toMatchObject({
        status: 503,
        text: 'not ready: no migrations applied (empty database)',
      })
      expect(await answer(server.base, '/healthz')).toMatchObject({ status: 200 })
    } finally {
      await server.close()
      await empty.close()
    }
  })
})

describe('/metrics', () => {
  const servers: ObservedServer[] = []
  const start = async (options: Parameters<typeof startObservedServer>[1]) => {
    const server = await startObservedServer(db.prisma, options)
    servers.push(server)
    return server.base
  }
  afterAll(() => Promise.all(servers.map((server) => server.close())))

  it('is served to this computer by default, in Prometheus’ text format', async () => {
    const base = await start({})
    await answer(base, '/healthz')
    const metrics = await answer(base, '/metrics')
    expect(metrics.status).toBe(200)
    expect(metrics.type).toMatch(/^text\/plain; version=0\.0\.4/)
    expect(metrics.text).toContain('# TYPE talent_graphql_request_duration_seconds histogram')
  })

  it('is refused to an address METRICS_ALLOW does not name', async () => {
    const base = await start({ metricsAllow: '10.0.0.0/8,fd00::/8' })
    expect(await answer(base, '/metrics')).toMatchObject({ status: 403 })
  })

  it('behind a proxy, is refused to the client the proxy names, though the proxy itself is allowed', async () => {
    const base = await start({ trustProxy: 1, metricsAllow: '127.0.0.1,10.0.0.0/8' })
    const outsider = await answer(base, '/metrics', { 'x-forwarded-for': '10.0.0.9, 203.0.113.50' })
    expect(outsider).toMatchObject({ status: 403, text: '/metrics is not served to 203.0.113.50 (METRICS_ALLOW)' })
    expect(await answer(base, '/metrics', { 'x-forwarded-for': '203.0.113.50, 10.1.2.3' })).toMatchObject({
      status: 200,
    })
  })

  it('is off with METRICS_ALLOW=none, and a setting that is no address stops the start', async () => {
    const base = await start({ metricsAllow: 'none' })
    expect(await answer(base, '/metrics')).toMatchObject({ status: 404 })
    expect(() => metricsAllowList('10.0.0.0/33')).toThrow(/METRICS_ALLOW: "10.0.0.0\/33" is not an address/)
    expect(() => metricsAllowList('intranet')).toThrow(/METRICS_ALLOW/)
  })
})

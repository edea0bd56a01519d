// What Prometheus reads moves with what the server does: requests and their durations per operation, errors by
// code, writes applied and replays refused, version conflicts and retried transactions, the PostgreSQL pool and
// the time spent in the statistics triggers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openDatabase, type Database } from '../../server/src/db/open.ts'
import { watchDatabase } from '../../server/src/observe/database-metrics.ts'
import { createMetrics, type ServerMetrics } from '../../server/src/observe/metrics.ts'
import { runWrite } from '../../server/src/write/run-write.ts'
import type { Context } from '../../server/src/context.ts'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { databaseUrl } from '../support/postgres-url.ts'
import { createApi } from '../support/api.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import { CreateLead, UpdateProject } from '../support/documents.ts'
import { mutate, uniquePhone, type Agent } from '../support/pipeline.ts'

let db: TestDatabase
/** The database the server under test uses: on PostgreSQL a second pool, opened after track_functions is on. */
let served: Database
let metrics: ServerMetrics
let staff: Agent
let staffUser: { id: string; unitId: string }

beforeAll(async () => {
  db = await openTestDatabase()
  served = db
  if (testDatabaseKind === 'postgresql') {
    const [{ name }] = (await db.prisma.$queryRaw`SELECT current_database() AS name`) as [{ name: string }]
    // As a county's administrator does once (docs/observability.md): new sessions then time PL/pgSQL functions.
    await db.prisma.$executeRawUnsafe(`ALTER DATABASE "${name}" SET track_functions = 'pl'`)
    served = await openDatabase({ url: databaseUrl(name) })
  }
  metrics = createMetrics()
  await watchDatabase(metrics, served)
  const east = await createUnit(db.prisma, '东部园区')
  staffUser = await createUser(db.prisma, 'east.staff', 'STAFF', east.id)
  staff = await createApi(served.prisma, { metrics }).agent().login('east.staff')
})
afterAll(async () => {
  if (served !== db) await served?.close()
  await db?.close()
})

/** A metric's value for the labels given (0 when the series does not exist yet). */
async function value(name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = metrics.registry.getSingleMetric(name)
  if (!metric) return 0
  const { values } = await metric.get()
  const found = values.filter((entry) =>
    Object.entries(labels).every(([key, wanted]) => String(entry.labels[key]) === wanted),
  )
  return found.reduce((sum, entry) => sum + entry.value, 0)
}

let leads = 0
/** A lead for a talent no other lead of the file names (the same talent twice would be refused as a duplicate). */
const leadInput = () => ({
  clientMutationId: uuidv7(),
  projectId: uuidv7(),
  talentId: uuidv7(),
  talentName: `林晓${'一二三四五六七八九'[leads++]}`,
  phone: uniquePhone(),
  employer: '浙江大学',
  sourceChannel: 'REFERRAL' as const,
})

describe('the metrics', () => {
  it('count a write applied, then its replay refused, and the requests per operation', async () => {
    const input = leadInput()
    expect((await mutate(staff, CreateLead, input)).errors).toBeUndefined()
    expect(await value('talent_writes_total', { operation: 'createLead', outcome: 'applied' })).toBe(1)
    expect((await mutate(staff, CreateLead, input)).errors).toBeUndefined()
    expect(await value('talent_writes_total', { operation: 'createLead', outcome: 'applied' })).toBe(1)
    expect(await value('talent_writes_total', { operation: 'createLead', outcome: 'replayed' })).toBe(1)
    expect(await value('talent_graphql_requests_total', { operation: 'CreateLead', status: '200' })).toBe(2)
    const durations = await metrics.registry.getSingleMetricAsString('talent_graphql_request_duration_seconds')
    expect(durations).toContain('talent_graphql_request_duration_seconds_count{operation="CreateLead"} 2')
  })

  it('count a version conflict, and the CONFLICT code among the errors', async () => {
    const lead = await mutate(staff, CreateLead, leadInput())
    const stale = { clientMutationId: uuidv7(), id: lead.data!.uuid, version: lead.data!.version }
    expect((await mutate(staff, UpdateProject, { ...stale, title: '第一次修改' })).errors).toBeUndefined()
    const refused = await mutate(staff, UpdateProject, { ...stale, clientMutationId: uuidv7(), title: '第二次' })
    expect(refused.code).toBe('CONFLICT')
    expect(await value('talent_write_version_conflicts_total', { operation: 'updateProject' })).toBe(1)
    expect(await value('talent_graphql_errors_total', { code: 'CONFLICT' })).toBe(1)
    expect(await value('talent_writes_total', { operation: 'updateProject', outcome: 'applied' })).toBe(1)
  })

  it('count a transaction the database cancelled and ran again', async () => {
    let attempts = 0
    const context = {
      prisma: served.prisma,
      database: served.prisma,
      user: { id: staffUser.id, name: 'east.staff', role: 'STAFF', unitId: staffUser.unitId },
      sessionId: null,
      request: new Request('http://test/graphql'),
      address: '127.0.0.1',
      metrics,
      setSessionCookie: async () => {},
      clearSessionCookie: async () => {},
    } satisfies Context
    await runWrite(context, { clientMutationId: uuidv7(), operation: 'renameUnit', entity: 'Unit' }, async (tx) => {
      attempts += 1
      await tx.$executeRaw`UPDATE "Unit" SET name = name || '·' WHERE id = ${staffUser.unitId}::uuid`
      if (attempts === 1)
        await tx.$executeRaw`DO $$ BEGIN RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01'; END $$`
      return { id: staffUser.unitId }
    })
    expect(await value('talent_write_serialization_retries_total', { operation: 'renameUnit' })).toBe(1)
    expect(await value('talent_writes_total', { operation: 'renameUnit', outcome: 'applied' })).toBe(1)
  })

  it('show the time spent in the statistics triggers', async () => {
    expect(await value('talent_statistics_trigger_timing_enabled')).toBe(1)
    const before = await value('talent_statistics_trigger_calls', { function: 'statistics_project_written' })
    expect((await mutate(staff, CreateLead, leadInput())).errors).toBeUndefined()
    // PostgreSQL's sessions report their function statistics within seconds of going idle.
    await expect
      .poll(() => value('talent_statistics_trigger_calls', { function: 'statistics_project_written' }), {
        timeout: 15_000,
        interval: 250,
      })
      .toBeGreaterThan(before)
    expect(
      await value('talent_statistics_trigger_seconds', { function: 'statistics_project_written' }),
    ).toBeGreaterThan(0)
  })

  it('count operation names past the first 300 as other, so invented names cannot grow the registry', () => {
    const fresh = createMetrics()
    for (let index = 0; index < 300; index++) fresh.operationLabel(`Invented${index}`, true)
    expect(fresh.operationLabel('Invented0', true)).toBe('Invented0')
    expect(fresh.operationLabel('OneTooMany', true)).toBe('other')
    expect(fresh.operationLabel(null, true)).toBe('unnamed')
    expect(fresh.operationLabel('NeverRan', false)).toBe('refused')
  })

  it.runIf(testDatabaseKind === 'postgresql')('show the PostgreSQL pool: its connections and its size', async () => {
    expect(await value('talent_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1)
    expect(await value('talent_db_pool_max')).toBe(Number(process.env.DATABASE_POOL_SIZE ?? 10))
    expect(await value('talent_db_pool_waiting')).toBe(0)
  })
})

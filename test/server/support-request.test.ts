// A signed project's request goes to a department, may hop only with a reason on record, is settled and
// rated by the talent; a request left too long escalates to the talent office, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { ids, mutateField, op, smallCounty, talentWithProject, type Agent } from '../support/pipeline.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import { createApi } from '../support/api.ts'
import { escalateOverdueSupportRequests } from '../../server/src/schema/support-request/escalate-overdue.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let industry: Agent
let industryUnitId: string
const fields =
  'id uuid status version department { name } project { uuid } events { kind note fromUnit { name } toUnit { name ' +
  '} by { name } }'
const globalId = (id: string) => Buffer.from(`SupportRequest:${id}`).toString('base64')
const listed = async (agent: Agent, args = '') =>
  (await agent.requestText(`{ supportRequests${args} { edges { node { uuid } } } }`)).data?.supportRequests.edges.map(
    (edge: { node: { uuid: string } }) => edge.node.uuid,
  )

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  const unit = await createUnit(db.prisma, '工信局', 'DEPARTMENT')
  industryUnitId = unit.id
  await createUser(db.prisma, 'industry', 'DEPARTMENT', unit.id)
  industry = await createApi(db.prisma).agent().login('industry')
})
afterAll(() => db?.close())

async function signedProject(phone: string) {
  const { projectId } = await talentWithProject(county.agents.eastStaff, { phone })
  await db.prisma.project.update({ where: { id: projectId }, data: { stage: 'SIGNED' } })
  return projectId
}

/**
 * The default due date, worked out here by hand: the end (23:59:59.999 at +08:00) of the tenth Monday–Friday
 * after the county day the request was made on. Exact, since no bound in days holds at every moment: one made
 * on a Friday, a Saturday or a Sunday is due the same Friday, 14 days on from the Friday, just 12 from late Sunday.
 */
function endOfTenthWorkingDayAfter(at: Date): string {
  const day = new Date(`${at.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })}T00:00:00Z`)
  for (let left = 10; left > 0; ) {
    day.setUTCDate(day.getUTCDate() + 1)
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) left -= 1
  }
  return new Date(day.getTime() + 16 * 3_600_000 - 1).toISOString()
}

/** What a refused step must leave untouched: the row, its history and the audit log. */
async function footprint(id: string) {
  const request = await db.prisma.supportRequest.findUniqueOrThrow({ where: { id } })
  return {
    request,
    events: await db.prisma.supportRequestEvent.count({ where: { requestId: id } }),
    audits: await db.prisma.auditLog.count({ where: { entityId: id } }),
  }
}

describe('a request from a park to the departments', () => {
  let id: string
  let projectId: string

  it('is refused before the project is signed, with a message', async () => {
    const { projectId: early } = await talentWithProject(county.agents.eastStaff, { phone: '13600000001' })
    const refused = await mutateField(
      county.agents.eastStaff,
      'createSupportRequest',
      { ...ids(), projectId: early, category: 'HIRING', description: '招工' },
      'uuid',
    )
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/签约之后/) })
    expect(await db.prisma.supportRequest.count({ where: { projectId: early } })).toBe(0)
  })

  it('is refused for a project marked lost', async () => {
    const lost = await signedProject('13600000009')
    await db.prisma.project.update({ where: { id: lost }, data: { status: 'LOST', statusReason: '已去外地' } })
    const refused = await mutateField(
      county.agents.eastManager,
      'createSupportRequest',
      { ...ids(), projectId: lost, category: 'HIRING', description: '招工' },
      'uuid',
    )
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/已流失/) })
    expect(await db.prisma.supportRequest.count({ where: { projectId: lost } })).toBe(0)
  })

  it('is logged by the park manager and assigned to a department, which alone of the departments sees it', async () => {
    projectId = await signedProject('13600000002')
    const { eastManager, eastStaff2, hrss } = county.agents
    const before = Date.now()
    const created = await mutateField(
      eastManager,
      'createSupportRequest',
      { ...ids(), projectId, category: 'HOUSING', description: '3名博士申请人才公寓' },
      `${fields} dueAt overdue createdAt`,
    )
    expect(created.data).toMatchObject({
      status: 'OPEN',
      department: null,
      overdue: false,
      events: [{ kind: 'CREATED', by: { name: 'east.manager' } }],
    })
    const createdAt = new Date(created.data!.createdAt)
    expect(createdAt.getTime()).toBeGreaterThanOrEqual(before)
    expect(createdAt.getTime()).toBeLessThanOrEqual(Date.now())
    expect(created.data!.dueAt).toBe(endOfTenthWorkingDayAfter(createdAt))
    id = created.data!.uuid

    expect(
      (
        await mutateField(
          eastStaff2,
          'assignSupportRequest',
          { ...op(), id, version: 1, departmentId: industryUnitId },
          'status',
        )
      ).code,
    ).toBe('FORBIDDEN')
    const toPark = await mutateField(
      eastManager,
      'assignSupportRequest',
      { ...op(), id, version: 1, departmentId: county.units.west.id },
      'status',
    )
    expect(toPark).toMatchObject({ code: 'BAD_USER_INPUT', message: '请选择一个职能部门' })
    const assigned = await mutateField(
      eastManager,
      'assignSupportRequest',
      { ...op(), id, version: 1, departmentId: industryUnitId },
      fields,
    )
    expect(assigned.data).toMatchObject({ status: 'ASSIGNED', version: 2, department: { name: '工信局' } })
    expect(assigned.data!.events.at(-1)).toMatchObject({ kind: 'ASSIGNED', fromUnit: null, toUnit: { name: '工信局' } })

    const seen = await industry.requestText(
      `query ($id: ID!) { node(id: $id) { ... on SupportRequest { uuid project { uuid } } } }`,
      { id: assigned.data!.id },
    )
    expect(seen.data?.node).toEqual({ uuid: id, project: { uuid: projectId } })
    expect(await listed(industry)).toEqual([id])
    expect(await listed(hrss)).toEqual([])
    expect(
      (await hrss.requestText(`query ($id: ID!) { node(id: $id) { id } }`, { id: globalId(id) })).data?.node,
    ).toBeNull()
    expect(await listed(county.agents.westManager)).toEqual([])
    expect(await listed(eastManager, `(departmentId: "${industryUnitId}", projectId: "${projectId}")`)).toEqual([id])
    expect(await listed(eastManager, `(departmentId: "${county.units.hrss.id}")`)).toEqual([])
    expect(await listed(eastManager, `(projectId: "not-a-uuid")`)).toEqual([])
  })

  it('is not handed on without a reason, and writes nothing when refused', async () => {
    const before = await footprint(id)
    const refused = await mutateField(
      industry,
      'reassignSupportRequest',
      { ...op(), id, version: 2, departmentId: county.units.hrss.id, reason: '  ' },
      fields,
    )
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', message: '转办原因不能为空' })
    expect(await footprint(id)).toEqual(before)
  })

  it('records every hop with where it came from, where it went and why', async () => {
    const hop = await mutateField(
      industry,
      'reassignSupportRequest',
      { ...op(), id, version: 2, departmentId: county.units.hrss.id, reason: '人才公寓归人社局管理' },
      fields,
    )
    expect(hop.data).toMatchObject({ status: 'ASSIGNED', version: 3, department: { name: '人社局' }, project: null })
    expect(hop.data!.events.at(-1)).toEqual({
      kind: 'REASSIGNED',
      note: '人才公寓归人社局管理',
      fromUnit: { name: '工信局' },
      toUnit: { name: '人社局' },
      by: { name: 'industry' },
    })
    const audit = await db.prisma.auditLog.findFirstOrThrow({
      where: { entityId: id, action: 'reassignSupportRequest' },
    })
    expect(audit).toMatchObject({
      reason: '人才公寓归人社局管理',
      changes: { before: { departmentId: industryUnitId }, after: { departmentId: county.units.hrss.id } },
    })
    // The department that handed it on keeps it on its record, but not the project, and can no longer act on it.
    expect(await listed(industry)).toEqual([id])
    expect(await listed(county.agents.hrss)).toEqual([id])
    expect(
      (await mutateField(industry, 'recordSupportProgress', { ...op(), id, version: 3, note: '再看看' }, 'status'))
        .code,
    ).toBe('FORBIDDEN')
  })

  it('answers a stale version with CONFLICT carrying the current record', async () => {
    const before = await footprint(id)
    const stale = await mutateField(
      county.agents.hrss,
      'recordSupportProgress',
      { ...op(), id, version: 2, note: '旧版本' },
      'status',
    )
    expect(stale.code).toBe('CONFLICT')
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({
      id,
      status: 'ASSIGNED',
      version: 3,
      departmentId: county.units.hrss.id,
    })
    expect(await footprint(id)).toEqual(before)
  })

  it('tells a phone with an old copy that the request moved on, even when its step no longer applies', async () => {
    const before = await footprint(id)
    // Assigning was right at version 1 (still OPEN); the request has since been assigned and handed on.
    const stale = await mutateField(
      county.agents.eastManager,
      'assignSupportRequest',
      { ...op(), id, version: 1, departmentId: industryUnitId },
      'status',
    )
    expect(stale.code).toBe('CONFLICT')
    const current = stale.errors?.[0]?.extensions?.current as Record<string, unknown>
    expect(current).toMatchObject({ id, status: 'ASSIGNED', version: 3 })
    expect(current).not.toHaveProperty('project')
    expect(await footprint(id)).toEqual(before)
  })

  it('is worked on, resolved by the department, and closed by the park with the talent’s satisfaction', async () => {
    const { hrss, eastManager } = county.agents
    expect(
      (await mutateField(hrss, 'recordSupportProgress', { ...op(), id, version: 3, note: '已安排房源' }, 'status'))
        .data,
    ).toEqual({ status: 'IN_PROGRESS' })
    expect(
      (
        await mutateField(
          eastManager,
          'resolveSupportRequest',
          { ...op(), id, version: 4, resolution: '越权' },
          'status',
        )
      ).code,
    ).toBe('FORBIDDEN')
    expect(
      (
        await mutateField(
          hrss,
          'resolveSupportRequest',
          { ...op(), id, version: 4, resolution: '已入住人才公寓' },
          'status resolution',
        )
      ).data,
    ).toEqual({ status: 'RESOLVED', resolution: '已入住人才公寓' })
    expect(
      (await mutateField(eastManager, 'closeSupportRequest', { ...op(), id, version: 5, satisfaction: 6 }, 'status'))
        .code,
    ).toBe('BAD_USER_INPUT')
    const closed = await mutateField(
      eastManager,
      'closeSupportRequest',
      { ...op(), id, version: 5, satisfaction: 5 },
      `${fields} satisfaction`,
    )
    expect(closed.data).toMatchObject({ status: 'CLOSED', satisfaction: 5, version: 6 })
    expect(closed.data!.events.map((event: { kind: string }) => event.kind)).toEqual([
      'CREATED',
      'ASSIGNED',
      'REASSIGNED',
      'PROGRESS',
      'RESOLVED',
      'CLOSED',
      'RATED',
    ])
    const audited = await db.prisma.auditLog.findMany({
      where: { entityId: id },
      orderBy: { at: 'asc' },
      select: { action: true },
    })
    expect(audited.map((entry) => entry.action)).toEqual([
      'createSupportRequest',
      'assignSupportRequest',
      'reassignSupportRequest',
      'recordSupportProgress',
      'resolveSupportRequest',
      'closeSupportRequest',
    ])
  })
})

describe('a department turning a request down, and the talent’s rating', () => {
  it('needs a reason to reject; rating waits until the request is settled', async () => {
    const projectId = await signedProject('13600000003')
    const input = { ...ids(), projectId, category: 'POLICY', description: '研发补助兑现', departmentId: industryUnitId }
    const { id } = input
    expect((await mutateField(county.agents.eastStaff, 'createSupportRequest', input, 'status')).data).toEqual({
      status: 'ASSIGNED',
    })
    const early = await mutateField(
      county.agents.eastStaff,
      'rateSupportRequest',
      { ...op(), id, version: 1, satisfaction: 3 },
      'status',
    )
    expect(early).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/办结后才能评价/) })

    const before = await footprint(id)
    const bare = await mutateField(industry, 'rejectSupportRequest', { ...op(), id, version: 1, reason: '' }, 'status')
    expect(bare).toMatchObject({ code: 'BAD_USER_INPUT', message: '退回原因不能为空' })
    expect(await footprint(id)).toEqual(before)
    const rejected = await mutateField(
      industry,
      'rejectSupportRequest',
      { ...op(), id, version: 1, reason: '不满一个会计年度' },
      'status rejectReason version',
    )
    expect(rejected.data).toEqual({ status: 'REJECTED', rejectReason: '不满一个会计年度', version: 2 })

    expect(
      (
        await mutateField(
          county.agents.westManager,
          'rateSupportRequest',
          { ...op(), id, version: 2, satisfaction: 2 },
          'status',
        )
      ).code,
    ).toBe('NOT_FOUND')
    expect(
      (await mutateField(industry, 'rateSupportRequest', { ...op(), id, version: 2, satisfaction: 2 }, 'status')).code,
    ).toBe('FORBIDDEN')
    const reopened = await mutateField(
      county.agents.eastManager,
      'reopenSupportRequest',
      { ...op(), id, version: 2, reason: '企业已补齐年报' },
      'status version',
    )
    expect(reopened.data).toEqual({ status: 'IN_PROGRESS', version: 3 })
    await mutateField(
      industry,
      'resolveSupportRequest',
      { ...op(), id, version: 3, resolution: '补助已拨付' },
      'status',
    )
    const rated = await mutateField(
      county.agents.eastStaff,
      'rateSupportRequest',
      { ...op(), id, version: 4, satisfaction: 4 },
      'status satisfaction version events { kind note }',
    )
    expect(rated.data).toMatchObject({ status: 'RESOLVED', satisfaction: 4, version: 5 })
    expect(rated.data!.events.at(-1)).toEqual({ kind: 'RATED', note: '满意度 4 分' })
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: id, action: 'rateSupportRequest' } })
    expect(audit.changes).toEqual({ before: { satisfaction: null }, after: { satisfaction: 4 } })
  })
})

describe('a phone sending the same request more than once', () => {
  it('creates one request and one history however the copies arrive', async () => {
    const projectId = await signedProject('13600000005')
    const input = { ...ids(), projectId, category: 'FINANCE', description: '人才贷' }
    const answers = await Promise.all(
      [1, 2, 3].map(() => mutateField(county.agents.eastStaff, 'createSupportRequest', input, 'uuid version')),
    )
    const late = await mutateField(county.agents.eastStaff, 'createSupportRequest', input, 'uuid version')
    for (const answer of [...answers, late]) expect(answer.data).toEqual({ uuid: input.id, version: 1 })
    expect(await db.prisma.supportRequest.count({ where: { projectId } })).toBe(1)
    expect(await db.prisma.supportRequestEvent.count({ where: { requestId: input.id } })).toBe(1)
    expect(await db.prisma.auditLog.count({ where: { entityId: input.id } })).toBe(1)
  })
})

describe('a request past its due date', () => {
  it('goes up to the talent office once, and is on the office’s list', async () => {
    const projectId = await signedProject('13600000004')
    const dueAt = new Date(Date.now() - 86_400_000).toISOString()
    const late = await mutateField(
      county.agents.eastManager,
      'createSupportRequest',
      { ...ids(), projectId, category: 'FUNDING', description: '启动资金', departmentId: industryUnitId, dueAt },
      'uuid overdue',
    )
    expect(late.data).toMatchObject({ overdue: true })
    const id = late.data!.uuid
    expect(await listed(industry, '(overdueOnly: true)')).toEqual([id])

    const escalate = `mutation { escalateOverdueSupportRequests }`
    expect((await county.agents.eastManager.requestText(escalate)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    // Two administrators and the server's timer at the same moment: the request is escalated once.
    const racing = await Promise.all([
      county.agents.admin.requestText(escalate).then((answer) => answer.data?.escalateOverdueSupportRequests as number),
      county.agents.admin.requestText(escalate).then((answer) => answer.data?.escalateOverdueSupportRequests as number),
      escalateOverdueSupportRequests(db.prisma, { byId: null }),
    ])
    expect(racing.reduce((sum, count) => sum + count, 0)).toBe(1)
    expect((await county.agents.admin.requestText(escalate)).data?.escalateOverdueSupportRequests).toBe(0)
    const escalated = await db.prisma.supportRequestEvent.findMany({
      where: { requestId: id, kind: 'ESCALATED' },
      include: { toUnit: true, fromUnit: true },
    })
    expect(escalated).toMatchObject([{ toUnit: { name: '人才办' }, fromUnit: { name: '工信局' } }])

    const officeList = `{ escalatedSupportRequests { edges { node { uuid overdue escalatedAt } } } }`
    expect((await county.agents.leader.requestText(officeList)).data?.escalatedSupportRequests.edges).toEqual([
      { node: { uuid: id, overdue: true, escalatedAt: expect.any(String) } },
    ])
    expect((await county.agents.eastManager.requestText(officeList)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    expect(await listed(county.agents.admin, '(escalatedOnly: true)')).toEqual([id])
  })
})

describe('the list of requests', () => {
  it('costs the same number of queries however many requests it shows', async () => {
    const page =
      `{ supportRequests(first: 20) { edges { node { uuid overdue department { name } project { uuid } ` +
      `events { kind toUnit { name } } } } } }`
    const statementsFor = async () => {
      db.queries.length = 0
      const result = await county.agents.admin.requestText(page)
      expect(result.errors).toBeUndefined()
      return { rows: result.data?.supportRequests.edges.length as number, statements: db.queries.length }
    }
    const before = await statementsFor()
    const projectId = await signedProject('13600000006')
    for (const category of ['IP', 'LEGAL', 'SCHOOLING']) {
      await mutateField(
        county.agents.eastManager,
        'createSupportRequest',
        { ...ids(), projectId, category, description: '新增', departmentId: industryUnitId },
        'uuid',
      )
    }
    const after = await statementsFor()
    expect(after.rows).toBe(before.rows + 3)
    expect(after.statements).toBe(before.statements)
  })
})

// A landed project's request goes to a department, may hop with a reason, is settled and rated;
// overdue ones escalate to the talent office once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { ids, mutate, op, smallCounty, talentWithProject, type Agent } from '../support/pipeline.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import { createApi } from '../support/api.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let industry: Agent
let industryUnitId: string
const fields = 'uuid status version department { name } events { kind note fromUnit { name } toUnit { name } }'

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

describe('support requests', () => {
  it('is refused before signing, with a message', async () => {
    const { projectId } = await talentWithProject(county.agents.eastStaff, { phone: '13600000001' })
    const early = await mutate(county.agents.eastStaff, 'createSupportRequest', { ...ids(), projectId, category: 'HIRING', description: '招工' }, 'uuid')
    expect(early.code).toBe('CONFLICT')
    expect(early.message).toMatch(/签约之后/)
  })

  it('goes to a department, hops with a reason on record, is resolved and rated', async () => {
    const { eastManager } = county.agents
    const projectId = await signedProject('13600000002')
    const created = await mutate(eastManager, 'createSupportRequest', { ...ids(), projectId, category: 'HOUSING', description: '3名博士申请人才公寓', departmentId: industryUnitId }, fields)
    expect(created.data).toMatchObject({ status: 'ASSIGNED', department: { name: '工信局' } })
    const id = created.data!.uuid
    expect((await county.agents.hrss.request(`{ supportRequests { edges { node { uuid } } } }`)).data?.supportRequests.edges).toEqual([])

    const noReason = await mutate(industry, 'reassignSupportRequest', { ...op(), id, version: 1, departmentId: county.units.hrss.id, reason: '' }, fields)
    expect(noReason.code).toBe('BAD_USER_INPUT')
    expect((await db.prisma.supportRequest.findUniqueOrThrow({ where: { id } })).departmentId).toBe(industryUnitId)

    const hop = await mutate(industry, 'reassignSupportRequest', { ...op(), id, version: 1, departmentId: county.units.hrss.id, reason: '人才公寓归人社局管理' }, fields)
    expect(hop.data!.events.at(-1)).toEqual({ kind: 'REASSIGNED', note: '人才公寓归人社局管理', fromUnit: { name: '工信局' }, toUnit: { name: '人社局' } })
    // The department that handed it on keeps it on its record, but can no longer act on it.
    expect((await industry.request(`{ supportRequests { edges { node { uuid } } } }`)).data?.supportRequests.edges).toEqual([{ node: { uuid: id } }])
    expect((await mutate(industry, 'recordSupportProgress', { ...op(), id, version: 2, note: '再看看' }, fields)).code).toBe('FORBIDDEN')

    const { hrss } = county.agents
    expect((await mutate(hrss, 'recordSupportProgress', { ...op(), id, version: 2, note: '已安排房源' }, fields)).data).toMatchObject({ status: 'IN_PROGRESS' })
    expect((await mutate(eastManager, 'resolveSupportRequest', { ...op(), id, version: 3, resolution: '越权' }, fields)).code).toBe('FORBIDDEN')
    expect((await mutate(hrss, 'resolveSupportRequest', { ...op(), id, version: 2, resolution: '旧版本' }, fields)).code).toBe('CONFLICT')
    expect((await mutate(hrss, 'resolveSupportRequest', { ...op(), id, version: 3, resolution: '已入住人才公寓' }, fields)).data).toMatchObject({ status: 'RESOLVED' })
    const closed = await mutate(eastManager, 'closeSupportRequest', { ...op(), id, version: 4, satisfaction: 5 }, `${fields} satisfaction`)
    expect(closed.data).toMatchObject({ status: 'CLOSED', satisfaction: 5 })
    expect(closed.data!.events.map((event: { kind: string }) => event.kind)).toEqual(['CREATED', 'ASSIGNED', 'REASSIGNED', 'PROGRESS', 'RESOLVED', 'CLOSED', 'RATED'])
  })

  it('needs a reason to reject, and a replayed create writes one request', async () => {
    const projectId = await signedProject('13600000003')
    const input = { ...ids(), projectId, category: 'POLICY', description: '研发补助兑现', departmentId: industryUnitId }
    const [first, second] = await Promise.all([mutate(county.agents.eastStaff, 'createSupportRequest', input, 'uuid'), mutate(county.agents.eastStaff, 'createSupportRequest', input, 'uuid')])
    expect(first.data).toEqual(second.data)
    expect(await db.prisma.supportRequest.count({ where: { projectId } })).toBe(1)
    expect((await mutate(industry, 'rejectSupportRequest', { ...op(), id: input.id, version: 1, reason: ' ' }, 'status')).code).toBe('BAD_USER_INPUT')
    expect((await mutate(industry, 'rejectSupportRequest', { ...op(), id: input.id, version: 1, reason: '不满一个会计年度' }, 'status rejectReason')).data).toEqual({ status: 'REJECTED', rejectReason: '不满一个会计年度' })
  })

  it('escalates overdue requests to the talent office once', async () => {
    const projectId = await signedProject('13600000004')
    const late = await mutate(county.agents.eastManager, 'createSupportRequest', { ...ids(), projectId, category: 'FUNDING', description: '启动资金', departmentId: industryUnitId, dueAt: new Date(Date.now() - 86_400_000).toISOString() }, 'uuid overdue')
    expect(late.data).toMatchObject({ overdue: true })
    const escalate = `mutation { escalateOverdueSupportRequests }`
    expect((await county.agents.eastManager.request(escalate)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    expect((await county.agents.admin.request(escalate)).data?.escalateOverdueSupportRequests).toBeGreaterThanOrEqual(1)
    expect((await county.agents.admin.request(escalate)).data?.escalateOverdueSupportRequests).toBe(0)
    const listed = await county.agents.admin.request(`{ supportRequests(escalatedOnly: true) { edges { node { uuid events { kind toUnit { name } } } } } }`)
    const node = listed.data?.supportRequests.edges.find((edge: { node: { uuid: string } }) => edge.node.uuid === late.data!.uuid)?.node
    expect(node.events.filter((event: { kind: string }) => event.kind === 'ESCALATED')).toEqual([{ kind: 'ESCALATED', toUnit: { name: '人才办' } }])
  })
})

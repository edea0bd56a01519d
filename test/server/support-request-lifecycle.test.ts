// A signed project's request goes to a department, may hop only with a reason on record, and is worked on,
// resolved and closed with the talent's satisfaction; a refused step and a stale copy write nothing.
import { describe, expect, it } from 'vitest'
import { graphql } from '../support/graphql.ts'
import { ids, mutate, op, talentWithProject } from '../support/pipeline.ts'
import { supportRequestCounty } from '../support/support-request-county.ts'
import { endOfWorkingDaysAfter } from '../support/working-days.ts'
import {
  AssignSupportRequest,
  CloseSupportRequest,
  CreateSupportRequest,
  ReassignSupportRequest,
  RecordSupportProgress,
  ResolveSupportRequest,
} from '../support/support-request-documents.ts'

const { db, county, industry, industryUnitId, signedProject, footprint, listed } = supportRequestCounty()
const globalId = (id: string) => Buffer.from(`SupportRequest:${id}`).toString('base64')

const SupportRequestProjectQuery = graphql(`
  query SupportRequestProject($id: ID!) {
    node(id: $id) {
      ... on SupportRequest {
        uuid
        project {
          uuid
        }
      }
    }
  }
`)
const NodeQuery = graphql(`
  query Node($id: ID!) {
    node(id: $id) {
      id
    }
  }
`)

describe('a request from a park to the departments', () => {
  let id: string
  let projectId: string

  it('is refused before the project is signed, with a message', async () => {
    const { projectId: early } = await talentWithProject(county().agents.eastStaff, { phone: '13600000001' })
    const refused = await mutate(county().agents.eastStaff, CreateSupportRequest, {
      ...ids(),
      projectId: early,
      category: 'HIRING',
      description: '招工',
    })
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/签约之后/) })
    expect(await db().prisma.supportRequest.count({ where: { projectId: early } })).toBe(0)
  })

  it('is refused for a project marked lost', async () => {
    const lost = await signedProject('13600000009')
    await db().prisma.project.update({ where: { id: lost }, data: { status: 'LOST', statusReason: '已去外地' } })
    const refused = await mutate(county().agents.eastManager, CreateSupportRequest, {
      ...ids(),
      projectId: lost,
      category: 'HIRING',
      description: '招工',
    })
    expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/已流失/) })
    expect(await db().prisma.supportRequest.count({ where: { projectId: lost } })).toBe(0)
  })

  it('is logged by the park manager and assigned to a department, which alone of the departments sees it', async () => {
    projectId = await signedProject('13600000002')
    const { eastManager, eastStaff2, hrss } = county().agents
    const before = Date.now()
    const created = await mutate(eastManager, CreateSupportRequest, {
      ...ids(),
      projectId,
      category: 'HOUSING',
      description: '3名博士申请人才公寓',
    })
    expect(created.data).toMatchObject({
      status: 'OPEN',
      department: null,
      overdue: false,
      events: [{ kind: 'CREATED', by: { name: 'east.manager' } }],
    })
    const createdAt = new Date(created.data!.createdAt)
    expect(createdAt.getTime()).toBeGreaterThanOrEqual(before)
    expect(createdAt.getTime()).toBeLessThanOrEqual(Date.now())
    // Ten working days on the county's calendar (its holidays and 调休 workdays), to the end of that day.
    expect(created.data!.dueAt).toBe(await endOfWorkingDaysAfter(db().prisma, createdAt, 10))
    id = created.data!.uuid

    const assign = (agent: typeof eastManager, departmentId: string) =>
      mutate(agent, AssignSupportRequest, { ...op(), id, version: 1, departmentId })
    expect((await assign(eastStaff2, industryUnitId())).code).toBe('FORBIDDEN')
    const toPark = await assign(eastManager, county().units.west.id)
    expect(toPark).toMatchObject({ code: 'BAD_USER_INPUT', message: '请选择一个职能部门' })
    const assigned = await assign(eastManager, industryUnitId())
    expect(assigned.data).toMatchObject({ status: 'ASSIGNED', version: 2, department: { name: '工信局' } })
    expect(assigned.data!.events.at(-1)).toMatchObject({ kind: 'ASSIGNED', fromUnit: null, toUnit: { name: '工信局' } })

    const seen = await industry().request(SupportRequestProjectQuery, { id: assigned.data!.id })
    expect(seen.data?.node).toEqual({ uuid: id, project: { uuid: projectId } })
    expect(await listed(industry())).toEqual([id])
    expect(await listed(hrss)).toEqual([])
    expect((await hrss.request(NodeQuery, { id: globalId(id) })).data?.node).toBeNull()
    expect(await listed(county().agents.westManager)).toEqual([])
    expect(await listed(eastManager, { departmentId: industryUnitId(), projectId })).toEqual([id])
    expect(await listed(eastManager, { departmentId: county().units.hrss.id })).toEqual([])
    expect(await listed(eastManager, { projectId: 'not-a-uuid' })).toEqual([])
  })

  it('is not handed on without a reason, and writes nothing when refused', async () => {
    const before = await footprint(id)
    const refused = await mutate(industry(), ReassignSupportRequest, {
      ...op(),
      id,
      version: 2,
      departmentId: county().units.hrss.id,
      reason: '  ',
    })
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', message: '转办原因不能为空' })
    expect(await footprint(id)).toEqual(before)
  })

  it('records every hop with where it came from, where it went and why', async () => {
    const hop = await mutate(industry(), ReassignSupportRequest, {
      ...op(),
      id,
      version: 2,
      departmentId: county().units.hrss.id,
      reason: '人才公寓归人社局管理',
    })
    expect(hop.data).toMatchObject({ status: 'ASSIGNED', version: 3, department: { name: '人社局' }, project: null })
    expect(hop.data!.events.at(-1)).toEqual({
      kind: 'REASSIGNED',
      note: '人才公寓归人社局管理',
      fromUnit: { name: '工信局' },
      toUnit: { name: '人社局' },
      by: { name: 'industry' },
    })
    const audit = await db().prisma.auditLog.findFirstOrThrow({
      where: { entityId: id, action: 'reassignSupportRequest' },
    })
    expect(audit).toMatchObject({
      reason: '人才公寓归人社局管理',
      changes: { before: { departmentId: industryUnitId() }, after: { departmentId: county().units.hrss.id } },
    })
    // The department that handed it on keeps it on its record, but not the project, and can no longer act on it.
    expect(await listed(industry())).toEqual([id])
    expect(await listed(county().agents.hrss)).toEqual([id])
    const progress = await mutate(industry(), RecordSupportProgress, { ...op(), id, version: 3, note: '再看看' })
    expect(progress.code).toBe('FORBIDDEN')
  })

  it('answers a stale version with CONFLICT carrying the current record', async () => {
    const before = await footprint(id)
    const stale = await mutate(county().agents.hrss, RecordSupportProgress, { ...op(), id, version: 2, note: '旧版本' })
    expect(stale.code).toBe('CONFLICT')
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({
      id,
      status: 'ASSIGNED',
      version: 3,
      departmentId: county().units.hrss.id,
    })
    expect(await footprint(id)).toEqual(before)
  })

  it('tells a phone with an old copy that the request moved on, even when its step no longer applies', async () => {
    const before = await footprint(id)
    // Assigning was right at version 1 (still OPEN); the request has since been assigned and handed on.
    const stale = await mutate(county().agents.eastManager, AssignSupportRequest, {
      ...op(),
      id,
      version: 1,
      departmentId: industryUnitId(),
    })
    expect(stale.code).toBe('CONFLICT')
    const current = stale.errors?.[0]?.extensions?.current as Record<string, unknown>
    expect(current).toMatchObject({ id, status: 'ASSIGNED', version: 3 })
    expect(current).not.toHaveProperty('project')
    expect(await footprint(id)).toEqual(before)
  })

  it('is worked on, resolved by the department, and closed by the park with the talent’s satisfaction', async () => {
    const { hrss, eastManager } = county().agents
    const progress = await mutate(hrss, RecordSupportProgress, { ...op(), id, version: 3, note: '已安排房源' })
    expect(progress.data).toMatchObject({ status: 'IN_PROGRESS', version: 4 })
    const resolve = (agent: typeof hrss, resolution: string) =>
      mutate(agent, ResolveSupportRequest, { ...op(), id, version: 4, resolution })
    expect((await resolve(eastManager, '越权')).code).toBe('FORBIDDEN')
    expect((await resolve(hrss, '已入住人才公寓')).data).toMatchObject({
      status: 'RESOLVED',
      resolution: '已入住人才公寓',
      version: 5,
    })
    const close = (satisfaction: number) =>
      mutate(eastManager, CloseSupportRequest, { ...op(), id, version: 5, satisfaction })
    expect((await close(6)).code).toBe('BAD_USER_INPUT')
    const closed = await close(5)
    expect(closed.data).toMatchObject({ status: 'CLOSED', satisfaction: 5, version: 6 })
    expect(closed.data!.events.map((event) => event.kind)).toEqual([
      'CREATED',
      'ASSIGNED',
      'REASSIGNED',
      'PROGRESS',
      'RESOLVED',
      'CLOSED',
      'RATED',
    ])
    const audited = await db().prisma.auditLog.findMany({
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

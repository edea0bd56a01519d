// Who sees a request that escalated: the unit named at each level it reached finds it on its 督办 list and opens
// it, with its project; a unit it did not reach does not; the office and the county's leaders see every late
// request. Sight is not a say: the supervising unit takes no step on the request.
import { beforeAll, describe, expect, it } from 'vitest'
import { createUnit, createUser } from '../support/fixtures.ts'
import { graphql } from '../support/graphql.ts'
import { globalId, ids, mutate, op, type Agent } from '../support/pipeline.ts'
import { supportRequestCounty } from '../support/support-request-county.ts'
import {
  AssignSupportRequest,
  CreateSupportRequest,
  RecordSupportProgress,
} from '../support/support-request-documents.ts'
import { endOfWorkingDaysAfter } from '../support/working-days.ts'
import { escalateOverdueSupportRequests } from '../../server/src/schema/support-request/escalate-overdue.ts'

const { db, county, industry, industryUnitId, signedProject, listed } = supportRequestCounty()

const SaveEscalation = graphql(`
  mutation SaveEscalationChain($input: UpdateSettingsInput!) {
    updateSettings(input: $input) { escalation { version } }
  }
`)
const EscalatedList = graphql(`
  query EscalatedList {
    escalatedSupportRequests(first: 100) {
      edges { node { uuid escalationLevel escalationLabel project { title } } }
    }
  }
`)
const RequestByNode = graphql(`
  query EscalatedRequest($id: ID!) {
    node(id: $id) {
      __typename
      ... on SupportRequest {
        uuid
        escalationLabel
        project { title talent { name phone } activities { summary } }
        events { kind toUnit { name } }
      }
    }
  }
`)
const ProjectByNode = graphql(`
  query EscalatedProject($id: ID!) {
    node(id: $id) { ... on Project { uuid } }
  }
`)

// A fixed stretch of the calendar, after the 2025 Dragon Boat holiday: nothing here depends on today.
const dueAt = new Date('2025-06-03T01:00:00Z')
const firstPass = new Date('2025-06-04T02:00:00Z')
const run = (now: Date) => escalateOverdueSupportRequests(db().prisma, { byId: null, now })
const after = async (from: Date, days: number) =>
  new Date(new Date(await endOfWorkingDaysAfter(db().prisma, from, days)).getTime() + 1)

const people = {} as Record<'inspectHead' | 'inspectStaff' | 'govHead', Agent>
const requests = {} as Record<'third' | 'second' | 'office' | 'onTime', string>
let projectId: string

async function request(dueLate: boolean) {
  const made = await mutate(county().agents.eastManager, CreateSupportRequest, {
    ...ids(),
    projectId,
    category: 'FUNDING',
    description: '启动资金',
    departmentId: industryUnitId(),
    dueAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  })
  const id = made.data!.uuid
  if (dueLate) await db().prisma.supportRequest.update({ where: { id }, data: { dueAt } })
  return id
}

const escalatedTo = async (agent: Agent) =>
  (await agent.request(EscalatedList)).data?.escalatedSupportRequests.edges.map((edge) => edge.node.uuid).sort()
const opened = async (agent: Agent, id: string) => {
  const node = (await agent.request(RequestByNode, { id: globalId('SupportRequest', id) })).data?.node
  return node?.__typename === 'SupportRequest' ? node : null
}
const sorted = (...ids: string[]) => [...ids].sort()

beforeAll(async () => {
  // 县委督查室 (a department with its head and its staff) supervises after the office; 县政府办 after it.
  const { prisma } = db()
  const inspect = await createUnit(prisma, '县委督查室', 'DEPARTMENT')
  const government = await createUnit(prisma, '县政府办', 'DEPARTMENT')
  await createUser(prisma, 'inspect.head', 'UNIT_LEADER', inspect.id)
  await createUser(prisma, 'inspect.staff', 'DEPARTMENT', inspect.id)
  await createUser(prisma, 'gov.head', 'UNIT_LEADER', government.id)
  people.inspectHead = await county().api.agent().login('inspect.head')
  people.inspectStaff = await county().api.agent().login('inspect.staff')
  people.govHead = await county().api.agent().login('gov.head')
  const saved = await mutate(county().agents.admin, SaveEscalation, {
    ...op(),
    escalation: {
      version: 0,
      levels: [
        { label: '县委督查室', unitId: inspect.id, afterWorkingDays: 2 },
        { label: '县政府办', unitId: government.id, afterWorkingDays: 3 },
      ],
    },
  })
  expect(saved.errors).toBeUndefined()

  // Three late requests that reached the third level, the second, and the office only; one still in time.
  projectId = await signedProject('13600000021')
  requests.third = await request(true)
  await run(firstPass)
  const second = await after(firstPass, 2)
  await run(second)
  requests.second = await request(true)
  await run(second)
  requests.office = await request(true)
  requests.onTime = await request(false)
  const third = await after(second, 3)
  await run(third)
  await run(third)
  const levels = await prisma.supportRequest.findMany({ select: { id: true, escalationLevel: true } })
  expect(Object.fromEntries(levels.map((row) => [row.id, row.escalationLevel]))).toEqual({
    [requests.third]: 3,
    [requests.second]: 2,
    [requests.office]: 1,
    [requests.onTime]: 0,
  })
})

describe('the 督办 list', () => {
  it('shows each unit what escalated to it, and the office and leaders every late request', async () => {
    const { admin, leader, eastManager, westManager, hrss } = county().agents
    const late = sorted(requests.third, requests.second, requests.office)
    expect(await escalatedTo(admin)).toEqual(late)
    expect(await escalatedTo(leader)).toEqual(late)
    // A level's head and its staff alike; a higher level only what climbed that far.
    expect(await escalatedTo(people.inspectHead)).toEqual(sorted(requests.third, requests.second))
    expect(await escalatedTo(people.inspectStaff)).toEqual(sorted(requests.third, requests.second))
    expect(await escalatedTo(people.govHead)).toEqual([requests.third])
    // The project's own unit and the department handling it read the requests, but supervise none of them.
    for (const agent of [eastManager, industry(), westManager, hrss]) expect(await escalatedTo(agent)).toEqual([])
  })

  it('names the level each request is at now, with its project', async () => {
    const nodes = (await people.inspectHead.request(EscalatedList)).data!.escalatedSupportRequests.edges
    const byId = Object.fromEntries(nodes.map(({ node }) => [node.uuid, node]))
    expect(byId[requests.third]).toMatchObject({
      escalationLevel: 3,
      escalationLabel: '县政府办',
      project: { title: '新材料中试基地' },
    })
    expect(byId[requests.second]).toMatchObject({ escalationLevel: 2, escalationLabel: '县委督查室' })
  })

  it('drops a request once it is settled; the supervising unit still opens it', async () => {
    const id = await request(true)
    await run(firstPass)
    await run(await after(firstPass, 2))
    expect(await escalatedTo(people.inspectStaff)).toContain(id)
    await db().prisma.supportRequest.update({
      where: { id },
      data: { status: 'RESOLVED', resolution: '已拨付', resolvedAt: new Date() },
    })
    expect(await escalatedTo(people.inspectStaff)).not.toContain(id)
    expect((await opened(people.inspectStaff, id))?.uuid).toBe(id)
  })
})

describe('a unit at a level', () => {
  it('lists and opens what escalated to it, with its project, and nothing that did not', async () => {
    expect(await listed(people.inspectHead)).toEqual(expect.arrayContaining([requests.third, requests.second]))
    expect(await listed(people.inspectHead)).not.toContain(requests.office)
    expect(await listed(people.govHead)).toEqual([requests.third])

    const seen = await opened(people.inspectHead, requests.second)
    expect(seen).toMatchObject({ uuid: requests.second, escalationLabel: '县委督查室' })
    // Which project and whose, the contact masked, and none of the project's own follow-ups.
    expect(seen?.project).toMatchObject({ title: '新材料中试基地', talent: { name: '李四' }, activities: [] })
    expect(seen?.project?.talent.phone).toMatch(/\*/)
    expect(seen?.events.filter((event) => event.kind === 'ESCALATED').map((event) => event.toUnit?.name)).toEqual([
      '人才办',
      '县委督查室',
    ])
    // A department's staff at the level see the project too, though the request is with another department.
    expect((await opened(people.inspectStaff, requests.second))?.project?.title).toBe('新材料中试基地')

    expect(await opened(people.inspectHead, requests.office)).toBeNull()
    expect(await opened(people.govHead, requests.second)).toBeNull()
    expect(await opened(county().agents.westManager, requests.third)).toBeNull()
  })

  it('gets no way into the project itself, and takes no step on the request', async () => {
    const project = await people.inspectHead.request(ProjectByNode, { id: globalId('Project', projectId) })
    expect(project.data?.node).toBeNull()

    const before = await db().prisma.supportRequest.findUniqueOrThrow({ where: { id: requests.third } })
    const step = { clientMutationId: ids().clientMutationId, id: requests.third, version: before.version }
    const assign = await mutate(people.inspectHead, AssignSupportRequest, { ...step, departmentId: industryUnitId() })
    expect(assign.code).toBe('FORBIDDEN')
    const progress = await mutate(people.inspectStaff, RecordSupportProgress, { ...step, note: '督办中' })
    expect(progress.code).toBe('FORBIDDEN')
    expect(await db().prisma.supportRequest.findUniqueOrThrow({ where: { id: requests.third } })).toEqual(before)
  })
})

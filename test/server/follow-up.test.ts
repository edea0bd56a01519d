// Follow-ups: logging and editing one's own activities, the next date, my follow-ups, and the 三色 light.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { globalId, ids, mutate, op, smallCounty, talentWithProject } from '../support/pipeline.ts'
import { EditActivity, LogActivity } from '../support/documents.ts'
import { graphql } from '../support/graphql.ts'

const LogActivityWithProject = graphql(`
  mutation LogActivityWithProject($input: LogActivityInput!) {
    logActivity(input: $input) {
      uuid
      project { lastActivityAt nextFollowUpAt firstContactedAt light }
    }
  }
`)

const MyFollowUps = graphql(`
  query MyFollowUps($w: FollowUpWindow!) {
    myFollowUps(window: $w) {
      uuid
      light
    }
  }
`)

const ProjectLights = graphql(`
  query ProjectLights {
    projects(first: 50) {
      edges { node { uuid light deadlines { kind } } }
    }
  }
`)

const LastActivities = graphql(`
  query LastActivities {
    projects(first: 50) {
      edges { node { uuid lastActivity { summary } } }
    }
  }
`)

const ProjectFollowUp = graphql(`
  query ProjectFollowUp($id: ID!) {
    node(id: $id) {
      ... on Project { lastActivityAt nextFollowUpAt lastActivity { summary occurredAt } }
    }
  }
`)

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString()

describe('follow-ups', () => {
  it(
    'logs an activity that sets the project’s last contact and next follow-up, ' + 'and lists it for the owner',
    async () => {
      const { eastStaff } = county.agents
      const { projectId } = await talentWithProject(eastStaff, { phone: '13800001001' })
      const logged = await mutate(eastStaff, LogActivityWithProject, {
        ...ids(),
        projectId,
        kind: 'CALL',
        occurredAt: days(0),
        summary: '电话沟通',
        nextFollowUpAt: days(-1),
      })
      expect(logged.errors).toBeUndefined()
      expect(logged.data!.project.light).toBe('RED')
      expect(Date.parse(logged.data!.project.nextFollowUpAt!)).toBeLessThan(Date.now())
      expect(logged.data!.project.firstContactedAt).not.toBeNull()
      const overdue = await eastStaff.request(MyFollowUps, { w: 'OVERDUE' })
      expect(overdue.data?.myFollowUps).toContainEqual({ uuid: projectId, light: 'RED' })
      expect((await county.agents.eastStaff2.request(MyFollowUps, { w: 'OVERDUE' })).data?.myFollowUps).toEqual([])
    },
  )

  it('puts a follow-up due tomorrow in this week’s list with a yellow light', async () => {
    const { eastStaff } = county.agents
    const { projectId } = await talentWithProject(eastStaff, { phone: '13800001002' })
    const logged = await mutate(eastStaff, LogActivity, {
      ...ids(),
      projectId,
      kind: 'VISIT',
      occurredAt: days(0),
      summary: '走访',
      nextFollowUpAt: days(1),
    })
    expect(logged.errors).toBeUndefined()
    const project = await eastStaff.request(ProjectLights)
    const node = project.data?.projects.edges.find((edge) => edge.node.uuid === projectId)?.node
    expect(node?.light).toBe('YELLOW')
    expect(node?.deadlines.map((deadline) => deadline.kind)).toContain('FOLLOW_UP')
  })

  it('lets only the author edit an activity, under its version', async () => {
    const { eastStaff, eastManager } = county.agents
    const { projectId } = await talentWithProject(eastStaff, { phone: '13800001003' })
    const logged = await mutate(eastStaff, LogActivity, {
      ...ids(),
      projectId,
      kind: 'NOTE',
      occurredAt: days(0),
      summary: '初稿',
    })
    const id = logged.data!.uuid
    expect((await mutate(eastManager, EditActivity, { ...op(), id, version: 1, summary: '经理改' })).code).toBe(
      'FORBIDDEN',
    )
    expect((await mutate(eastStaff, EditActivity, { ...op(), id, version: 1, summary: '定稿' })).data).toEqual({
      id: globalId('Activity', id),
      uuid: id,
      version: 2,
      summary: '定稿',
    })
    expect((await mutate(eastStaff, EditActivity, { ...op(), id, version: 1, summary: '旧稿' })).code).toBe('CONFLICT')
  })

  it('shows the newest activity as the project’s last one, whatever order they are logged or re-dated in', async () => {
    const { eastStaff } = county.agents
    const { projectId } = await talentWithProject(eastStaff, { phone: '13800001005' })
    const lastOf = async () => {
      const page = await eastStaff.request(LastActivities)
      return page.data?.projects.edges.find((edge) => edge.node.uuid === projectId)?.node.lastActivity
    }
    expect(await lastOf()).toBeNull()
    const visit = await mutate(eastStaff, LogActivity, {
      ...ids(),
      projectId,
      kind: 'VISIT',
      occurredAt: days(-1),
      summary: '昨天走访',
    })
    expect(await lastOf()).toEqual({ summary: '昨天走访' })
    // Logged later, but it happened earlier: the visit stays the last activity.
    const call = await mutate(eastStaff, LogActivity, {
      ...ids(),
      projectId,
      kind: 'CALL',
      occurredAt: days(-3),
      summary: '三天前的电话',
    })
    expect(call.errors).toBeUndefined()
    expect(await lastOf()).toEqual({ summary: '昨天走访' })
    // The visit re-dated to before the call: the call becomes the last activity.
    const redated = await mutate(eastStaff, EditActivity, {
      ...op(),
      id: visit.data!.uuid,
      version: visit.data!.version,
      occurredAt: days(-5),
    })
    expect(redated.errors).toBeUndefined()
    expect(await lastOf()).toEqual({ summary: '三天前的电话' })
  })

  it(
    'keeps the newest of follow-ups logged at the same moment as the project’s last one, with its time and next ' +
      'date',
    async () => {
      const { eastStaff } = county.agents
      const { projectId } = await talentWithProject(eastStaff, { phone: '13800001006' })
      const times = [-2, -1, -4].map((day) => ({ occurredAt: days(day), nextFollowUpAt: days(day + 7) }))
      const logged = await Promise.all(
        times.map((time, i) =>
          mutate(eastStaff, LogActivity, { ...ids(), projectId, kind: 'CALL', summary: `电话 ${i}`, ...time }),
        ),
      )
      expect(logged.map((result) => result.errors)).toEqual([undefined, undefined, undefined])
      const node = await eastStaff.request(ProjectFollowUp, { id: globalId('Project', projectId) })
      const project = node.data?.node
      if (!project || !('lastActivity' in project)) throw new Error(`no project ${projectId}`)
      expect(project.lastActivity?.summary).toBe('电话 1')
      expect(Date.parse(project.lastActivityAt!)).toBe(Date.parse(times[1]!.occurredAt))
      expect(Date.parse(project.lastActivity!.occurredAt)).toBe(Date.parse(times[1]!.occurredAt))
      expect(Date.parse(project.nextFollowUpAt!)).toBe(Date.parse(times[1]!.nextFollowUpAt))
    },
  )

  it('keeps the last activity true when one writer deletes it while another logs an older one, without a ' +
    'deadlock', async () => {
    const { eastStaff } = county.agents
    const author = county.people.eastStaff.id
    const p = db.prisma
    const at = (hour: number) => new Date(Date.UTC(2026, 7, 3, hour))
    const pause = () => new Promise((resolve) => setTimeout(resolve, 20))
    for (const deleteFirst of [true, false, true, false]) {
      const { projectId } = await talentWithProject(eastStaff, { phone: '13800001007' })
      await p.activity.create({
        data: { projectId, kind: 'CALL', occurredAt: at(3), summary: '最早', authorId: author },
      })
      const newest = await p.activity.create({
        data: { projectId, kind: 'CALL', occurredAt: at(9), summary: '最新', authorId: author },
      })
      await Promise.all([
        p.$transaction(async (tx) => {
          if (!deleteFirst) await pause()
          await tx.activity.delete({ where: { id: newest.id } })
          await pause()
        }),
        p.$transaction(async (tx) => {
          if (deleteFirst) await pause()
          await tx.project.update({ where: { id: projectId }, data: { industry: '数字经济' } })
          await tx.activity.create({
            data: { projectId, kind: 'VISIT', occurredAt: at(7), summary: '其次', authorId: author },
          })
          await pause()
        }),
      ])
      const project = await p.project.findUniqueOrThrow({
        where: { id: projectId },
        select: { lastActivityAt: true, lastActivity: { select: { summary: true } } },
      })
      expect(project).toEqual({ lastActivityAt: at(7), lastActivity: { summary: '其次' } })
    }
  }, 60_000)

  it('refuses an activity dated in the future, writing nothing', async () => {
    const { eastStaff } = county.agents
    const { projectId } = await talentWithProject(eastStaff, { phone: '13800001004' })
    const future = await mutate(eastStaff, LogActivity, {
      ...ids(),
      projectId,
      kind: 'CALL',
      occurredAt: days(2),
      summary: '明天的电话',
    })
    expect(future.code).toBe('BAD_USER_INPUT')
    expect(future.message).toMatch(/不能晚于现在/)
    expect(await db.prisma.activity.count({ where: { projectId } })).toBe(0)
  })
})

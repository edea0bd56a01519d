// Follow-ups: logging and editing one's own activities, the next date, my follow-ups, and the 三色 light.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { globalId, ids, mutateField, op, smallCounty, talentWithProject } from '../support/pipeline.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString()
const myFollowUps = `query ($w: FollowUpWindow!) { myFollowUps(window: $w) { uuid light } }`

describe('follow-ups', () => {
  it(
    'logs an activity that sets the project’s last contact and next follow-up, ' + 'and lists it for the owner',
    async () => {
      const { eastStaff } = county.agents
      const { projectId } = await talentWithProject(eastStaff, { phone: '13800001001' })
      const logged = await mutateField(
        eastStaff,
        'logActivity',
        { ...ids(), projectId, kind: 'CALL', occurredAt: days(0), summary: '电话沟通', nextFollowUpAt: days(-1) },
        'uuid project { lastActivityAt nextFollowUpAt firstContactedAt light }',
      )
      expect(logged.errors).toBeUndefined()
      expect(logged.data!.project.light).toBe('RED')
      expect(Date.parse(logged.data!.project.nextFollowUpAt)).toBeLessThan(Date.now())
      expect(logged.data!.project.firstContactedAt).not.toBeNull()
      const overdue = await eastStaff.requestText(myFollowUps, { w: 'OVERDUE' })
      expect(overdue.data?.myFollowUps).toContainEqual({ uuid: projectId, light: 'RED' })
      expect((await county.agents.eastStaff2.requestText(myFollowUps, { w: 'OVERDUE' })).data?.myFollowUps).toEqual([])
    },
  )

  it('puts a follow-up due tomorrow in this week’s list with a yellow light', async () => {
    const { eastStaff } = county.agents
    const { projectId } = await talentWithProject(eastStaff, { phone: '13800001002' })
    await mutateField(
      eastStaff,
      'logActivity',
      { ...ids(), projectId, kind: 'VISIT', occurredAt: days(0), summary: '走访', nextFollowUpAt: days(1) },
      'uuid',
    )
    const project = await eastStaff.requestText(
      `{ projects(first: 50) { edges { node { uuid light deadlines { kind } } } } }`,
    )
    const node = project.data?.projects.edges.find(
      (edge: { node: { uuid: string } }) => edge.node.uuid === projectId,
    )?.node
    expect(node.light).toBe('YELLOW')
    expect(node.deadlines.map((deadline: { kind: string }) => deadline.kind)).toContain('FOLLOW_UP')
  })

  it('lets only the author edit an activity, under its version', async () => {
    const { eastStaff, eastManager } = county.agents
    const { projectId } = await talentWithProject(eastStaff, { phone: '13800001003' })
    const logged = await mutateField(
      eastStaff,
      'logActivity',
      { ...ids(), projectId, kind: 'NOTE', occurredAt: days(0), summary: '初稿' },
      'uuid version',
    )
    const id = logged.data!.uuid
    expect(
      (await mutateField(eastManager, 'editActivity', { ...op(), id, version: 1, summary: '经理改' }, 'summary')).code,
    ).toBe('FORBIDDEN')
    expect(
      (await mutateField(eastStaff, 'editActivity', { ...op(), id, version: 1, summary: '定稿' }, 'summary version'))
        .data,
    ).toEqual({ summary: '定稿', version: 2 })
    expect(
      (await mutateField(eastStaff, 'editActivity', { ...op(), id, version: 1, summary: '旧稿' }, 'summary')).code,
    ).toBe('CONFLICT')
  })

  it('shows the newest activity as the project’s last one, whatever order they are logged or re-dated in', async () => {
    const { eastStaff } = county.agents
    const { projectId } = await talentWithProject(eastStaff, { phone: '13800001005' })
    const lastOf = async () => {
      const page = await eastStaff.requestText(
        `{ projects(first: 50) { edges { node { uuid lastActivity { summary } } } } }`,
      )
      return page.data?.projects.edges.find((edge: { node: { uuid: string } }) => edge.node.uuid === projectId)?.node
        .lastActivity
    }
    expect(await lastOf()).toBeNull()
    const visit = await mutateField(
      eastStaff,
      'logActivity',
      { ...ids(), projectId, kind: 'VISIT', occurredAt: days(-1), summary: '昨天走访' },
      'uuid version',
    )
    expect(await lastOf()).toEqual({ summary: '昨天走访' })
    // Logged later, but it happened earlier: the visit stays the last activity.
    await mutateField(
      eastStaff,
      'logActivity',
      { ...ids(), projectId, kind: 'CALL', occurredAt: days(-3), summary: '三天前的电话' },
      'uuid',
    )
    expect(await lastOf()).toEqual({ summary: '昨天走访' })
    // The visit re-dated to before the call: the call becomes the last activity.
    const redated = await mutateField(
      eastStaff,
      'editActivity',
      { ...op(), id: visit.data!.uuid, version: visit.data!.version, occurredAt: days(-5) },
      'version',
    )
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
          mutateField(
            eastStaff,
            'logActivity',
            { ...ids(), projectId, kind: 'CALL', summary: `电话 ${i}`, ...time },
            'uuid',
          ),
        ),
      )
      expect(logged.map((result) => result.errors)).toEqual([undefined, undefined, undefined])
      const node = await eastStaff.requestText(
        `query ($id: ID!) { node(id: $id) { ... on Project { lastActivityAt nextFollowUpAt lastActivity { summary ` +
          `occurredAt } } } }`,
        { id: globalId('Project', projectId) },
      )
      const project = node.data?.node
      expect(project.lastActivity.summary).toBe('电话 1')
      expect(Date.parse(project.lastActivityAt)).toBe(Date.parse(times[1]!.occurredAt))
      expect(Date.parse(project.lastActivity.occurredAt)).toBe(Date.parse(times[1]!.occurredAt))
      expect(Date.parse(project.nextFollowUpAt)).toBe(Date.parse(times[1]!.nextFollowUpAt))
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
    const future = await mutateField(
      eastStaff,
      'logActivity',
      { ...ids(), projectId, kind: 'CALL', occurredAt: days(2), summary: '明天的电话' },
      'uuid',
    )
    expect(future.code).toBe('BAD_USER_INPUT')
    expect(future.message).toMatch(/不能晚于现在/)
    expect(await db.prisma.activity.count({ where: { projectId } })).toBe(0)
  })
})

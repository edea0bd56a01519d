// The inbox's timers: an owner hears of a follow-up due today or overdue once per due day, however many runs or
// processes; nobody is told on a holiday; and notices older than 180 days are deleted, the rest kept. Marking
// read: replayed, it changes nothing more; "all read" stops at the moment the phone saw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { op, smallCounty, talentWithProject, mutate } from '../support/pipeline.ts'
import { MarkAllNoticesRead, MarkNoticesRead, Notices } from '../support/notice-documents.ts'
import { Scheduler } from '../../server/src/jobs/scheduler.ts'
import { deleteOldNotices, followUpDueJob, noticeFollowUpsDue } from '../../server/src/schema/notice/notice-jobs.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let projectId: string
beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  ;({ projectId } = await talentWithProject(county.agents.eastStaff))
  // 2026-10-01 to 10-07 is the National Day holiday (the official calendar has it; made sure of here);
  // 10-08 a Thursday worked as usual.
  await db.prisma.calendarDay.createMany({
    skipDuplicates: true,
    data: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'].map((day) => ({
      date: new Date(`${day}T00:00:00Z`),
      working: false,
      name: '国庆节',
    })),
  })
})
afterAll(() => db?.close())

const ownersNotices = () =>
  db.prisma.notice.findMany({ where: { userId: county.people.eastStaff.id, kind: 'FOLLOW_UP_DUE' } })
const dueOn = (at: string) =>
  db.prisma.project.update({ where: { id: projectId }, data: { nextFollowUpAt: new Date(at) } })

describe('follow-ups due', () => {
  it('tell nobody on a holiday, and the owner on the next working day, once however many schedulers run', async () => {
    await dueOn('2026-10-02T02:00:00Z')
    expect(await noticeFollowUpsDue(db.prisma, new Date('2026-10-02T01:00:00Z'))).toEqual([])
    expect(await noticeFollowUpsDue(db.prisma, new Date('2026-10-06T01:00:00Z'))).toEqual([])
    const clock = { now: new Date('2026-10-08T00:30:00Z') }
    const schedulers = [0, 1, 2].map(
      () => new Scheduler(db.prisma, [followUpDueJob(db.prisma)], { now: () => clock.now }),
    )
    await Promise.all(schedulers.map((scheduler) => scheduler.tick()))
    clock.now = new Date('2026-10-08T05:00:00Z')
    await Promise.all(schedulers.map((scheduler) => scheduler.tick()))
    await noticeFollowUpsDue(db.prisma, new Date('2026-10-09T01:00:00Z'))
    const told = await ownersNotices()
    expect(told).toHaveLength(1)
    expect(told[0]!.params).toEqual({ project: '新材料中试基地', day: '2026-10-02', overdue: true })
    const seen = await county.agents.eastStaff.request(Notices, { first: 10 })
    expect(seen.data!.notices.edges[0]!.node).toMatchObject({ title: '跟进已逾期：新材料中试基地' })
  })

  it('tell a follow-up set for today, as due today, and not one set for tomorrow', async () => {
    await dueOn('2026-10-12T08:00:00Z')
    await noticeFollowUpsDue(db.prisma, new Date('2026-10-11T01:00:00Z'))
    expect(await ownersNotices()).toHaveLength(1)
    await noticeFollowUpsDue(db.prisma, new Date('2026-10-12T01:00:00Z'))
    const today = (await ownersNotices()).find((notice) => (notice.params as { day: string }).day === '2026-10-12')
    expect(today?.params).toMatchObject({ overdue: false })
  })
})

describe('marking read', () => {
  it('is applied once when replayed, and "all read" leaves what came after the phone’s view unread', async () => {
    const { eastStaff } = county.agents
    const [first] = await ownersNotices()
    const input = { ...op(), ids: [first!.id] }
    const marked = await mutate(eastStaff, MarkNoticesRead, input)
    expect(marked.data).toMatchObject({ unreadNoticeCount: 1, notices: [{ readAt: expect.any(String) }] })
    const readAt = (await db.prisma.notice.findUniqueOrThrow({ where: { id: first!.id } })).readAt
    const again = await mutate(eastStaff, MarkNoticesRead, input)
    expect(again.data).toMatchObject({ unreadNoticeCount: 1 })
    expect((await db.prisma.notice.findUniqueOrThrow({ where: { id: first!.id } })).readAt).toEqual(readAt)
    expect(await db.prisma.auditLog.count({ where: { action: 'markNoticesRead' } })).toBe(1)
    // Someone else's ids mark nothing of theirs.
    const other = await mutate(county.agents.westStaff, MarkNoticesRead, { ...op(), ids: [first!.id] })
    expect(other.data).toMatchObject({ unreadNoticeCount: 0, notices: [] })

    const all = await mutate(eastStaff, MarkAllNoticesRead, { ...op(), before: '2026-10-11T00:00:00Z' })
    expect(all.data!.unreadNoticeCount).toBe(1)
    const rest = await mutate(eastStaff, MarkAllNoticesRead, { ...op(), before: new Date().toISOString() })
    expect(rest.data!.unreadNoticeCount).toBe(0)
  })
})

describe('retention', () => {
  it('deletes notices older than 180 days, and only those', async () => {
    const userId = county.people.westStaff.id
    const now = new Date('2027-06-30T00:00:00Z')
    const day = 86_400_000
    await db.prisma.notice.createMany({
      data: [181, 180.5, 179].map((age, index) => ({
        userId,
        kind: 'ACCOUNT_LOCKED' as const,
        causeKey: `old-${index}`,
        params: {},
        createdAt: new Date(now.getTime() - age * day),
      })),
    })
    await deleteOldNotices(db.prisma, now)
    const left = await db.prisma.notice.findMany({ where: { userId }, select: { causeKey: true } })
    expect(left.map((notice) => notice.causeKey)).toEqual(['old-2'])
  })
})

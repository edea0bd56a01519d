// The daily digest: at the office's time, county time, on working days only, everyone with something waiting
// gets one notice saying what — however many server processes tick. On PostgreSQL each "process" has its own
// pool; the embedded database has one process, played by schedulers sharing its client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { openDatabase, type Database } from '../../server/src/db/open.ts'
import { Scheduler } from '../../server/src/jobs/scheduler.ts'
import { dailyDigestJob, digestCounts, sendDailyDigest } from '../../server/src/schema/notice/digest.ts'
import { resetClock, setClock } from '../support/clock.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import { Notices } from '../support/notice-documents.ts'
import { ids, mutate, op, smallCounty, talentWithProject, type Agent } from '../support/pipeline.ts'
import { CreateSupportRequest, ReassignSupportRequest } from '../support/support-request-documents.ts'

let db: TestDatabase
let others: Database[] = []
let county: Awaited<ReturnType<typeof smallCounty>>
// Monday 1 March 2027; Tuesday the 2nd is made a holiday below.
const at = (county: string) => new Date(`${county}+08:00`)
const prismaOf = (index: number) => (index === 0 || !others.length ? db.prisma : others[index - 1]!.prisma)

const digests = () =>
  db.prisma.notice.findMany({
    where: { kind: 'DIGEST' },
    select: { causeKey: true, params: true, user: { select: { login: true } } },
    orderBy: [{ causeKey: 'asc' }, { userId: 'asc' }],
  })

beforeAll(async () => {
  db = await openTestDatabase()
  others = db.url ? await Promise.all([1, 2].map(() => openDatabase({ url: db.url }))) : []
  county = await smallCounty(db.prisma)
  const { eastStaff, eastManager, westStaff } = county.people
  const talent = await db.prisma.talent.create({ data: { name: '周子航' } })
  const project = await db.prisma.project.create({
    data: {
      title: '柔性电子中试线',
      talentId: talent.id,
      unitId: county.units.east.id,
      creditUnitId: county.units.east.id,
      sourceChannel: 'REFERRAL',
      createdById: eastStaff.id,
      ownerId: eastStaff.id,
      nextFollowUpAt: at('2027-02-26T10:00:00'),
    },
  })
  await db.prisma.supportRequest.create({
    data: {
      projectId: project.id,
      category: 'HOUSING',
      description: '人才公寓',
      departmentId: county.units.hrss.id,
      status: 'ASSIGNED',
      dueAt: at('2027-02-25T23:59:59'),
      createdById: eastManager.id,
    },
  })
  await db.prisma.notice.create({
    data: { userId: westStaff.id, kind: 'REPORT_ISSUED', causeKey: 'earlier', params: { report: '2月月报' } },
  })
  await db.prisma.calendarDay.create({ data: { date: new Date('2027-03-02'), working: false, name: '测试假日' } })
})
afterAll(async () => {
  await Promise.all(others.map((other) => other.close()))
  await db?.close()
})

describe('the daily digest', () => {
  it('waits for 08:30 county time', async () => {
    expect(await sendDailyDigest(db.prisma, at('2027-03-01T08:29:00'))).toBeNull()
    expect(await digests()).toEqual([])
  })

  it('goes out once that day to everyone with something waiting, however many processes tick', async () => {
    const clock = { now: at('2027-03-01T08:31:00').getTime() }
    const schedulers = [0, 1, 2].map(
      (index) => new Scheduler(prismaOf(index), [dailyDigestJob(prismaOf(index))], { now: () => new Date(clock.now) }),
    )
    // Ten minutes, the three ticking at once each minute: one digest each, made at the first tick.
    for (let minute = 0; minute < 10; minute++) {
      clock.now = at('2027-03-01T08:31:00').getTime() + minute * 60_000
      await Promise.all(schedulers.map((scheduler) => scheduler.tick()))
    }
    const direct = await Promise.all(
      [0, 1, 2].map((index) => sendDailyDigest(prismaOf(index), at('2027-03-01T12:00:00'))),
    )
    expect(direct).toEqual([null, null, null])
    expect(await digests()).toEqual([
      {
        causeKey: 'digest:2027-03-01',
        user: { login: 'east.staff' },
        params: expect.objectContaining({ followUps: 1 }),
      },
      { causeKey: 'digest:2027-03-01', user: { login: 'west.staff' }, params: expect.objectContaining({ unread: 1 }) },
      {
        causeKey: 'digest:2027-03-01',
        user: { login: 'hrss' },
        params: expect.objectContaining({ overdueRequests: 1 }),
      },
    ])
    const marker = await db.prisma.scheduledJob.findUniqueOrThrow({ where: { name: 'dailyDigest:sent' } })
    expect(marker.lastRunAt).toEqual(at('2027-03-01T08:31:00'))
  })

  it('says what waits, in the recipient’s words', async () => {
    const notice = await db.prisma.notice.findFirstOrThrow({
      where: { kind: 'DIGEST', userId: county.people.eastStaff.id },
    })
    expect(notice.params).toEqual({ day: '2027-03-01', followUps: 1, overdueRequests: 0, unread: 0 })
  })

  it('skips a statutory holiday and comes again the next working day', async () => {
    expect(await sendDailyDigest(db.prisma, at('2027-03-02T09:00:00'))).toBeNull()
    const next = await sendDailyDigest(db.prisma, at('2027-03-03T08:30:00'))
    expect(next?.map((notice) => notice.kind)).toEqual(['DIGEST', 'DIGEST', 'DIGEST'])
    expect((await digests()).filter((notice) => notice.causeKey === 'digest:2027-03-03')).toHaveLength(3)
  })

  it('follows the time the office sets', async () => {
    await db.prisma.setting.create({ data: { key: 'digest', value: { time: '17:00' } } })
    expect(await sendDailyDigest(db.prisma, at('2027-03-04T09:00:00'))).toBeNull()
    expect(await sendDailyDigest(db.prisma, at('2027-03-04T17:00:00'))).toHaveLength(3)
  })
})

describe('the digest’s unread notices', () => {
  // Two departments of their own, with no digest yet in their inboxes (a digest does not count digests).
  const now = at('2027-03-05T09:00:00')
  let industry: { id: string; agent: Agent }
  let housing: { id: string; agent: Agent }
  let handedOn: string

  const signIn = (login: string) => county.api.agent().login(login)
  const department = async (name: string, login: string) => {
    const unit = await createUnit(db.prisma, name, 'DEPARTMENT')
    const user = await createUser(db.prisma, login, 'DEPARTMENT', unit.id)
    return { unitId: unit.id, id: user.id, agent: await signIn(login) }
  }
  const inbox = async (agent: Agent) => {
    const { data } = await agent.request(Notices, { first: 50, unreadOnly: true })
    return { count: data!.unreadNoticeCount, about: data!.notices.edges.map((edge) => edge.node.subject?.uuid) }
  }

  beforeAll(async () => {
    // Signed in anew: the county's sessions began on the real clock, long before 2027.
    setClock(now)
    const [staff, manager] = [await signIn('east.staff'), await signIn('east.manager')]
    const from = await department('工信局', 'industry')
    const to = await department('住建局', 'housing')
    industry = from
    housing = to
    const { projectId } = await talentWithProject(staff)
    await db.prisma.project.update({ where: { id: projectId }, data: { stage: 'SIGNED' } })
    const ask = (description: string) =>
      mutate(manager, CreateSupportRequest, {
        ...ids(),
        projectId,
        category: 'HIRING',
        description,
        departmentId: from.unitId,
      })
    const request = (await ask('招工')).data!
    await ask('厂房审批')
    handedOn = request.uuid
    const hop = await mutate(from.agent, ReassignSupportRequest, {
      ...op(),
      id: request.uuid,
      version: request.version,
      departmentId: to.unitId,
      reason: '厂房归住建局审批',
    })
    expect(hop.errors).toBeUndefined()
  })
  afterAll(() => resetClock())

  it('leaves out a request’s notice once the department handed the request on, as its bell does', async () => {
    expect(await db.prisma.notice.count({ where: { userId: industry.id, readAt: null } })).toBe(2)
    const bell = await inbox(industry.agent)
    expect(bell.about).not.toContain(handedOn)
    expect(bell.count).toBe(1)
    expect((await digestCounts(db.prisma, now)).get(industry.id)?.unread).toBe(bell.count)
  })

  it('counts it for the department it went to', async () => {
    const bell = await inbox(housing.agent)
    expect(bell).toEqual({ count: 1, about: [handedOn] })
    expect((await digestCounts(db.prisma, now)).get(housing.id)?.unread).toBe(1)
  })
})

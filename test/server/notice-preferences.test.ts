// Who gets which notice by which channel: each user's choice over the defaults, through the API; deliveries
// queued once per (notice, channel) as the recipient chose; quiet hours holding a delivery until they end,
// except a locked account's.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { mutate, op, smallCounty } from '../support/pipeline.ts'
import { createUser } from '../support/fixtures.ts'
import { MyNotificationPreferences, SetNotificationPreferences } from '../support/notify-documents.ts'
import { registerChannel, type OutgoingNotice } from '../../server/src/notify/channels.ts'
import { queueDeliveries } from '../../server/src/notify/queue-deliveries.ts'
import type { NoticeKind } from '../../server/src/domain/notice-delivery.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
const unregister: (() => void)[] = []
beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterEach(() => {
  for (const off of unregister.splice(0)) off()
})
afterAll(() => db?.close())

const noSend = async () => ({ ok: true })
function channelsOn(...names: ('WEB_PUSH' | 'WEBHOOK')[]) {
  for (const channel of names) unregister.push(registerChannel({ channel, send: noSend }))
}
async function webhookOn(defaultKinds: NoticeKind[] = ['SUPPORT_ESCALATED']) {
  await db.prisma.webhookEndpoint.upsert({
    where: { id: 'office' },
    create: { id: 'office', url: 'http://127.0.0.1:9/', secret: 'x'.repeat(32), defaultKinds },
    update: { enabled: true, defaultKinds },
  })
}

const notice = (userId: string, kind: NoticeKind): OutgoingNotice => ({
  noticeId: uuidv7(),
  userId,
  kind,
  title: '诉求已升级督办',
  body: '“东部园区人才公寓”超期未办结',
  url: '/requests/1',
  createdAt: new Date(),
})
const queue = (notices: OutgoingNotice[], now: Date) =>
  db.prisma.$transaction((tx) => queueDeliveries(tx, notices, now))
const deliveriesOf = (notices: OutgoingNotice[]) =>
  db.prisma.noticeDelivery.findMany({
    where: { noticeId: { in: notices.map((n) => n.noticeId) } },
    orderBy: [{ noticeId: 'asc' }, { channel: 'asc' }],
  })

// 2027-03-01 is a Monday; county time is UTC+8.
const noonInCounty = new Date('2027-03-01T12:00:00+08:00')
const lateInCounty = new Date('2027-03-01T23:15:00+08:00')

describe('notification preferences', () => {
  it('start at the defaults: push for what one must act on, quiet 22:00–07:30', async () => {
    channelsOn('WEB_PUSH')
    const { data } = await county.agents.eastStaff.request(MyNotificationPreferences)
    const prefs = data!.myNotificationPreferences
    expect(prefs.saved).toBe(false)
    expect(prefs.quietHours).toEqual({ start: '22:00', end: '07:30' })
    expect(prefs.pushAvailable).toBe(true)
    expect(prefs.webhookAvailable).toBe(false)
    const pushed = prefs.kinds.filter((row) => row.webPush).map((row) => row.kind)
    expect(pushed).toEqual(expect.arrayContaining(['PROJECT_ASSIGNED', 'SUPPORT_ESCALATED', 'ACCOUNT_LOCKED']))
    expect(pushed).not.toContain('DIGEST')
  })

  it('are saved whole by their owner, audited, and refused with a Chinese message when wrong', async () => {
    const agent = county.agents.westStaff
    const kinds = [{ kind: 'DIGEST' as const, webPush: true, webhook: false }]
    const saved = await mutate(agent, SetNotificationPreferences, {
      ...op(),
      kinds,
      quietHours: { start: '21:30', end: '08:00' },
    })
    expect(saved.data?.saved).toBe(true)
    expect(saved.data?.kinds.filter((row) => row.webPush).map((row) => row.kind)).toEqual(['DIGEST'])
    expect(saved.data?.quietHours).toEqual({ start: '21:30', end: '08:00' })
    const other = (await county.agents.eastManager.request(MyNotificationPreferences)).data!.myNotificationPreferences
    expect(other.saved).toBe(false)
    expect(await db.prisma.auditLog.count({ where: { action: 'setNotificationPreferences' } })).toBe(1)

    const wrong = await mutate(agent, SetNotificationPreferences, {
      ...op(),
      kinds,
      quietHours: { start: '25:00', end: '08:00' },
    })
    expect(wrong.code).toBe('BAD_USER_INPUT')
    expect(wrong.message).toBe('时间格式应为 HH:MM（00:00–23:59）')
    const same = await mutate(agent, SetNotificationPreferences, {
      ...op(),
      kinds,
      quietHours: { start: '08:00', end: '08:00' },
    })
    expect(same.message).toBe('免打扰的开始与结束时间不能相同')
    const row = await db.prisma.notificationPreference.findUniqueOrThrow({
      where: { userId: county.people.westStaff.id },
    })
    expect([row.quietStart, row.quietEnd]).toEqual([21 * 60 + 30, 8 * 60])
  })

  it('queue one delivery per (notice, channel) the recipient wants, and nothing on a second call', async () => {
    channelsOn('WEB_PUSH', 'WEBHOOK')
    await webhookOn(['SUPPORT_ESCALATED'])
    const staff = county.people.eastStaff.id
    const notices = [notice(staff, 'SUPPORT_ESCALATED'), notice(staff, 'PROJECT_ASSIGNED'), notice(staff, 'DIGEST')]
    expect(await queue(notices, noonInCounty)).toBe(3)
    expect(await queue(notices, noonInCounty)).toBe(0)
    const rows = await deliveriesOf(notices)
    const byNotice = (n: OutgoingNotice) => rows.filter((row) => row.noticeId === n.noticeId).map((row) => row.channel)
    expect(byNotice(notices[0]!)).toEqual(['WEB_PUSH', 'WEBHOOK'])
    expect(byNotice(notices[1]!)).toEqual(['WEB_PUSH'])
    expect(byNotice(notices[2]!)).toEqual([])
    expect(rows.every((row) => row.status === 'PENDING' && row.attempts === 0)).toBe(true)
    expect(rows.every((row) => row.nextAttemptAt.getTime() === noonInCounty.getTime())).toBe(true)
  })

  it('follow a saved choice, and queue nothing for a channel the server cannot send by', async () => {
    channelsOn('WEB_PUSH')
    await webhookOn(['SUPPORT_ESCALATED'])
    const west = county.people.westStaff.id // saved above: push for DIGEST only
    const notices = [notice(west, 'DIGEST'), notice(west, 'SUPPORT_ESCALATED')]
    await queue(notices, noonInCounty)
    expect((await deliveriesOf(notices)).map((row) => [row.kind, row.channel])).toEqual([['DIGEST', 'WEB_PUSH']])
  })

  it('leave a deactivated account’s notices in its inbox only', async () => {
    channelsOn('WEB_PUSH')
    const gone = await createUser(db.prisma, 'gone.staff', 'STAFF', county.units.east.id)
    await db.prisma.user.update({ where: { id: gone.id }, data: { active: false } })
    const notices = [notice(gone.id, 'PROJECT_ASSIGNED')]
    expect(await queue(notices, noonInCounty)).toBe(0)
  })

  it('hold a delivery due in quiet hours until they end, except a locked account’s', async () => {
    channelsOn('WEB_PUSH')
    const staff = county.people.eastManager.id
    const notices = [notice(staff, 'PROJECT_ASSIGNED'), notice(staff, 'ACCOUNT_LOCKED')]
    await queue(notices, lateInCounty)
    const rows = await deliveriesOf(notices)
    const at = (kind: string) => rows.find((row) => row.kind === kind)!.nextAttemptAt.toISOString()
    expect(at('PROJECT_ASSIGNED')).toBe(new Date('2027-03-02T07:30:00+08:00').toISOString())
    expect(at('ACCOUNT_LOCKED')).toBe(lateInCounty.toISOString())
  })
})

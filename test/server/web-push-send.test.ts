// Sending a notice by Web Push to a push service on 127.0.0.1: the body arrives encrypted (aes128gcm) to the
// subscription's keys and only those keys open it; the request carries a VAPID token signed by the server's key;
// a push service that has forgotten the subscription (410) gets it deleted, one that fails is tried again later.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { sendWebPush } from '../../server/src/notify/web-push/send.ts'
import { webPushChannel } from '../../server/src/notify/web-push/channel.ts'
import { webPushKeys } from '../../server/src/notify/web-push/vapid-keys.ts'
import type { OutgoingNotice } from '../../server/src/notify/web-push/types.ts'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import { browserSubscriptionKeys, startPushService, verifiedVapidClaims } from '../support/push-service.ts'

let db: TestDatabase
let pushService: Awaited<ReturnType<typeof startPushService>>
let userId: string
beforeAll(async () => {
  db = await openTestDatabase()
  pushService = await startPushService()
  const unit = await createUnit(db.prisma, '东部园区')
  userId = (await createUser(db.prisma, 'push.staff', 'STAFF', unit.id)).id
})
afterAll(async () => {
  await pushService?.close()
  await db?.close()
})

const subject = 'mailto:talent-office@county.example'

function notice(change: Partial<OutgoingNotice> = {}): OutgoingNotice {
  return {
    noticeId: uuidv7(),
    userId,
    kind: 'FOLLOW_UP_DUE',
    title: '线索待首次联系：张伟',
    body: '高性能复合材料中试，明天到期',
    url: '/projects/0193a4c2-0000-7000-8000-000000000001',
    createdAt: new Date('2027-03-01T09:00:00+08:00'),
    ...change,
  }
}

async function subscribe(path: string) {
  const keys = browserSubscriptionKeys()
  await db.prisma.pushSubscription.create({
    data: { userId, endpoint: pushService.endpoint(path), p256dh: keys.p256dh, auth: keys.auth },
  })
  return keys
}

const pushesTo = (path: string) => pushService.received.filter((push) => push.path === path)
const endpoints = async () =>
  (await db.prisma.pushSubscription.findMany({ where: { userId }, orderBy: { endpoint: 'asc' } })).map((row) =>
    row.endpoint.slice(pushService.origin.length),
  )

/** The pipeline's delivery row, as the channel is handed it (it reads nothing of it). */
const attempt = { id: '01900000-0000-7000-8000-0000000000d1', channel: 'WEB_PUSH' as const, attempts: 1 }

describe(`sending a notice by Web Push on ${testDatabaseKind}`, () => {
  it('reaches each of the user’s browsers encrypted to its own keys, signed with the server’s key', async () => {
    const phone = await subscribe('/phone')
    const laptop = await subscribe('/laptop')
    const sent = notice()
    const outcomes = await sendWebPush(db.prisma, sent, { subject })
    expect(outcomes.map((outcome) => outcome.result)).toEqual(['delivered', 'delivered'])

    const [push] = pushesTo('/phone')
    expect(push!.headers['content-encoding']).toBe('aes128gcm')
    expect(Number(push!.headers.ttl)).toBeGreaterThan(24 * 60 * 60)
    expect(push!.headers.urgency).toBe('normal')
    expect(push!.body.toString('utf8')).not.toContain('张伟')
    expect(JSON.parse(phone.decrypt(push!.body))).toEqual({
      title: sent.title,
      body: sent.body,
      url: sent.url,
      noticeId: sent.noticeId,
    })
    // The laptop's copy opens with the laptop's keys, not the phone's.
    expect(JSON.parse(laptop.decrypt(pushesTo('/laptop')[0]!.body)).noticeId).toBe(sent.noticeId)
    expect(() => phone.decrypt(pushesTo('/laptop')[0]!.body)).toThrow()

    const { key, claims } = verifiedVapidClaims(String(push!.headers.authorization))
    expect(key).toBe((await webPushKeys(db.prisma)).publicKey)
    expect(claims.aud).toBe(pushService.origin)
    expect(claims.sub).toBe(subject)
    expect(Number(claims.exp)).toBeGreaterThan(Date.now() / 1000)

    const rows = await db.prisma.pushSubscription.findMany({ where: { userId } })
    expect(rows.every((row) => row.lastSuccessAt !== null)).toBe(true)
  })

  it('asks for high urgency when an account is locked', async () => {
    await sendWebPush(db.prisma, notice({ kind: 'ACCOUNT_LOCKED', title: '账号已被锁定' }), { subject })
    expect(pushesTo('/phone').at(-1)!.headers.urgency).toBe('high')
  })

  it('deletes a subscription its push service has forgotten (410), and tries a failing one again', async () => {
    const gone = await subscribe('/gone')
    await subscribe('/busy')
    pushService.answer('/gone', 410)
    pushService.answer('/busy', 503)
    pushService.answer('/phone', 404)
    pushService.answer('/laptop', 503)
    const channel = webPushChannel(db.prisma, { subject })
    const result = await channel.send(attempt, notice())
    expect(result).toMatchObject({ ok: false, permanent: false, status: 503 })
    expect(await endpoints()).toEqual(['/busy', '/laptop'])
    expect(pushesTo('/gone')).toHaveLength(1)
    expect(gone.decrypt(pushesTo('/gone')[0]!.body)).toContain('线索待首次联系')

    // Once the push service recovers, the same delivery succeeds.
    pushService.answer('/busy', 201)
    expect(await channel.send(attempt, notice())).toMatchObject({ ok: true, status: 201 })
  })

  it('has nothing to try again for a user without subscriptions, or once every one is gone', async () => {
    pushService.answer('/busy', 410)
    pushService.answer('/laptop', 410)
    const channel = webPushChannel(db.prisma, { subject })
    expect(await channel.send(attempt, notice())).toMatchObject({ ok: false, permanent: true, status: 410 })
    expect(await endpoints()).toEqual([])
    expect(await channel.send(attempt, notice())).toMatchObject({ ok: false, permanent: true })
  })

  it('cuts a long text to fit a push, and leaves the url whole', async () => {
    const keys = await subscribe('/long')
    const sent = notice({ body: '长'.repeat(5000) })
    await sendWebPush(db.prisma, sent, { subject })
    const payload = JSON.parse(keys.decrypt(pushesTo('/long')[0]!.body)) as { body: string; url: string }
    expect(Array.from(payload.body).length).toBeLessThanOrEqual(600)
    expect(payload.body.endsWith('…')).toBe(true)
    expect(payload.url).toBe(sent.url)
  })
})

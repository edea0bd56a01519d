// The office's webhook against a real receiver on 127.0.0.1: signed POSTs, retried with backoff on 5xx and
// timeouts, stopped at once by a 4xx, each outcome recorded where the office reads it. The dispatcher's clock
// is the test's: each step passes the time the next attempt is due.
import { createHmac } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { mutate, op, smallCounty } from '../support/pipeline.ts'
import {
  NoticeDeliveriesQuery,
  OfficeWebhookQuery,
  RetryNoticeDelivery,
  SetOfficeWebhook,
} from '../support/notify-documents.ts'
import { registerChannel, type OutgoingNotice } from '../../server/src/notify/channels.ts'
import { queueDeliveries } from '../../server/src/notify/queue-deliveries.ts'
import { dispatchDue } from '../../server/src/notify/dispatcher.ts'
import { webhookChannel } from '../../server/src/notify/webhook-channel.ts'
import type { NoticeKind } from '../../server/src/domain/notice-delivery.ts'

interface Received {
  body: string
  signature: string
  timestamp: string
}
/** What the receiver answers next, per notice id: a status, or 'hang' to never answer. */
const script = new Map<string, (number | 'hang')[]>()
const received: Received[] = []
let receiver: Server
let url: string

function answer(request: IncomingMessage, response: ServerResponse) {
  let body = ''
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
  request.on('end', () => {
    received.push({
      body,
      signature: String(request.headers['x-talent-signature']),
      timestamp: String(request.headers['x-talent-timestamp']),
    })
    const next = script.get(JSON.parse(body).id)?.shift() ?? 200
    if (next === 'hang') return
    response.writeHead(next).end()
  })
}

const secret = 'county-gateway-secret-0123456789'
let unregister: () => void = () => {}
let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
beforeAll(async () => {
  receiver = createServer(answer)
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/talent`
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  // Files share a worker (vitest isolate: false): the channel is taken out again after this file.
  unregister = registerChannel(webhookChannel(db.prisma, { timeoutMs: 300 }))
  const saved = await mutate(county.agents.admin, SetOfficeWebhook, {
    ...op(),
    url,
    secret,
    enabled: true,
    defaultKinds: ['SUPPORT_ESCALATED', 'ACCOUNT_LOCKED'],
  })
  expect(saved.data).toMatchObject({ url, enabled: true, secretHint: '…6789', version: 1 })
})
beforeEach(() => {
  received.length = 0
})
afterAll(async () => {
  unregister()
  receiver.closeAllConnections()
  await new Promise((resolve) => receiver.close(resolve))
  await db?.close()
})

// Monday noon in the county (UTC+8): the first retries fall in the afternoon, the last one in the night.
const noon = new Date('2027-03-01T12:00:00+08:00')
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000)

async function queued(kind: NoticeKind, answers: (number | 'hang')[]) {
  const notice: OutgoingNotice = {
    noticeId: uuidv7(),
    userId: county.people.eastStaff.id,
    kind,
    title: '诉求已升级督办',
    body: '东部园区的一项诉求超期未办结',
    url: '/requests/1',
    createdAt: noon,
  }
  script.set(notice.noticeId, [...answers])
  await db.prisma.$transaction((tx) => queueDeliveries(tx, [notice], noon))
  const row = () =>
    db.prisma.noticeDelivery.findUniqueOrThrow({
      where: { noticeId_channel: { noticeId: notice.noticeId, channel: 'WEBHOOK' } },
    })
  return { notice, row }
}

describe('the office’s webhook', () => {
  it('is set by the office only, and its secret is never answered', async () => {
    const read = await county.agents.admin.request(OfficeWebhookQuery)
    expect(JSON.stringify(read.data)).not.toContain(secret)
    const manager = await county.agents.eastManager.request(OfficeWebhookQuery)
    expect(manager.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const first = await mutate(county.agents.admin, SetOfficeWebhook, {
      ...op(),
      url: 'ftp://gateway',
      enabled: true,
      defaultKinds: [],
    })
    expect(first.message).toBe('接收地址应以 http:// 或 https:// 开头')
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'setOfficeWebhook' } })
    expect(JSON.stringify(audit.changes)).not.toContain(secret)
  })

  it('signs each POST, and a 500 twice then a 200 is sent at the third attempt after 1 and 5 minutes', async () => {
    const { notice, row } = await queued('SUPPORT_ESCALATED', [500, 500, 200])
    expect(await dispatchDue(db.prisma, noon)).toEqual({ sent: 0, retrying: 1, failed: 0 })
    expect(await row()).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastStatus: 500,
      nextAttemptAt: minutes(noon, 1),
    })
    // Not due yet: nothing is sent.
    expect(await dispatchDue(db.prisma, minutes(noon, 0.5))).toEqual({ sent: 0, retrying: 0, failed: 0 })
    await dispatchDue(db.prisma, minutes(noon, 1))
    expect(await row()).toMatchObject({ attempts: 2, nextAttemptAt: minutes(noon, 6) })
    await dispatchDue(db.prisma, minutes(noon, 6))
    expect(await row()).toMatchObject({ status: 'SENT', attempts: 3, lastStatus: 200, lastError: null })

    expect(received).toHaveLength(3)
    for (const post of received) {
      const expected = createHmac('sha256', secret).update(`${post.timestamp}.${post.body}`).digest('hex')
      expect(post.signature).toBe(`sha256=${expected}`)
    }
    expect(JSON.parse(received[0]!.body)).toEqual({
      id: notice.noticeId,
      kind: 'SUPPORT_ESCALATED',
      title: notice.title,
      body: notice.body,
      url: '/requests/1',
      userId: county.people.eastStaff.id,
      login: 'east.staff',
      createdAt: noon.toISOString(),
    })
  })

  it('stops at once on a 400, and after the sixth failure; a retry due in quiet hours waits for them', async () => {
    const refused = await queued('SUPPORT_ESCALATED', [400])
    await dispatchDue(db.prisma, noon)
    expect(await refused.row()).toMatchObject({ status: 'FAILED', attempts: 1, lastStatus: 400, lastError: 'HTTP 400' })

    const down = await queued('SUPPORT_ESCALATED', [503, 503, 503, 503, 503, 503])
    const waits = [1, 5, 30, 120]
    let at = noon
    for (const wait of waits) {
      await dispatchDue(db.prisma, at)
      at = minutes(at, wait)
      expect((await down.row()).nextAttemptAt).toEqual(at)
    }
    await dispatchDue(db.prisma, at) // 14:36, the fifth failure: 12 hours would be 02:36, in quiet hours
    expect((await down.row()).nextAttemptAt).toEqual(new Date('2027-03-02T07:30:00+08:00'))
    await dispatchDue(db.prisma, new Date('2027-03-02T07:30:00+08:00'))
    expect(await down.row()).toMatchObject({ status: 'FAILED', attempts: 6, lastStatus: 503 })
  })

  it('retries a receiver that does not answer in time', async () => {
    const { row } = await queued('ACCOUNT_LOCKED', ['hang'])
    await dispatchDue(db.prisma, noon)
    expect(await row()).toMatchObject({
      status: 'PENDING',
      attempts: 1,
      lastStatus: null,
      lastError: 'no answer in 0.3 s',
    })
    await dispatchDue(db.prisma, minutes(noon, 1))
    expect(await row()).toMatchObject({ status: 'SENT', attempts: 2 })
  })

  it('shows the office every delivery, failures first, and sends a failed one again on “retry now”', async () => {
    const refused = await queued('ACCOUNT_LOCKED', [400, 200])
    await dispatchDue(db.prisma, noon)
    const list = await county.agents.admin.request(NoticeDeliveriesQuery, { first: 50 })
    const nodes = list.data!.noticeDeliveries.edges.map((edge) => edge.node)
    const statuses = nodes.map((node) => node.status)
    expect(statuses.indexOf('FAILED')).toBe(0)
    expect(statuses.lastIndexOf('FAILED')).toBeLessThan(statuses.indexOf('SENT'))
    expect(nodes.find((node) => node.lastStatus === 400)).toMatchObject({ recipient: { name: expect.any(String) } })
    const failedOnly = await county.agents.admin.request(NoticeDeliveriesQuery, { filter: { status: 'FAILED' } })
    expect(failedOnly.data!.noticeDeliveries.edges.every((edge) => edge.node.status === 'FAILED')).toBe(true)

    for (const agent of [county.agents.eastStaff, county.agents.leader]) {
      expect((await agent.request(NoticeDeliveriesQuery, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    }
    const id = (await refused.row()).id
    expect((await mutate(county.agents.leader, RetryNoticeDelivery, { ...op(), id })).code).toBe('FORBIDDEN')
    const retried = await mutate(county.agents.admin, RetryNoticeDelivery, { ...op(), id })
    expect(retried.data?.status).toBe('PENDING')
    // "Retry now" is due at the server's own now; an account lock ignores quiet hours, so any day and hour does.
    await dispatchDue(db.prisma, new Date())
    expect(await refused.row()).toMatchObject({ status: 'SENT', attempts: 2 })
    const again = await mutate(county.agents.admin, RetryNoticeDelivery, { ...op(), id })
    expect(again).toMatchObject({ code: 'CONFLICT', message: '该通知已发出，无需重试' })
  })
})

// From the write to the gateway: a manager assigns a support request, and the department's user hears of it in
// the inbox and, through the office's webhook, at a real receiver on 127.0.0.1 — in their language, with the
// path that opens the request. A replay of the write sends nothing more.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ids, mutate, op } from '../support/pipeline.ts'
import { supportRequestCounty } from '../support/support-request-county.ts'
import { CreateSupportRequest } from '../support/support-request-documents.ts'
import { SetNotificationPreferences, SetOfficeWebhook } from '../support/notify-documents.ts'
import { registerChannel } from '../../server/src/notify/channels.ts'
import { dispatchDue } from '../../server/src/notify/dispatcher.ts'
import { webhookChannel } from '../../server/src/notify/webhook-channel.ts'
import { resetClock, setClock } from '../support/clock.ts'

/** The next 10:00 county time (UTC+8): outside the default quiet hours (22:00–07:30), which would hold a send. */
function nextWorkingHour(now: number): number {
  const hour = 3_600_000
  const countyMidnight = Math.floor((now + 8 * hour) / (24 * hour)) * 24 * hour - 8 * hour
  const ten = countyMidnight + 10 * hour
  return ten > now ? ten : ten + 24 * hour
}

const { db, county, signedProject } = supportRequestCounty()
const received: Record<string, unknown>[] = []
let receiver: Server
let unregister: () => void

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    request.on('end', () => {
      received.push(JSON.parse(body))
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  unregister = registerChannel(webhookChannel(db().prisma, { timeoutMs: 2000 }))
  // Within a day of the county's sessions, which last longer.
  setClock(nextWorkingHour(Date.now()))
})
afterAll(async () => {
  resetClock()
  unregister()
  await new Promise((resolve) => receiver.close(resolve))
})

describe('a notice leaving the app', () => {
  it('reaches the office’s webhook from the write that caused it, once, as its recipient reads it', async () => {
    const { admin, eastManager } = county().agents
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/gateway`
    const saved = await mutate(admin, SetOfficeWebhook, {
      ...op(),
      url,
      secret: 'county-gateway-secret-0123456789',
      enabled: true,
      defaultKinds: ['SUPPORT_ASSIGNED'],
    })
    expect(saved.errors).toBeUndefined()
    const input = {
      ...ids(),
      projectId: await signedProject('13600000301'),
      category: 'HOUSING' as const,
      description: '人才公寓',
      departmentId: county().units.hrss.id,
    }
    const created = await mutate(eastManager, CreateSupportRequest, input)
    expect(created.errors).toBeUndefined()
    await mutate(eastManager, CreateSupportRequest, input)

    expect(await dispatchDue(db().prisma)).toMatchObject({ sent: 1, failed: 0 })
    expect(received).toEqual([
      expect.objectContaining({
        kind: 'SUPPORT_ASSIGNED',
        title: '新交办诉求：新材料中试基地',
        url: `/requests/${created.data!.uuid}`,
        login: 'hrss',
      }),
    ])
    expect(await dispatchDue(db().prisma)).toMatchObject({ sent: 0 })
    expect(received).toHaveLength(1)
  })

  it('follows the recipient’s own choice, though someone else’s write queues it', async () => {
    const { eastManager, hrss } = county().agents
    const chosen = await mutate(hrss, SetNotificationPreferences, {
      ...op(),
      kinds: [{ kind: 'SUPPORT_ASSIGNED', webPush: false, webhook: false }],
    })
    expect(chosen.errors).toBeUndefined()
    const created = await mutate(eastManager, CreateSupportRequest, {
      ...ids(),
      projectId: await signedProject('13600000302'),
      category: 'HOUSING' as const,
      description: '人才公寓二期',
      departmentId: county().units.hrss.id,
    })
    expect(created.errors).toBeUndefined()
    const notice = await db().prisma.notice.findFirstOrThrow({ where: { supportRequestId: created.data!.uuid } })
    expect(await db().prisma.noticeDelivery.count({ where: { noticeId: notice.id } })).toBe(0)
  })
})

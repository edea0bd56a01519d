// Sends one notice to every browser its user subscribed, by the Web Push protocol: web-push encrypts the payload
// to the subscription's keys (aes128gcm, RFC 8291) and signs a VAPID token (RFC 8292); the request itself goes
// through fetch, with a timeout and no redirects, since web-push's own sender speaks only https through its own
// agent. A push service answering 404 or 410 has forgotten the subscription: it is deleted. Anything else is
// worth trying again later.
import webPush from 'web-push'
import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { OutgoingNotice } from './types.ts'
import { webPushKeys } from './vapid-keys.ts'

/** Notices that should wake a phone in a battery saver (RFC 8030 Urgency). */
const urgentKinds: ReadonlySet<string> = new Set(['ACCOUNT_LOCKED', 'SUPPORT_ESCALATED'])
/** A push service keeps an undelivered notice this long (a phone off for a weekend still gets it). */
const timeToLiveSeconds = 3 * 24 * 60 * 60
const requestTimeoutMs = 10_000
/** Push services take 4 KB encrypted; the text is cut well before, whatever its script. */
const maxTitle = 120
const maxBody = 600

export interface WebPushOptions {
  /** VAPID `sub`: a mailto: address or https URL the push service may contact (WEB_PUSH_SUBJECT). */
  subject?: string
  timeoutMs?: number
}

export type SubscriptionOutcome =
  | { endpoint: string; result: 'delivered'; status: number }
  | { endpoint: string; result: 'gone'; status: number }
  | { endpoint: string; result: 'failed'; status?: number; error: string }

/** The payload the service worker reads (client/public/push-handler.js). */
export function pushPayload(notice: OutgoingNotice): string {
  return JSON.stringify({
    title: cut(notice.title, maxTitle),
    body: cut(notice.body, maxBody),
    url: notice.url,
    noticeId: notice.noticeId,
  })
}

export async function sendWebPush(
  prisma: PrismaClient,
  notice: OutgoingNotice,
  options: WebPushOptions = {},
): Promise<SubscriptionOutcome[]> {
  const subscriptions = await prisma.pushSubscription.findMany({
    where: { userId: notice.userId },
    select: { id: true, endpoint: true, p256dh: true, auth: true },
  })
  if (subscriptions.length === 0) return []
  const keys = await webPushKeys(prisma)
  const vapidDetails = { subject: options.subject ?? defaultSubject(), ...keys }
  const payload = pushPayload(notice)
  const urgency = urgentKinds.has(notice.kind) ? 'high' : 'normal'
  return Promise.all(
    subscriptions.map(async ({ id, endpoint, p256dh, auth }): Promise<SubscriptionOutcome> => {
      let status: number
      try {
        const request = webPush.generateRequestDetails({ endpoint, keys: { p256dh, auth } }, payload, {
          vapidDetails,
          TTL: timeToLiveSeconds,
          urgency,
        })
        const response = await fetch(endpoint, {
          method: request.method,
          headers: request.headers as Record<string, string>,
          body: request.body ? new Uint8Array(request.body) : null,
          redirect: 'manual',
          signal: AbortSignal.timeout(options.timeoutMs ?? requestTimeoutMs),
        })
        await response.body?.cancel()
        status = response.status
      } catch (error) {
        return { endpoint, result: 'failed', error: error instanceof Error ? error.message : String(error) }
      }
      if (status >= 200 && status < 300) {
        await prisma.pushSubscription.updateMany({ where: { id }, data: { lastSuccessAt: new Date() } })
        return { endpoint, result: 'delivered', status }
      }
      if (status === 404 || status === 410) {
        await prisma.pushSubscription.deleteMany({ where: { id } })
        return { endpoint, result: 'gone', status }
      }
      return { endpoint, result: 'failed', status, error: `push service answered ${status}` }
    }),
  )
}

function defaultSubject(): string {
  return process.env.WEB_PUSH_SUBJECT?.trim() || 'mailto:talent-office@invalid'
}

function cut(text: string, max: number): string {
  const characters = Array.from(text)
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`
}

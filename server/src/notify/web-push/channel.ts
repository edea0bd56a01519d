// The Web Push channel as the notice pipeline sees it: one delivery per notice and user, however many browsers
// the user subscribed. A notice that reached at least one of them is delivered (the inbox holds it for the
// rest); one that reached none is tried again, unless every subscription is gone, or there was none.
import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { Channel, DeliveryResult } from './types.ts'
import { sendWebPush, type SubscriptionOutcome, type WebPushOptions } from './send.ts'

export function webPushChannel(prisma: PrismaClient, options: WebPushOptions = {}): Channel {
  return {
    channel: 'WEB_PUSH',
    // Nothing is queued for a user with no browser subscribed: such a delivery could only fail.
    reaches: async (tx, userIds) => {
      const subscribed = await tx.pushSubscription.findMany({
        where: { userId: { in: [...userIds] } },
        select: { userId: true },
        distinct: ['userId'],
      })
      return new Set(subscribed.map((row) => row.userId))
    },
    send: async (_delivery, notice) => deliveryResult(await sendWebPush(prisma, notice, options)),
  }
}

export function deliveryResult(outcomes: SubscriptionOutcome[]): DeliveryResult {
  if (outcomes.length === 0) return { ok: false, permanent: true, error: 'no push subscription' }
  const delivered = outcomes.find((outcome) => outcome.result === 'delivered')
  if (delivered) return { ok: true, status: delivered.status }
  const failed = outcomes.filter((outcome) => outcome.result === 'failed')
  if (failed.length === 0)
    return { ok: false, permanent: true, status: outcomes[0]!.status, error: 'subscriptions gone' }
  const first = failed[0]!
  return { ok: false, permanent: false, status: first.status, error: first.error }
}

// A user's choice of channels and quiet hours as stored, over the defaults: a user who never saved one gets
// push for what they must act on and the webhook for what the office chose.
import { defaultChoice, defaultWebhookKinds, type NoticeChoice, type NoticeKind } from '../domain/notice-delivery.ts'
import type { PrismaClient } from '../generated/prisma/client.ts'
import type { Transaction } from '../write/apply-once.ts'

type Reader = Pick<PrismaClient, 'notificationPreference' | 'webhookEndpoint'> | Transaction

export const officeWebhookId = 'office'

export interface OfficeWebhookState {
  on: boolean
  defaultKinds: readonly NoticeKind[]
}

export async function officeWebhookState(prisma: Reader): Promise<OfficeWebhookState> {
  const endpoint = await prisma.webhookEndpoint.findUnique({
    where: { id: officeWebhookId },
    select: { enabled: true, defaultKinds: true },
  })
  return { on: endpoint?.enabled ?? false, defaultKinds: endpoint?.defaultKinds ?? defaultWebhookKinds }
}

/** Each user's choice; `saved` says whether they ever made one. */
export async function choicesOf(
  prisma: Reader,
  userIds: readonly string[],
  webhookDefaults: readonly NoticeKind[],
): Promise<Map<string, NoticeChoice & { saved: boolean }>> {
  const rows = await prisma.notificationPreference.findMany({ where: { userId: { in: [...new Set(userIds)] } } })
  const saved = new Map(rows.map((row) => [row.userId, row]))
  return new Map(
    userIds.map((userId): [string, NoticeChoice & { saved: boolean }] => {
      const row = saved.get(userId)
      if (!row) return [userId, { ...defaultChoice(webhookDefaults), saved: false }]
      const quietHours =
        row.quietStart === null || row.quietEnd === null ? null : { start: row.quietStart, end: row.quietEnd }
      return [userId, { pushKinds: row.pushKinds, webhookKinds: row.webhookKinds, quietHours, saved: true }]
    }),
  )
}

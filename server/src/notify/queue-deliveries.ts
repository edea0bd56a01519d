// Called by notify() in the write that makes the notices: one NoticeDelivery per (notice, channel) the
// recipient wants and the server can send by. The unique (noticeId, channel) makes a second call a no-op, so a
// replayed or retried write never sends twice.
import { afterQuietHours, channelsFor, type NoticeChannel } from '../domain/notice-delivery.ts'
import type { Transaction } from '../write/apply-once.ts'
import { registeredChannel, type OutgoingNotice } from './channels.ts'
import { choicesOf, officeWebhookState } from './preferences.ts'

/** Queues the notices' deliveries; answers how many rows it inserted. `now` is the write's time. */
export async function queueDeliveries(
  tx: Transaction,
  notices: readonly OutgoingNotice[],
  now: Date = new Date(),
): Promise<number> {
  if (notices.length === 0) return 0
  // A deactivated account's notices stay in its inbox; nothing goes to a phone or gateway it may no longer own.
  const active = await tx.user.findMany({
    where: { id: { in: [...new Set(notices.map((notice) => notice.userId))] }, active: true },
    select: { id: true },
  })
  const userIds = active.map((user) => user.id)
  const activeIds = new Set(userIds)
  notices = notices.filter((notice) => activeIds.has(notice.userId))
  if (notices.length === 0) return 0
  const webhook = await officeWebhookState(tx)
  const choices = await choicesOf(tx, userIds, webhook.defaultKinds)
  const reachable = new Map<NoticeChannel, ReadonlySet<string> | null>()
  for (const name of ['WEB_PUSH', 'WEBHOOK'] as const) {
    const channel = registeredChannel(name)
    const on = channel !== undefined && (name !== 'WEBHOOK' || webhook.on)
    reachable.set(name, on ? ((await channel.reaches?.(tx, userIds)) ?? null) : new Set())
  }
  const rows = notices.flatMap((notice) => {
    const choice = choices.get(notice.userId)!
    return channelsFor(notice.kind, choice, true)
      .filter((channel) => reachable.get(channel)?.has(notice.userId) ?? true)
      .map((channel) => ({
        noticeId: notice.noticeId,
        channel,
        userId: notice.userId,
        kind: notice.kind,
        title: notice.title,
        body: notice.body,
        url: notice.url,
        noticeCreatedAt: notice.createdAt,
        nextAttemptAt: afterQuietHours(now, choice.quietHours, notice.kind),
      }))
  })
  if (rows.length === 0) return 0
  const { count } = await tx.noticeDelivery.createMany({ data: rows, skipDuplicates: true })
  return count
}

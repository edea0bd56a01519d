// Sends what is due. Rows are claimed in one UPDATE over a `FOR UPDATE SKIP LOCKED` selection, so processes
// (or a timer and the office's "retry now") never take the same row; the claim counts the attempt and pushes
// `nextAttemptAt` a lease ahead, then commits. The send happens after, holding no lock; a process that dies
// mid-send leaves the row to be taken again when the lease ends. The outcome is written only if the row is
// still at the attempt this process claimed, so a late answer cannot overwrite a newer one.
import { Prisma, type PrismaClient } from '../generated/prisma/client.ts'
import { afterQuietHours, retryDelayMs, type NoticeChannel, type NoticeKind } from '../domain/notice-delivery.ts'
import type { ScheduledJob } from '../jobs/scheduler.ts'
import { registeredChannel, registeredChannels, type SendResult } from './channels.ts'
import { choicesOf } from './preferences.ts'

/** Longer than any send may take (the webhook's timeout is 10 s). */
const leaseMs = 5 * 60_000
const batchSize = 20
/** A run stops after this many batches; the rest waits for the next tick. */
const batchesPerRun = 25
const errorLimit = 500

interface Claimed {
  id: string
  noticeId: string
  channel: NoticeChannel
  userId: string
  kind: NoticeKind
  title: string
  body: string
  url: string
  noticeCreatedAt: Date
  attempts: number
}

export interface DispatchSummary {
  sent: number
  retrying: number
  failed: number
}

async function claimDue(prisma: PrismaClient, now: Date, channels: NoticeChannel[]): Promise<Claimed[]> {
  return prisma.$queryRaw<Claimed[]>`
    UPDATE "NoticeDelivery"
       SET attempts = attempts + 1, "lastAttemptAt" = ${now}, "nextAttemptAt" = ${new Date(now.getTime() + leaseMs)}
     WHERE id IN (SELECT id FROM "NoticeDelivery"
                   WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
                     AND channel::text IN (${Prisma.join(channels)})
                   ORDER BY "nextAttemptAt", id
                   LIMIT ${batchSize}
                   FOR UPDATE SKIP LOCKED)
    RETURNING id, "noticeId", channel::text AS channel, "userId", kind::text AS kind, title, body, url,
              "noticeCreatedAt", attempts`
}

async function send(row: Claimed): Promise<SendResult> {
  const channel = registeredChannel(row.channel)
  if (!channel) return { ok: false, error: 'no sender for this channel' }
  const notice = { ...row, createdAt: row.noticeCreatedAt }
  try {
    return await channel.send({ id: row.id, channel: row.channel, attempts: row.attempts }, notice)
  } catch (error) {
    return { ok: false, error: String(error) }
  }
}

/** Claims, sends and records every delivery due at `now`, batch by batch. */
export async function dispatchDue(prisma: PrismaClient, now: Date = new Date()): Promise<DispatchSummary> {
  const summary: DispatchSummary = { sent: 0, retrying: 0, failed: 0 }
  const channels = registeredChannels()
  if (channels.length === 0) return summary
  for (let batch = 0; batch < batchesPerRun; batch++) {
    const claimed = await claimDue(prisma, now, channels)
    if (claimed.length === 0) break
    const results = await Promise.all(claimed.map(send))
    const choices = await choicesOf(
      prisma,
      claimed.map((row) => row.userId),
      [],
    )
    await Promise.all(
      claimed.map(async (row, index) => {
        const result = results[index]!
        const delay = result.ok || result.permanent ? null : retryDelayMs(row.attempts)
        const status = result.ok ? 'SENT' : delay === null ? 'FAILED' : 'PENDING'
        const retryAt =
          delay === null
            ? now
            : afterQuietHours(new Date(now.getTime() + delay), choices.get(row.userId)!.quietHours, row.kind)
        await prisma.noticeDelivery.updateMany({
          where: { id: row.id, attempts: row.attempts, status: 'PENDING' },
          data: {
            status,
            lastStatus: result.status ?? null,
            lastError: result.ok ? null : (result.error ?? `status ${result.status}`).slice(0, errorLimit),
            sentAt: result.ok ? now : null,
            nextAttemptAt: retryAt,
          },
        })
        summary[status === 'SENT' ? 'sent' : status === 'FAILED' ? 'failed' : 'retrying'] += 1
      }),
    )
    if (claimed.length < batchSize) break
  }
  return summary
}

/** How long the office's log keeps a delivery: the notice's text is a copy, kept no longer than useful. */
export const keptSentMs = 30 * 86_400_000
export const keptFailedMs = 90 * 86_400_000

/** Forgets deliveries sent a month ago and failures three months old; the inbox keeps the notices. */
export async function pruneDeliveries(prisma: PrismaClient, now: Date): Promise<number> {
  const { count } = await prisma.noticeDelivery.deleteMany({
    where: {
      OR: [
        { status: 'SENT', sentAt: { lt: new Date(now.getTime() - keptSentMs) } },
        { status: 'FAILED', lastAttemptAt: { lt: new Date(now.getTime() - keptFailedMs) } },
      ],
    },
  })
  return count
}

/** The timer that sends notices, on the shared scheduler (jobs/scheduler.ts): once a minute by default. */
export function deliveryJob(prisma: PrismaClient, everyMs = 60_000): ScheduledJob {
  return {
    name: 'deliverNotices',
    everyMs,
    run: async (now) => {
      const summary = await dispatchDue(prisma, now)
      return { ...summary, pruned: await pruneDeliveries(prisma, now) }
    },
  }
}

// The ways a notice leaves the app, as the dispatcher sees them. A channel is registered once at start
// (main.ts): the webhook here, Web Push by its own module. Notices are queued only for registered channels,
// so a server that cannot send by one does not pile up deliveries nobody will take.
import type { NoticeChannel, NoticeKind } from '../domain/notice-delivery.ts'
import type { Transaction } from '../write/apply-once.ts'

/** A notice as it leaves the app: title and body already in the recipient's language, url the app path. */
export interface OutgoingNotice {
  noticeId: string
  userId: string
  kind: NoticeKind
  title: string
  body: string
  url: string
  createdAt: Date
}

/** The delivery being attempted: `attempts` counts this one. */
export interface DeliveryAttempt {
  id: string
  channel: NoticeChannel
  attempts: number
}

export interface SendResult {
  ok: boolean
  /** The remote answer's status, when there was one (HTTP). */
  status?: number
  error?: string
  /** Retrying cannot help (a refused request, a gone subscription): stop now. */
  permanent?: boolean
}

export interface Channel {
  channel: NoticeChannel
  /**
   * Of these users, those this channel can reach now (a push subscription, a webhook switched on); left out,
   * everyone. Called in the transaction that queues, so it sees that transaction's writes.
   */
  reaches?(tx: Transaction, userIds: readonly string[]): Promise<ReadonlySet<string>>
  /** Sends one delivery. Never called inside a transaction: it may wait on the network. */
  send(delivery: DeliveryAttempt, notice: OutgoingNotice): Promise<SendResult>
}

const registered = new Map<NoticeChannel, Channel>()

/** Adds (or replaces) the sender of a channel; returns a function taking it out again. */
export function registerChannel(channel: Channel): () => void {
  registered.set(channel.channel, channel)
  return () => {
    if (registered.get(channel.channel) === channel) registered.delete(channel.channel)
  }
}

export function registeredChannel(name: NoticeChannel): Channel | undefined {
  return registered.get(name)
}

export function registeredChannels(): NoticeChannel[] {
  return [...registered.keys()]
}

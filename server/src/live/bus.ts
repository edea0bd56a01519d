// The live screens' bus: hears the database (listener.ts), gathers what arrived together, and tells each open
// subscription what changed among the rows its subscriber may read. The cost is per batch and per group of
// alike readers, not per subscriber: subscriptions of one topic whose readers share a read rule (every manager
// of a park, on the board) are answered by one query. Sessions are checked again when one ends or a user
// changes (the triggers announce both) and every `sessionCheckMs` (expiry): a stream outlives no session.
import type { Database } from '../db/open.ts'
import type { PrismaClient } from '../generated/prisma/client.ts'
import type { SessionUser } from '../context.ts'
import { readSessions } from '../auth/session.ts'
import { parseLiveEvent, type LiveEvent, type LiveEventKind } from './events.ts'
import { listenToDatabase, type Listening } from './listener.ts'
import { LiveStream, type LiveChange } from './stream.ts'

export type { LiveChange } from './stream.ts'

/** Who a subscription answers to: its user and the request's scoped client (context.prisma). */
export interface LiveReader {
  user: SessionUser
  prisma: PrismaClient
}

export interface LiveTopic {
  /** Subscriptions with one key and one reader group get one answer per batch (`board`, `timeline:<id>`). */
  key: string
  kinds: ReadonlySet<LiveEventKind>
  /** What the answer depends on besides the events (a read rule): readers alike share a query. Default: the user. */
  readerGroup?(user: SessionUser): string
  /** What to tell `reader` about `events` (only the kinds asked for): only what it may read, or null. */
  select(events: LiveEvent[], reader: LiveReader): Promise<LiveChange | null>
}

interface Subscriber {
  topic: LiveTopic
  reader: LiveReader
  sessionId: string
  stream: LiveStream
}

export interface LiveBusOptions {
  /** How often every stream's session is read again, for expiry (ms; default LIVE_SESSION_CHECK_SECONDS, 60 s). */
  sessionCheckMs?: number
  /** Told when a batch could not be answered (the subscribers are told to re-read instead). */
  onError?: (error: unknown) => void
}

const userKey = (user: SessionUser) => JSON.stringify(Object.entries(user).sort(([a], [b]) => (a < b ? -1 : 1)))

/** What a stream's scope rests on: a change of any of these ends it (the phone subscribes again, rescoped). */
const standing = (user: SessionUser) => `${user.id} ${user.role} ${user.unitId} ${Boolean(user.mustChangePassword)}`

export class LiveBus {
  private readonly subscribers = new Set<Subscriber>()
  private queued: LiveEvent[] = []
  private flushing = false
  private work: Promise<void> = Promise.resolve()
  private listening: Listening | null = null
  private timer: NodeJS.Timeout | null = null
  private closed = false

  private constructor(
    private readonly database: PrismaClient,
    private readonly options: LiveBusOptions,
  ) {}

  /** Starts listening on `database` (one connection for the process). */
  static async start(database: Database, options: LiveBusOptions = {}): Promise<LiveBus> {
    const bus = new LiveBus(database.prisma, options)
    bus.listening = await listenToDatabase(database, {
      message: (payload) => bus.hear(payload),
      resumed: () => bus.after(() => bus.resume()),
    })
    const every = options.sessionCheckMs ?? Number(process.env.LIVE_SESSION_CHECK_SECONDS ?? 60) * 1000
    if (every > 0) {
      bus.timer = setInterval(() => bus.after(() => bus.checkSessions(null)), every)
      bus.timer.unref()
    }
    return bus
  }

  /** Open subscriptions in this process. */
  get size(): number {
    return this.subscribers.size
  }

  /** A stream of `topic`'s changes for the subscriber, until it ends its session or the server stops. */
  open(reader: LiveReader, sessionId: string, topic: LiveTopic): AsyncIterableIterator<LiveChange> {
    const subscriber: Subscriber = {
      topic,
      reader,
      sessionId,
      stream: new LiveStream(() => this.subscribers.delete(subscriber)),
    }
    if (this.closed) subscriber.stream.end()
    else this.subscribers.add(subscriber)
    return subscriber.stream
  }

  /** Ends every stream and stops listening (before the HTTP server drains: an open stream never finishes). */
  async close(): Promise<void> {
    this.closed = true
    if (this.timer) clearInterval(this.timer)
    for (const subscriber of [...this.subscribers]) subscriber.stream.end()
    await this.listening?.close()
    await this.work
  }

  private hear(payload: string) {
    const event = parseLiveEvent(payload)
    if (!event || this.closed) return
    this.queued.push(event)
    if (this.flushing) return
    this.flushing = true
    // Notifications of one commit arrive together: answer them as one batch.
    setImmediate(() => {
      this.flushing = false
      const events = this.queued
      this.queued = []
      this.after(() => this.dispatch(events))
    })
  }

  /** Batches are answered one after the other, so a subscriber's changes keep their order. */
  private after(task: () => Promise<void>) {
    this.work = this.work.then(task).catch((error: unknown) => this.options.onError?.(error))
  }

  private async dispatch(events: LiveEvent[]) {
    const accounts = events.filter((event) => event.kind === 'a')
    if (accounts.length) {
      const everyone = accounts.some((event) => event.ids === null)
      const users = new Set(accounts.flatMap((event) => event.ids ?? []))
      await this.checkSessions(everyone ? null : users)
    }
    const groups = new Map<string, { topic: LiveTopic; reader: LiveReader; streams: LiveStream[] }>()
    for (const subscriber of this.subscribers) {
      const { topic, reader } = subscriber
      if (!events.some((event) => topic.kinds.has(event.kind))) continue
      const key = `${topic.key}\u0000${topic.readerGroup?.(reader.user) ?? userKey(reader.user)}`
      const group = groups.get(key)
      if (group) group.streams.push(subscriber.stream)
      else groups.set(key, { topic, reader, streams: [subscriber.stream] })
    }
    await Promise.all(
      [...groups.values()].map(async ({ topic, reader, streams }) => {
        const change = await topic
          .select(
            events.filter((event) => topic.kinds.has(event.kind)),
            reader,
          )
          .catch((error: unknown) => {
            this.options.onError?.(error)
            return { ids: [], reread: true }
          })
        if (change) for (const stream of streams) stream.push(change)
      }),
    )
  }

  /** Ends the streams whose session ended, expired, or whose user changed (`users`: only theirs; null: all). */
  private async checkSessions(users: Set<string> | null) {
    const concerned = [...this.subscribers].filter((subscriber) => !users || users.has(subscriber.reader.user.id))
    if (!concerned.length) return
    const sessions = await readSessions(this.database, [...new Set(concerned.map((s) => s.sessionId))])
    for (const subscriber of concerned) {
      const now = sessions.get(subscriber.sessionId)
      if (!now || standing(now.user) !== standing(subscriber.reader.user)) subscriber.stream.end()
    }
  }

  /** After the listener was lost: what changed meanwhile is unknown, so every screen re-reads. */
  private async resume() {
    await this.checkSessions(null)
    for (const subscriber of this.subscribers) subscriber.stream.push({ ids: [], reread: true })
  }
}

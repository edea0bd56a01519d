// The phone's ordered outbox: writes are appended to IndexedDB, sent one at a time in the order they were
// made, and removed only when the server has acknowledged them. See docs/architecture.md, "The offline outbox".
import type { OutboxDb } from './db.ts'
import type { BatchOutcome, NewWrite, OutboxEntry, SendOutcome } from './types.ts'
import { sendable } from './order.ts'
import { decodeEntry, encodeEntry } from './write.ts'

export { browserLock } from './lock.ts'
export { isBlocked, nextSendable, sendable } from './order.ts'

export interface OutboxOptions {
  db: OutboxDb
  /** Sends one write to the server and says what became of it (when there is no `sendBatch`). */
  send?: (entry: OutboxEntry) => Promise<SendOutcome>
  /**
   * Sends the next writes in one request, which the server applies in order, stopping at the first that
   * fails; says how many were applied and what became of the next. It may send fewer than it is given.
   */
  sendBatch?: (entries: OutboxEntry[]) => Promise<BatchOutcome>
  /** The most writes handed to `sendBatch` at once. */
  maxBatch?: number
  /** The signed-in user's id, or null: only that user's entries are sent. */
  currentUserId: () => string | null
  isOnline?: () => boolean
  /** Called when the server says the session has ended (the entry stays queued). */
  onUnauthenticated?: () => void
  /** Unexpected server failures tolerated before an entry is marked failed. */
  maxAttempts?: number
  /** Backoff after a network failure: base × 2^n, capped. */
  retryBaseMs?: number
  retryMaxMs?: number
  /** A send with no answer by then counts as a network failure (a replay later is applied once anyway). */
  sendTimeoutMs?: number
  /** Serialises senders across tabs (the Web Locks API); each tab would otherwise send the same entry. */
  withLock?: <T>(run: () => Promise<T>) => Promise<T>
}

export type OutboxListener = (state: { sendingSeq: number | null }) => void

export class Outbox {
  private readonly options: Required<Omit<OutboxOptions, 'onUnauthenticated' | 'send' | 'sendBatch'>> &
    Pick<OutboxOptions, 'onUnauthenticated'>
  private readonly sendBatch: (entries: OutboxEntry[]) => Promise<BatchOutcome>
  private readonly listeners = new Set<OutboxListener>()
  private running: Promise<void> | null = null
  private again = false
  /** The session ended: nothing is sent until `wake()` (a sign-in). */
  private halted = false
  private sendingSeq: number | null = null
  private networkFailures = 0
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(options: OutboxOptions) {
    this.options = {
      isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
      maxAttempts: 5,
      retryBaseMs: 2_000,
      retryMaxMs: 60_000,
      sendTimeoutMs: 30_000,
      withLock: (run) => run(),
      maxBatch: 1,
      ...options,
    }
    const { send, sendBatch } = options
    if (sendBatch) this.sendBatch = sendBatch
    else if (send)
      this.sendBatch = async ([entry]) => {
        const outcome = await send(entry!)
        return outcome.kind === 'ack' ? { acked: 1 } : { acked: 0, failure: outcome }
      }
    else throw new Error('An outbox needs send or sendBatch')
  }

  /** Persists a write, then tries to send it. Resolves once it is safely stored, not once it is sent. */
  async enqueue(write: NewWrite): Promise<OutboxEntry> {
    const entry = await this.options.db.add(write)
    this.changed()
    void this.flush()
    return entry
  }

  /** The user's entries, oldest first. */
  async entries(ownerId: string): Promise<OutboxEntry[]> {
    return (await this.options.db.all()).filter((entry) => entry.ownerId === ownerId)
  }

  /** Puts a failed entry back in the queue (after the cause was fixed on the server, or to try once more). */
  async retry(seq: number): Promise<void> {
    const entry = (await this.options.db.all()).find((candidate) => candidate.seq === seq)
    if (!entry) return
    await this.options.db.put({ ...entry, status: 'pending', attempts: 0, lastError: undefined })
    this.changed()
    void this.wake()
  }

  /**
   * Replaces a failed entry's variables with the user's correction (or a conflict's chosen values on the
   * current version) and queues it again in its place: it keeps its sequence number, so it still goes
   * before the later writes of the same record.
   */
  async amend(seq: number, variables: Record<string, unknown>): Promise<void> {
    const entry = (await this.options.db.all()).find((candidate) => candidate.seq === seq)
    if (!entry) return
    // The user's correction, field by field, is read back as a stored entry is: the same trust, one place.
    const amended = { ...encodeEntry(entry), variables, status: 'pending' as const, attempts: 0, lastError: undefined }
    await this.options.db.put(decodeEntry(amended))
    this.changed()
    void this.wake()
  }

  /** Deletes an entry the user chose to give up. The only way an unacknowledged write leaves the outbox. */
  async discard(seq: number): Promise<void> {
    await this.options.db.remove(seq)
    this.changed()
    void this.wake()
  }

  subscribe(listener: OutboxListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /**
   * Sends what can be sent now. Concurrent calls share one run; a call during a run causes one more pass.
   * While backing off after a failure, or after the session ended, it waits for the timer or `wake()`.
   */
  flush(): Promise<void> {
    if (this.running) {
      this.again = true
      return this.running
    }
    if (this.timer || this.halted) return Promise.resolve()
    this.running = (async () => {
      try {
        let stopped = false
        do {
          this.again = false
          stopped = await this.options.withLock(() => this.drain())
        } while (this.again && !stopped)
      } finally {
        this.running = null
      }
    })()
    return this.running
  }

  /** The network came back, a user signed in, the app was shown again: forget the backoff and try at once. */
  wake(): Promise<void> {
    this.clearTimer()
    this.halted = false
    this.networkFailures = 0
    return this.flush()
  }

  stop(): void {
    this.clearTimer()
  }

  /** Sends entries until none is left to send (false) or sending must stop for now (true). */
  private async drain(): Promise<boolean> {
    for (;;) {
      const ownerId = this.options.currentUserId()
      if (!ownerId || !this.options.isOnline()) return false
      const batch = sendable(await this.entries(ownerId), this.options.maxBatch)
      if (!batch.length) return false
      // Reading the queue took a moment: if someone else signed in meanwhile, start again under them.
      if (this.options.currentUserId() !== ownerId) continue
      this.setSending(batch[0]!.seq)
      let outcome: BatchOutcome
      try {
        outcome = await withTimeout(this.sendBatch(batch), this.options.sendTimeoutMs)
      } catch (error) {
        outcome = {
          acked: 0,
          failure: { kind: 'network', message: error instanceof Error ? error.message : String(error) },
        }
      } finally {
        this.sendingSeq = null
      }
      if (!(await this.settle(batch, outcome))) return true
    }
  }

  /**
   * Removes the acknowledged entries and records what became of the next one, in one IndexedDB
   * transaction and one change notification; false when sending must stop for now.
   */
  private async settle(batch: OutboxEntry[], { acked, failure }: BatchOutcome): Promise<boolean> {
    const removed = batch.slice(0, acked).map((entry) => entry.seq)
    if (acked > 0) this.networkFailures = 0
    const entry = batch[acked]
    let updated: OutboxEntry | undefined
    let goOn = true
    if (failure && entry) {
      switch (failure.kind) {
        case 'rejected':
          updated = { ...entry, status: 'failed', attempts: entry.attempts + 1, lastError: failure.error }
          break
        case 'transient': {
          const attempts = entry.attempts + 1
          const failed = attempts >= this.options.maxAttempts
          updated = { ...entry, status: failed ? 'failed' : 'pending', attempts, lastError: failure.error }
          if (!failed) this.scheduleRetry()
          goOn = failed
          break
        }
        case 'unauthenticated':
          this.halted = true
          this.options.onUnauthenticated?.()
          goOn = false
          break
        case 'network':
          this.scheduleRetry()
          goOn = false
          break
      }
    }
    if (removed.length || updated) await this.options.db.settle(removed, updated)
    this.changed()
    return goOn
  }

  private scheduleRetry() {
    this.clearTimer()
    const delay = Math.min(this.options.retryBaseMs * 2 ** this.networkFailures, this.options.retryMaxMs)
    this.networkFailures += 1
    this.timer = setTimeout(
      () => {
        this.timer = null
        void this.flush()
      },
      delay * (0.75 + Math.random() * 0.5),
    )
  }

  private clearTimer() {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  private setSending(seq: number | null) {
    this.sendingSeq = seq
    this.changed()
  }

  private changed() {
    for (const listener of this.listeners) listener({ sendingSeq: this.sendingSeq })
  }
}

function withTimeout(sending: Promise<BatchOutcome>, ms: number): Promise<BatchOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<BatchOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ acked: 0, failure: { kind: 'network', message: `no answer in ${ms} ms` } }), ms)
  })
  return Promise.race([sending, timeout]).finally(() => clearTimeout(timer))
}

// The phone's ordered outbox: writes are appended to IndexedDB, sent one at a time in the order they were
// made, and removed only when the server has acknowledged them. See ARCHITECTURE.md, "Offline".
import type { OutboxDb } from './db.ts'
import type { NewWrite, OutboxEntry, SendOutcome } from './types.ts'
import { nextSendable } from './order.ts'

export { browserLock } from './lock.ts'
export { isBlocked, nextSendable } from './order.ts'

export interface OutboxOptions {
  db: OutboxDb
  /** Sends one write to the server and says what became of it. */
  send: (entry: OutboxEntry) => Promise<SendOutcome>
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
  private readonly options: Required<Omit<OutboxOptions, 'onUnauthenticated'>> & Pick<OutboxOptions, 'onUnauthenticated'>
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
      ...options,
    }
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
    await this.options.db.put({ ...entry, variables, status: 'pending', attempts: 0, lastError: undefined })
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
      const entry = nextSendable(await this.entries(ownerId))
      if (!entry) return false
      // Reading the queue took a moment: if someone else signed in meanwhile, start again under them.
      if (this.options.currentUserId() !== ownerId) continue
      this.setSending(entry.seq)
      let outcome: SendOutcome
      try {
        outcome = await withTimeout(this.options.send(entry), this.options.sendTimeoutMs)
      } catch (error) {
        outcome = { kind: 'network', message: error instanceof Error ? error.message : String(error) }
      } finally {
        this.setSending(null)
      }
      if (!(await this.settle(entry, outcome))) return true
    }
  }

  /** Records the outcome; false when sending must stop for now. */
  private async settle(entry: OutboxEntry, outcome: SendOutcome): Promise<boolean> {
    const { db } = this.options
    switch (outcome.kind) {
      case 'ack':
        this.networkFailures = 0
        await db.remove(entry.seq)
        this.changed()
        return true
      case 'rejected':
        await db.put({ ...entry, status: 'failed', attempts: entry.attempts + 1, lastError: outcome.error })
        this.changed()
        return true
      case 'transient': {
        const attempts = entry.attempts + 1
        const failed = attempts >= this.options.maxAttempts
        await db.put({ ...entry, status: failed ? 'failed' : 'pending', attempts, lastError: outcome.error })
        this.changed()
        if (failed) return true
        this.scheduleRetry()
        return false
      }
      case 'unauthenticated':
        this.halted = true
        this.options.onUnauthenticated?.()
        return false
      case 'network':
        this.scheduleRetry()
        return false
    }
  }

  private scheduleRetry() {
    this.clearTimer()
    const delay = Math.min(this.options.retryBaseMs * 2 ** this.networkFailures, this.options.retryMaxMs)
    this.networkFailures += 1
    this.timer = setTimeout(() => {
      this.timer = null
      void this.flush()
    }, delay * (0.75 + Math.random() * 0.5))
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

function withTimeout(sending: Promise<SendOutcome>, ms: number): Promise<SendOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<SendOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'network', message: `no answer in ${ms} ms` }), ms)
  })
  return Promise.race([sending, timeout]).finally(() => clearTimeout(timer))
}

// One subscriber's stream of changes. A change not yet taken is merged with the next rather than queued: a slow
// phone gets one change naming everything, never a backlog, and the server holds at most one per subscriber.

/** What a subscriber is told: the ids (GraphQL global ids) that changed, or that it should re-read everything. */
export interface LiveChange {
  ids: string[]
  reread: boolean
}

export class LiveStream implements AsyncIterableIterator<LiveChange> {
  private pending: LiveChange | null = null
  private waiting: ((result: IteratorResult<LiveChange>) => void) | null = null
  private ended = false

  constructor(private readonly onEnd: () => void) {}

  get open(): boolean {
    return !this.ended
  }

  push(change: LiveChange): void {
    if (this.ended) return
    if (this.waiting) {
      const wake = this.waiting
      this.waiting = null
      wake({ value: change, done: false })
      return
    }
    this.pending = this.pending
      ? { ids: [...new Set([...this.pending.ids, ...change.ids])], reread: this.pending.reread || change.reread }
      : change
  }

  /** Ends the stream (a session ended, the server stops): the client sees the subscription complete. */
  end(): void {
    if (this.ended) return
    this.ended = true
    this.pending = null
    this.onEnd()
    this.waiting?.({ value: undefined, done: true })
    this.waiting = null
  }

  next(): Promise<IteratorResult<LiveChange>> {
    if (this.pending) {
      const value = this.pending
      this.pending = null
      return Promise.resolve({ value, done: false })
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true })
    return new Promise((resolve) => (this.waiting = resolve))
  }

  /** The client went away (yoga calls it when the response is closed). */
  return(): Promise<IteratorResult<LiveChange>> {
    this.end()
    return Promise.resolve({ value: undefined, done: true })
  }

  [Symbol.asyncIterator]() {
    return this
  }
}

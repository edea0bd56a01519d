// The world the outbox model test (outbox-model.test.ts) runs the outbox in: a server that applies each write
// once under its owner's session, and a phone whose network can go away, send twice, lose an answer or break
// halfway through a batch, and whose app can crash and reload over the same IndexedDB database.
import { openOutboxDb, type OutboxDb } from '../../client/src/outbox/db.ts'
import { Outbox } from '../../client/src/outbox/outbox.ts'
import type { BatchOutcome, OutboxEntry, SendOutcome } from '../../client/src/outbox/types.ts'

export const users = ['user-a', 'user-b'] as const
export type User = (typeof users)[number]
const never = <T>() => new Promise<T>(() => {})

/** Applies a write once per client mutation id, and only under its owner's session (server/src/yoga.ts). */
export class FakeServer {
  session: User | null = 'user-a'
  private readonly applied = new Set<string>()
  readonly log: { id: string; owner: string }[] = []

  receive(entry: OutboxEntry): SendOutcome {
    if (this.session !== entry.ownerId) return { kind: 'unauthenticated' }
    if (!this.applied.has(entry.id)) {
      this.applied.add(entry.id)
      this.log.push({ id: entry.id, owner: entry.ownerId })
    }
    return { kind: 'ack' }
  }
}

interface Life {
  alive: boolean
  outbox: Outbox
  raw: OutboxDb
  /** Resolves when this life ends: whoever waited on its outbox stops waiting. */
  ended: Promise<void>
  end: () => void
}

/** How the phone sends: one write per request, or several in one mutation document (outbox/send.ts). */
export type Sending = 'one by one' | 'in batches'

/** The phone: its network, who it believes is signed in, and the app's current life (until a crash). */
export class Phone {
  online = true
  user: User | null = 'user-a'
  loseNext = false
  duplicateNext = false
  crashInNext = false
  /** The connection breaks halfway through the next batch: the server applied its first half, the phone hears
   * nothing. */
  breakInNext = false
  /** Sends of one user's write while another user was signed in on the phone (must stay empty). */
  readonly wrongUserSends: string[] = []
  life!: Life

  constructor(
    readonly server: FakeServer,
    readonly dbName: string,
    readonly sending: Sending = 'one by one',
  ) {}

  /** Starts the app (again) over the same IndexedDB database, as a reload after a crash does. */
  async start(): Promise<void> {
    const raw = await openOutboxDb(this.dbName)
    let end = () => {}
    const ended = new Promise<void>((resolve) => (end = resolve))
    const life = { alive: true, raw, ended } as Life
    life.end = () => {
      life.alive = false
      end()
    }
    // A dead life's calls never return: the old page is gone, whatever it was doing.
    const live = <T>(run: () => Promise<T>) => (life.alive ? run() : never<T>())
    const db: OutboxDb = {
      add: (write) => live(() => raw.add(write)),
      all: () => live(() => raw.all()),
      put: (entry) => live(() => raw.put(entry)),
      remove: (seq) => live(() => raw.remove(seq)),
      settle: (removed, updated) => live(() => raw.settle(removed, updated)),
      close: () => raw.close(),
    }
    const sender =
      this.sending === 'in batches'
        ? { sendBatch: (entries: OutboxEntry[]) => this.deliverBatch(entries, life), maxBatch: 3 }
        : { send: (entry: OutboxEntry) => this.deliver(entry, life) }
    life.outbox = new Outbox({
      db,
      currentUserId: () => this.user,
      isOnline: () => this.online,
      retryBaseMs: 3_600_000,
      sendTimeoutMs: 3_600_000,
      ...sender,
      onUnauthenticated: () => {
        // The app asks `me` again and follows the server's answer; a new user wakes the outbox.
        const before = this.user
        this.user = this.server.session
        if (this.user && this.user !== before) queueMicrotask(() => void life.outbox.wake())
      },
    })
    this.life = life
    void life.outbox.wake()
  }

  crash() {
    this.life.end()
  }

  async alive(): Promise<Outbox> {
    if (!this.life.alive) await this.start()
    return this.life.outbox
  }

  /** Waits for a pass of the outbox, or for the crash that ends it. */
  async wait(pass: Promise<void>): Promise<void> {
    await Promise.race([pass, this.life.ended])
  }

  private async deliver(entry: OutboxEntry, life: Life): Promise<SendOutcome> {
    if (entry.ownerId !== this.user) this.wrongUserSends.push(entry.id)
    await Promise.resolve() // in flight: the rest of the phone goes on meanwhile
    if (!life.alive) return never()
    if (!this.online) return { kind: 'network', message: 'Failed to fetch' }
    if (this.crashInNext) {
      this.crashInNext = false
      this.server.receive(entry)
      life.end()
      return never()
    }
    const outcome = this.server.receive(entry)
    if (this.duplicateNext) {
      this.duplicateNext = false
      this.server.receive(entry)
    }
    if (this.loseNext && outcome.kind === 'ack') {
      this.loseNext = false
      return { kind: 'network', message: 'Failed to fetch' }
    }
    return outcome
  }

  /** The server runs a batch's writes in order and stops at the first it does not apply (GraphQL's serial
   * mutation fields). */
  private async deliverBatch(entries: OutboxEntry[], life: Life): Promise<BatchOutcome> {
    for (const entry of entries) if (entry.ownerId !== this.user) this.wrongUserSends.push(entry.id)
    await Promise.resolve()
    if (!life.alive) return never()
    if (!this.online) return { acked: 0, failure: { kind: 'network', message: 'Failed to fetch' } }
    const run = (list: OutboxEntry[]): BatchOutcome => {
      for (const [index, entry] of list.entries()) {
        const outcome = this.server.receive(entry)
        if (outcome.kind !== 'ack') return { acked: index, failure: outcome }
      }
      return { acked: list.length }
    }
    if (this.crashInNext) {
      this.crashInNext = false
      run(entries)
      life.end()
      return never()
    }
    if (this.breakInNext) {
      this.breakInNext = false
      run(entries.slice(0, Math.ceil(entries.length / 2)))
      return { acked: 0, failure: { kind: 'network', message: 'Failed to fetch' } }
    }
    const outcome = run(entries)
    if (this.duplicateNext) {
      this.duplicateNext = false
      run(entries)
    }
    if (this.loseNext && outcome.acked > 0) {
      this.loseNext = false
      return { acked: 0, failure: { kind: 'network', message: 'Failed to fetch' } }
    }
    return outcome
  }
}

// The outbox against a model: whatever happens to the phone and the network — offline and back, a crash
// and a reload, a request sent twice, an answer lost after the server applied the write, a sign-out and
// someone else signing in — the server ends with exactly each user's writes, each once, in the order made.
import { afterAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { openOutboxDb, type OutboxDb } from '../../client/src/outbox/db.ts'
import { Outbox } from '../../client/src/outbox/outbox.ts'
import type { BatchOutcome, OutboxEntry, SendOutcome } from '../../client/src/outbox/types.ts'

const users = ['user-a', 'user-b'] as const
type User = (typeof users)[number]
const never = <T,>() => new Promise<T>(() => {})

/** Applies a write once per client mutation id, and only under its owner's session (server/src/yoga.ts). */
class FakeServer {
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
type Sending = 'one by one' | 'in batches'

/** The phone: its network, who it believes is signed in, and the app's current life (until a crash). */
class Phone {
  online = true
  user: User | null = 'user-a'
  loseNext = false
  duplicateNext = false
  crashInNext = false
  /** The connection breaks halfway through the next batch: the server applied its first half, the phone hears nothing. */
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
    const live = <T,>(run: () => Promise<T>) => (life.alive ? run() : never<T>())
    const db: OutboxDb = {
      add: (write) => live(() => raw.add(write)),
      all: () => live(() => raw.all()),
      put: (entry) => live(() => raw.put(entry)),
      remove: (seq) => live(() => raw.remove(seq)),
      settle: (removed, updated) => live(() => raw.settle(removed, updated)),
      close: () => raw.close(),
    }
    const sender = this.sending === 'in batches'
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

  /** The server runs a batch's writes in order and stops at the first it does not apply (GraphQL's serial mutation fields). */
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

interface Model {
  user: User | null
  written: Record<User, { id: string; certain: boolean }[]>
}

interface Real {
  phone: Phone
  server: FakeServer
  next: () => number
}

type Command = fc.AsyncCommand<Model, Real>


class Write implements Command {
  constructor(readonly wait: boolean) {}
  check = (model: Readonly<Model>) => model.user !== null
  async run(model: Model, real: Real) {
    const owner = model.user!
    const id = `write-${real.next()}`
    const outbox = await real.phone.alive()
    let stored = false
    await real.phone.wait(outbox.enqueue({ id, operation: 'createLead', variables: { input: { id } }, ownerId: owner, recordIds: [id] }).then(() => void (stored = true)))
    // A crash while saving: the user never saw it saved. It may have reached IndexedDB or not; if it did,
    // it must go like any other.
    model.written[owner].push({ id, certain: stored })
    if (this.wait) await real.phone.wait(outbox.flush())
  }
  toString = () => `Write(${this.wait ? 'and wait' : ''})`
}

class GoOffline implements Command {
  check = () => true
  async run(_model: Model, real: Real) {
    real.phone.online = false
  }
  toString = () => 'GoOffline'
}

class GoOnline implements Command {
  constructor(readonly wait: boolean) {}
  check = () => true
  async run(_model: Model, real: Real) {
    real.phone.online = true
    const outbox = await real.phone.alive()
    const woken = outbox.wake()
    if (this.wait) await real.phone.wait(woken)
  }
  toString = () => `GoOnline(${this.wait ? 'and wait' : ''})`
}

class CrashAndReload implements Command {
  check = () => true
  async run(_model: Model, real: Real) {
    real.phone.crash()
    await real.phone.alive()
  }
  toString = () => 'CrashAndReload'
}

class CrashInNextSend implements Command {
  check = () => true
  async run(_model: Model, real: Real) {
    real.phone.crashInNext = true
  }
  toString = () => 'CrashInNextSend(server applies, phone dies)'
}

class DuplicateNextSend implements Command {
  check = () => true
  async run(_model: Model, real: Real) {
    real.phone.duplicateNext = true
  }
  toString = () => 'DuplicateNextSend'
}

class LoseNextResponse implements Command {
  check = () => true
  async run(_model: Model, real: Real) {
    real.phone.loseNext = true
  }
  toString = () => 'LoseNextResponse(server applied)'
}

class BreakInNextBatch implements Command {
  check = () => true
  async run(_model: Model, real: Real) {
    real.phone.breakInNext = true
  }
  toString = () => 'BreakInNextBatch(server applied the first half)'
}

class SignIn implements Command {
  constructor(readonly user: User) {}
  check = () => true
  async run(model: Model, real: Real) {
    model.user = this.user
    real.server.session = this.user
    real.phone.user = this.user
    const outbox = await real.phone.alive()
    void outbox.wake()
  }
  toString = () => `SignIn(${this.user})`
}

class SessionEnds implements Command {
  check = (model: Readonly<Model>) => model.user !== null
  async run(model: Model, real: Real) {
    model.user = null
    real.server.session = null
  }
  toString = () => 'SessionEnds'
}

const commands = [
  fc.boolean().map((wait) => new Write(wait)),
  fc.boolean().map((wait) => new Write(wait)),
  fc.boolean().map((wait) => new Write(wait)),
  fc.constant(new GoOffline()),
  fc.boolean().map((wait) => new GoOnline(wait)),
  fc.constant(new CrashAndReload()),
  fc.constant(new CrashInNextSend()),
  fc.constant(new DuplicateNextSend()),
  fc.constant(new LoseNextResponse()),
  fc.constant(new BreakInNextBatch()),
  fc.constantFrom(...users).map((user) => new SignIn(user)),
  fc.constant(new SessionEnds()),
]

const opened: OutboxDb[] = []
afterAll(() => opened.forEach((db) => db.close()))
let runs = 0

/** Brings every user back online and signed in, one after the other, until nothing is left to send. */
async function drainAll(real: Real) {
  const { phone, server } = real
  phone.loseNext = phone.duplicateNext = phone.crashInNext = phone.breakInNext = false
  phone.online = true
  for (const user of users) {
    server.session = user
    phone.user = user
    for (let round = 0; round < 50; round++) {
      const outbox = await phone.alive()
      if (!(await outbox.entries(user)).length) break
      await phone.wait(outbox.wake())
    }
  }
}

describe.each(['one by one', 'in batches'] as const)('the outbox sending %s, model-checked', (sending) => {
  it('delivers exactly each user’s writes, each once, in order, whatever the network and the phone do', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 40, size: 'max' }), async (cmds) => {
        const server = new FakeServer()
        const phone = new Phone(server, `outbox-model-${++runs}`, sending)
        await phone.start()
        let counter = 0
        const real: Real = { phone, server, next: () => ++counter }
        const model: Model = { user: 'user-a', written: { 'user-a': [], 'user-b': [] } }
        await fc.asyncModelRun(() => ({ model, real }), cmds)
        await drainAll(real)
        opened.push(phone.life.raw)

        for (const user of users) {
          const applied = server.log.filter((write) => write.owner === user).map((write) => write.id)
          const expected = model.written[user].filter((write) => write.certain || applied.includes(write.id)).map((write) => write.id)
          expect(applied).toEqual(expected)
          expect(await phone.life.outbox.entries(user)).toEqual([])
        }
        expect(new Set(server.log.map((write) => write.id)).size).toBe(server.log.length)
        expect(phone.wrongUserSends).toEqual([])
        phone.life.outbox.stop()

      }),
      { numRuns: 300 },
    )
  }, 120_000)

  it('keeps one user’s writes on the phone while another is signed in, and sends them at their owner’s next sign-in', async () => {
    const server = new FakeServer()
    const phone = new Phone(server, `outbox-model-isolation-${++runs}`, sending)
    await phone.start()
    phone.online = false
    const outbox = await phone.alive()
    await outbox.enqueue({ id: 'a-1', operation: 'createLead', variables: {}, ownerId: 'user-a', recordIds: ['a-1'] })
    await outbox.enqueue({ id: 'a-2', operation: 'createLead', variables: {}, ownerId: 'user-a', recordIds: ['a-2'] })

    // user-a's session ends; user-b signs in on the same phone and writes; the phone comes online.
    server.session = phone.user = 'user-b'
    await outbox.enqueue({ id: 'b-1', operation: 'createLead', variables: {}, ownerId: 'user-b', recordIds: ['b-1'] })
    phone.online = true
    await outbox.wake()
    expect(server.log).toEqual([{ id: 'b-1', owner: 'user-b' }])
    expect((await outbox.entries('user-a')).map((entry) => entry.id)).toEqual(['a-1', 'a-2'])

    // After a reload, still nothing of user-a's goes out under user-b's session.
    phone.crash()
    const reloaded = await phone.alive()
    await reloaded.wake()
    expect(server.log).toHaveLength(1)

    server.session = phone.user = 'user-a'
    await reloaded.wake()
    expect(server.log.map((write) => write.id)).toEqual(['b-1', 'a-1', 'a-2'])
    expect(phone.wrongUserSends).toEqual([])
    opened.push(phone.life.raw)
  })
})

// The model and the fast-check commands of the outbox model test (outbox-model.test.ts): what the user writes,
// and everything the network and the phone may do meanwhile.
import fc from 'fast-check'
import { users, type FakeServer, type Phone, type User } from './outbox-model-world.ts'
import { leadWrite } from './outbox-fixtures.ts'

export interface Model {
  user: User | null
  written: Record<User, { id: string; certain: boolean }[]>
}

export interface Real {
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
    await real.phone.wait(
      outbox.enqueue(leadWrite(id, id, owner, [id])).then(() => {
        stored = true
      }),
    )
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

export const commands = [
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

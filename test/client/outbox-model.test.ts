// The outbox against a model: whatever happens to the phone and the network — offline and back, a crash
// and a reload, a request sent twice, an answer lost after the server applied the write, a sign-out and
// someone else signing in — the server ends with exactly each user's writes, each once, in the order made.
import { afterAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { OutboxDb } from '../../client/src/outbox/db.ts'
import { leadWrite } from './outbox-fixtures.ts'
import { commands, type Model, type Real } from './outbox-model-commands.ts'
import { FakeServer, Phone, users } from './outbox-model-world.ts'

const opened: OutboxDb[] = []
afterAll(() => {
  for (const db of opened) db.close()
})
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
          const expected = model.written[user]
            .filter((write) => write.certain || applied.includes(write.id))
            .map((write) => write.id)
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

  it('keeps one user’s writes while another is signed in, and sends them at their owner’s next sign-in', async () => {
    const server = new FakeServer()
    const phone = new Phone(server, `outbox-model-isolation-${++runs}`, sending)
    await phone.start()
    phone.online = false
    const outbox = await phone.alive()
    await outbox.enqueue(leadWrite('a-1', 'a-1', 'user-a', ['a-1']))
    await outbox.enqueue(leadWrite('a-2', 'a-2', 'user-a', ['a-2']))

    // user-a's session ends; user-b signs in on the same phone and writes; the phone comes online.
    server.session = phone.user = 'user-b'
    await outbox.enqueue(leadWrite('b-1', 'b-1', 'user-b', ['b-1']))
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

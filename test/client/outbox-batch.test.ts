// The outbox sending several writes in one request (outbox/send.ts): the server runs them in order and
// stops at the first it refuses. The same promises as one at a time: in order, each once, a refused write
// kept with the server's message, later writes of its record held behind it.
import { afterEach, describe, expect, it } from 'vitest'
import { openOutboxDb, type OutboxDb } from '../../client/src/outbox/db.ts'
import { Outbox } from '../../client/src/outbox/outbox.ts'
import type { BatchOutcome, NewWrite, OutboxEntry, SendOutcome } from '../../client/src/outbox/types.ts'
import { leadWrite } from './outbox-fixtures.ts'

let dbCount = 0
const opened: OutboxDb[] = []
afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

/** A server that applies each client mutation id once, runs a batch in order and stops at a refusal. */
class Server {
  readonly applied: string[] = []
  readonly requests: string[][] = []
  refuse = new Map<string, SendOutcome>()
  /** The next answer is lost after the server applied the batch. */
  loseNext = false

  receive(entries: OutboxEntry[]): BatchOutcome {
    this.requests.push(entries.map((entry) => entry.id))
    let outcome: BatchOutcome = { acked: entries.length }
    for (const [index, entry] of entries.entries()) {
      const refusal = this.refuse.get(entry.id)
      if (refusal && refusal.kind !== 'ack') {
        outcome = { acked: index, failure: refusal }
        break
      }
      if (!this.applied.includes(entry.id)) this.applied.push(entry.id)
    }
    if (this.loseNext) {
      this.loseNext = false
      return { acked: 0, failure: { kind: 'network', message: 'Failed to fetch' } }
    }
    return outcome
  }
}

async function setup(maxBatch = 10) {
  const db = await openOutboxDb(`outbox-batch-test-${++dbCount}`)
  opened.push(db)
  const state = { online: false }
  const server = new Server()
  const outbox = new Outbox({
    db,
    currentUserId: () => 'user-a',
    isOnline: () => state.online,
    retryBaseMs: 60_000,
    maxBatch,
    sendBatch: async (entries) => server.receive(entries),
  })
  return { outbox, server, state }
}

const write = (name: string, recordIds = [`project-${name}`]): NewWrite => leadWrite(name, name, 'user-a', recordIds)
const refused: SendOutcome = {
  kind: 'rejected',
  error: { code: 'BAD_USER_INPUT', message: '手机号格式不正确，应为 11 位大陆手机号' },
}

describe('the outbox sending in batches', () => {
  it('sends consecutive writes together, in order, no more than maxBatch at a time', async () => {
    const { outbox, server, state } = await setup(3)
    for (const name of ['一', '二', '三', '四', '五']) await outbox.enqueue(write(name))
    state.online = true
    await outbox.wake()
    expect(server.requests).toEqual([
      ['一', '二', '三'],
      ['四', '五'],
    ])
    expect(server.applied).toEqual(['一', '二', '三', '四', '五'])
    expect(await outbox.entries('user-a')).toEqual([])
  })

  it('acks the writes before a refusal and keeps it; holds its record’s later writes, sends the rest', async () => {
    const { outbox, server, state } = await setup()
    await outbox.enqueue(write('first'))
    await outbox.enqueue(write('bad', ['project-1']))
    await outbox.enqueue(write('update-of-bad', ['project-1']))
    await outbox.enqueue(write('other'))
    server.refuse.set('bad', refused)
    state.online = true
    await outbox.wake()

    // One request ran `first` and stopped at `bad`; the next carried only what does not wait behind it.
    expect(server.requests).toEqual([['first', 'bad', 'update-of-bad', 'other'], ['other']])
    expect(server.applied).toEqual(['first', 'other'])
    const left = await outbox.entries('user-a')
    expect(left.map((entry) => [entry.id, entry.status])).toEqual([
      ['bad', 'failed'],
      ['update-of-bad', 'pending'],
    ])
    expect(left[0]!.lastError).toEqual(refused.kind === 'rejected' ? refused.error : undefined)

    // Corrected, it goes again in its old place, before the write that waited for it.
    server.refuse.clear()
    await outbox.amend(left[0]!.seq, { fixed: true })
    await outbox.flush()
    expect(server.applied).toEqual(['first', 'other', 'bad', 'update-of-bad'])
    expect(await outbox.entries('user-a')).toEqual([])
  })

  it('sends a batch again when its answer was lost, and the server keeps each write once', async () => {
    const { outbox, server, state } = await setup()
    for (const name of ['甲', '乙', '丙']) await outbox.enqueue(write(name))
    server.loseNext = true
    state.online = true
    await outbox.flush()
    outbox.stop()
    // Applied, but the phone heard nothing: all three are still queued, untouched.
    expect(server.applied).toEqual(['甲', '乙', '丙'])
    expect((await outbox.entries('user-a')).map((entry) => [entry.id, entry.status, entry.attempts])).toEqual([
      ['甲', 'pending', 0],
      ['乙', 'pending', 0],
      ['丙', 'pending', 0],
    ])

    await outbox.wake()
    expect(server.requests).toEqual([
      ['甲', '乙', '丙'],
      ['甲', '乙', '丙'],
    ])
    expect(server.applied).toEqual(['甲', '乙', '丙'])
    expect(await outbox.entries('user-a')).toEqual([])
  })

  it('sends what a sender left out of a request in the next one', async () => {
    const db = await openOutboxDb(`outbox-batch-test-${++dbCount}`)
    opened.push(db)
    const requests: string[][] = []
    // A sender that fits only two writes in a request (the server's limits) and says so by acknowledging two.
    const outbox = new Outbox({
      db,
      currentUserId: () => 'user-a',
      isOnline: () => true,
      maxBatch: 10,
      sendBatch: async (entries) => {
        requests.push(entries.slice(0, 2).map((entry) => entry.id))
        return { acked: Math.min(2, entries.length) }
      },
    })
    for (const name of ['一', '二', '三']) await db.add(write(name))
    await outbox.flush()
    expect(requests).toEqual([['一', '二'], ['三']])
    expect(await outbox.entries('user-a')).toEqual([])
  })
})

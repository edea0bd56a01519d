// The phone's outbox (client/src/outbox): what the field staff rely on when they log leads without signal.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openOutboxDb, type OutboxDb } from '../../client/src/outbox/db.ts'
import { Outbox, nextSendable } from '../../client/src/outbox/outbox.ts'
import type { NewWrite, OutboxEntry, SendOutcome } from '../../client/src/outbox/types.ts'
import { leadOf } from '../../client/src/outbox/overlay.ts'
import { leadWrite } from './outbox-fixtures.ts'

let dbCount = 0
const opened: OutboxDb[] = []

async function setup(
  options: { user?: string | null; online?: boolean; answers?: (entry: OutboxEntry) => SendOutcome } = {},
) {
  const db = await openOutboxDb(`outbox-test-${++dbCount}`)
  opened.push(db)
  const state = { user: options.user === undefined ? 'user-a' : options.user, online: options.online ?? true }
  const sent: OutboxEntry[] = []
  const answers = { next: options.answers ?? ((): SendOutcome => ({ kind: 'ack' })) }
  const onUnauthenticated = vi.fn()
  const outbox = new Outbox({
    db,
    currentUserId: () => state.user,
    isOnline: () => state.online,
    retryBaseMs: 60_000,
    onUnauthenticated,
    send: async (entry) => {
      sent.push(entry)
      return answers.next(entry)
    },
  })
  return { db, outbox, sent, state, answers, onUnauthenticated }
}

function write(name: string, owner = 'user-a', recordIds = [`project-${name}`]): NewWrite {
  return leadWrite(`cm-${name}`, name, owner, recordIds)
}

const names = (entries: OutboxEntry[]) => entries.map((entry) => leadOf(entry)?.talentName)

afterEach(() => {
  for (const db of opened.splice(0)) db.close()
})

describe('outbox', () => {
  it('keeps the writes a user makes offline, in order, and sends them in that order once online', async () => {
    const { outbox, sent, state } = await setup({ online: false })
    for (const name of ['张三', '李四', '王五']) await outbox.enqueue(write(name))
    await outbox.flush()
    expect(sent).toEqual([])
    expect(names(await outbox.entries('user-a'))).toEqual(['张三', '李四', '王五'])

    state.online = true
    await outbox.wake()
    expect(names(sent)).toEqual(['张三', '李四', '王五'])
    expect(await outbox.entries('user-a')).toEqual([])
  })

  it('sends one write at a time', async () => {
    const { db, outbox, state } = await setup({ online: false })
    let inFlight = 0
    let most = 0
    const slow = new Outbox({
      db,
      currentUserId: () => 'user-a',
      isOnline: () => state.online,
      send: async () => {
        most = Math.max(most, ++inFlight)
        await new Promise((resolve) => setTimeout(resolve, 5))
        inFlight--
        return { kind: 'ack' }
      },
    })
    for (const name of ['一', '二', '三']) await outbox.enqueue(write(name))
    state.online = true
    await Promise.all([slow.flush(), slow.flush(), slow.flush()])
    expect(most).toBe(1)
    expect(await slow.entries('user-a')).toEqual([])
  })

  it('deletes a write only after the server acknowledged it; a network failure keeps it queued', async () => {
    const { outbox, sent, answers } = await setup()
    answers.next = () => ({ kind: 'network', message: 'Load failed' })
    await outbox.enqueue(write('张三'))
    await outbox.enqueue(write('李四'))
    await outbox.flush()
    outbox.stop()
    // The first failed on the network: nothing after it was tried, both are still there, untouched.
    expect(names(sent)).toEqual(['张三'])
    const kept = await outbox.entries('user-a')
    expect(names(kept)).toEqual(['张三', '李四'])
    expect(kept.every((entry) => entry.status === 'pending' && entry.attempts === 0)).toBe(true)

    answers.next = () => ({ kind: 'ack' })
    await outbox.wake()
    expect(names(sent)).toEqual(['张三', '张三', '李四'])
    expect(await outbox.entries('user-a')).toEqual([])
  })

  it('keeps a write the server rejected, with the server’s message, and goes on with unrelated writes', async () => {
    const { outbox, sent, answers } = await setup()
    answers.next = (entry) =>
      entry.id === 'cm-张三'
        ? {
            kind: 'rejected',
            error: {
              code: 'BAD_USER_INPUT',
              message: '手机号格式不正确，应为 11 位大陆手机号',
              problems: [{ field: 'phone', message: '手机号格式不正确，应为 11 位大陆手机号' }],
            },
          }
        : { kind: 'ack' }
    await outbox.enqueue(write('张三'))
    await outbox.enqueue(write('李四'))
    await outbox.flush()
    expect(names(sent)).toEqual(['张三', '李四'])
    const [failed, ...rest] = await outbox.entries('user-a')
    expect(rest).toEqual([])
    expect(failed).toMatchObject({
      status: 'failed',
      lastError: { code: 'BAD_USER_INPUT', message: '手机号格式不正确，应为 11 位大陆手机号' },
    })

    // It stays until the user retries or discards it: never dropped by the outbox itself.
    await outbox.flush()
    expect(await outbox.entries('user-a')).toHaveLength(1)
    answers.next = () => ({ kind: 'ack' })
    await outbox.retry(failed!.seq)
    await outbox.flush()
    expect(await outbox.entries('user-a')).toEqual([])
  })

  it('sends a corrected write in its old place, before the later writes of the same record', async () => {
    const { outbox, sent, answers } = await setup()
    answers.next = (entry) =>
      leadOf(entry)?.talentName === '张三'
        ? { kind: 'rejected', error: { code: 'BAD_USER_INPUT', message: '姓名不能是张三' } }
        : { kind: 'ack' }
    await outbox.enqueue(write('张三', 'user-a', ['project-1']))
    await outbox.enqueue(write('更新', 'user-a', ['project-1']))
    const [failed] = await outbox.entries('user-a')
    await outbox.amend(failed!.seq, { input: { talentName: '张三丰' } })
    await outbox.flush()
    expect(names(sent)).toEqual(['张三', '张三丰', '更新'])
    expect(await outbox.entries('user-a')).toEqual([])
  })

  it('holds later writes of the same record behind a failed one', async () => {
    const { outbox, sent, answers } = await setup()
    answers.next = (entry) =>
      entry.id === 'cm-create'
        ? { kind: 'rejected', error: { code: 'FORBIDDEN', message: '没有权限执行此操作' } }
        : { kind: 'ack' }
    await outbox.enqueue(write('create', 'user-a', ['project-1']))
    await outbox.enqueue(write('update', 'user-a', ['project-1']))
    await outbox.enqueue(write('other', 'user-a', ['project-2']))
    await outbox.flush()
    expect(sent.map((entry) => entry.id)).toEqual(['cm-create', 'cm-other'])
    const left = await outbox.entries('user-a')
    expect(left.map((entry) => [entry.id, entry.status])).toEqual([
      ['cm-create', 'failed'],
      ['cm-update', 'pending'],
    ])
    expect(nextSendable(left)).toBeUndefined()

    await outbox.discard(left[0]!.seq)
    await outbox.flush()
    expect(sent.map((entry) => entry.id)).toEqual(['cm-create', 'cm-other', 'cm-update'])
  })

  it('sends a user’s writes only under that user’s session', async () => {
    const { outbox, sent, state } = await setup({ user: 'user-b' })
    await outbox.enqueue(write('甲的线索', 'user-a'))
    await outbox.enqueue(write('乙的线索', 'user-b'))
    await outbox.flush()
    expect(names(sent)).toEqual(['乙的线索'])
    expect(names(await outbox.entries('user-a'))).toEqual(['甲的线索'])

    state.user = null
    await outbox.enqueue(write('甲的第二条', 'user-a'))
    expect(names(sent)).toEqual(['乙的线索'])

    state.user = 'user-a'
    await outbox.wake()
    expect(names(sent)).toEqual(['乙的线索', '甲的线索', '甲的第二条'])
  })

  it('stops and keeps the write when the session has ended', async () => {
    const { outbox, sent, answers, onUnauthenticated } = await setup()
    answers.next = () => ({ kind: 'unauthenticated' })
    await outbox.enqueue(write('张三'))
    await outbox.enqueue(write('李四'))
    await outbox.flush()
    expect(names(sent)).toEqual(['张三'])
    expect(onUnauthenticated).toHaveBeenCalled()
    expect((await outbox.entries('user-a')).map((entry) => entry.status)).toEqual(['pending', 'pending'])
  })

  it('marks a write failed after repeated unexpected server errors, keeping the message', async () => {
    const { outbox, sent, answers } = await setup()
    answers.next = () => ({ kind: 'transient', error: { code: 'HTTP_500', message: 'Unexpected error.' } })
    await outbox.enqueue(write('张三'))
    for (let i = 0; i < 5; i++) await outbox.wake()
    outbox.stop()
    expect(sent).toHaveLength(5)
    expect(await outbox.entries('user-a')).toMatchObject([
      { status: 'failed', attempts: 5, lastError: { message: 'Unexpected error.' } },
    ])
  })

  it('survives a reload: a new outbox on the same database sends what the old one left', async () => {
    const first = await setup({ online: false })
    await first.outbox.enqueue(write('张三'))
    const sent: string[] = []
    const reopened = new Outbox({
      db: first.db,
      currentUserId: () => 'user-a',
      isOnline: () => true,
      send: async (entry) => {
        sent.push(entry.id)
        return { kind: 'ack' }
      },
    })
    await reopened.flush()
    expect(sent).toEqual(['cm-张三'])
  })

  it('gives up waiting for an answer that never comes, and keeps the write', async () => {
    const { db } = await setup()
    const hanging = new Outbox({
      db,
      currentUserId: () => 'user-a',
      isOnline: () => true,
      sendTimeoutMs: 20,
      retryBaseMs: 60_000,
      send: () => new Promise<SendOutcome>(() => {}),
    })
    await hanging.enqueue(write('张三'))
    await hanging.flush()
    hanging.stop()
    expect(await hanging.entries('user-a')).toMatchObject([{ status: 'pending', attempts: 0 }])
  })
})

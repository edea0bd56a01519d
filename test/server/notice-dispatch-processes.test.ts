// Several server processes sending notices from one database: each delivery is claimed by one of them
// (FOR UPDATE SKIP LOCKED) and sent once, whether the processes' timers or their dispatchers run at once.
// On PostgreSQL each "process" has its own pool; the embedded database has one process, played by callers
// sharing its client.
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { openDatabase, type Database } from '../../server/src/db/open.ts'
import { smallCounty } from '../support/pipeline.ts'
import { Scheduler } from '../../server/src/jobs/scheduler.ts'
import { registerChannel, type OutgoingNotice } from '../../server/src/notify/channels.ts'
import { deliveryJob, dispatchDue, pruneDeliveries } from '../../server/src/notify/dispatcher.ts'
import { queueDeliveries } from '../../server/src/notify/queue-deliveries.ts'

const processes = 3
let db: TestDatabase
let others: Database[]
let county: Awaited<ReturnType<typeof smallCounty>>
const sends: string[] = []
// Files share a worker (vitest isolate: false): the sender is taken out again after this file.
let unregister: () => void = () => {}
beforeAll(async () => {
  db = await openTestDatabase()
  others = db.url ? await Promise.all(Array.from({ length: processes - 1 }, () => openDatabase({ url: db.url }))) : []
  county = await smallCounty(db.prisma)
  // A push sender slow enough that the processes' claims overlap.
  unregister = registerChannel({
    channel: 'WEB_PUSH',
    send: async (delivery) => {
      sends.push(delivery.id)
      await sleep(5)
      return { ok: true }
    },
  })
})
afterAll(async () => {
  unregister()
  await Promise.all(others.map((other) => other.close()))
  await db?.close()
})

const prismaOf = (index: number) => (index === 0 || !others.length ? db.prisma : others[index - 1]!.prisma)
const noon = new Date('2027-03-01T12:00:00+08:00')

async function queueAssignments(count: number, at: Date) {
  const notices: OutgoingNotice[] = Array.from({ length: count }, (_, index) => ({
    noticeId: uuidv7(),
    userId: index % 2 ? county.people.eastStaff.id : county.people.westStaff.id,
    kind: 'PROJECT_ASSIGNED',
    title: '新项目分配给你',
    body: '',
    url: '/projects/1',
    createdAt: at,
  }))
  await db.prisma.$transaction((tx) => queueDeliveries(tx, notices, at))
  return notices
}

describe(`notices sent from several processes on ${testDatabaseKind}`, () => {
  it('go out once each when every process dispatches at the same moment', async () => {
    sends.length = 0
    await queueAssignments(70, noon)
    const summaries = await Promise.all(
      Array.from({ length: processes }, (_, index) => dispatchDue(prismaOf(index), noon)),
    )
    expect(summaries.reduce((sum, summary) => sum + summary.sent, 0)).toBe(70)
    expect(new Set(sends).size).toBe(70)
    expect(sends).toHaveLength(70)
    expect(await db.prisma.noticeDelivery.count({ where: { status: 'SENT', attempts: 1 } })).toBe(70)
  })

  it('go out once each when the processes’ schedulers tick together', async () => {
    sends.length = 0
    const later = new Date(noon.getTime() + 3_600_000)
    await queueAssignments(25, later)
    const schedulers = Array.from(
      { length: processes },
      (_, index) => new Scheduler(prismaOf(index), [deliveryJob(prismaOf(index))], { now: () => later }),
    )
    const ran = await Promise.all(schedulers.map((scheduler) => scheduler.tick()))
    expect(ran.flat()).toEqual(['deliverNotices'])
    expect(sends).toHaveLength(25)
    expect(new Set(sends).size).toBe(25)
  })
})

describe('the delivery log', () => {
  it('forgets deliveries sent a month ago and failures three months old, and keeps the rest', async () => {
    const day = 86_400_000
    const at = (days: number) => new Date(noon.getTime() + days * day)
    const base = { channel: 'WEBHOOK' as const, userId: county.people.eastStaff.id, kind: 'DIGEST' as const }
    const text = { title: '每日汇总', body: '', url: '/', noticeCreatedAt: noon, nextAttemptAt: noon }
    const row = (fields: object) => ({ noticeId: uuidv7(), ...base, ...text, ...fields })
    await db.prisma.noticeDelivery.createMany({
      data: [
        row({ status: 'SENT', sentAt: at(-31) }),
        row({ status: 'SENT', sentAt: at(-29) }),
        row({ status: 'FAILED', lastAttemptAt: at(-91) }),
        row({ status: 'FAILED', lastAttemptAt: at(-60) }),
        row({ status: 'PENDING', lastAttemptAt: at(-200) }),
      ],
    })
    const before = await db.prisma.noticeDelivery.count()
    expect(await pruneDeliveries(db.prisma, noon)).toBe(2)
    expect(await db.prisma.noticeDelivery.count()).toBe(before - 2)
  })
})

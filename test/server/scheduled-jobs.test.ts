// Timers (escalation, later reminders) run once per interval however many server processes share the database.
// On PostgreSQL each scheduler has its own pool, as each process would; the embedded database has one process,
// played here by schedulers sharing its client. The schedulers' clock is set by the test, ticks are called by it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { openDatabase, type Database } from '../../server/src/db/open.ts'
import { Scheduler, type ScheduledJob } from '../../server/src/jobs/scheduler.ts'
import { escalationJob } from '../../server/src/schema/support-request/escalate-overdue.ts'

const processes = 3
const minute = 60_000
const start = new Date('2027-03-01T01:00:00Z').getTime()

let db: TestDatabase
let others: Database[]
beforeEach(async () => {
  db = await openTestDatabase()
  others = db.url ? await Promise.all(Array.from({ length: processes - 1 }, () => openDatabase({ url: db.url }))) : []
})
afterEach(async () => {
  await Promise.all(others.map((other) => other.close()))
  await db?.close()
})

const prismaOf = (index: number) => (index === 0 || !others.length ? db.prisma : others[index - 1]!.prisma)

function schedulers(jobOf: (index: number) => ScheduledJob[], clock: { now: number }, log?: (line: string) => void) {
  return Array.from(
    { length: processes },
    (_, index) => new Scheduler(prismaOf(index), jobOf(index), { now: () => new Date(clock.now), log }),
  )
}

describe(`scheduled jobs on ${testDatabaseKind}`, () => {
  it('run once per interval across every process ticking, several times an interval', async () => {
    const runs: { process: number; at: number }[] = []
    const job = (index: number): ScheduledJob => ({
      name: 'count-runs',
      everyMs: minute,
      run: async (now) => void runs.push({ process: index, at: now.getTime() }),
    })
    const clock = { now: start }
    const all = schedulers((index) => [job(index)], clock)
    // Ten intervals, each process ticking four times in each, all at once.
    for (let step = 0; step < 40; step++) {
      clock.now = start + step * 15_000
      await Promise.all(all.map((scheduler) => scheduler.tick()))
    }
    expect(runs.map((run) => run.at - start)).toEqual(Array.from({ length: 10 }, (_, interval) => interval * minute))
    const row = await db.prisma.scheduledJob.findUniqueOrThrow({ where: { name: 'count-runs' } })
    expect(row.lastRunAt.getTime()).toBe(start + 9 * minute)
  })

  it('keeps each job to its own interval', async () => {
    const runs: string[] = []
    const clock = { now: start }
    const all = schedulers(
      () => [
        { name: 'every-minute', everyMs: minute, run: async () => void runs.push('every-minute') },
        { name: 'every-five', everyMs: 5 * minute, run: async () => void runs.push('every-five') },
      ],
      clock,
    )
    for (let step = 0; step < 20; step++) {
      clock.now = start + step * 30_000
      await Promise.all(all.map((scheduler) => scheduler.tick()))
    }
    expect(runs.filter((name) => name === 'every-minute')).toHaveLength(10)
    expect(runs.filter((name) => name === 'every-five')).toHaveLength(2)
  })

  it('logs a failing run and tries again at the next interval, not before', async () => {
    const logged: string[] = []
    let attempts = 0
    const clock = { now: start }
    const failingOnce: ScheduledJob = {
      name: 'fails-once',
      everyMs: minute,
      run: async () => {
        attempts++
        if (attempts === 1) throw new Error('database went away')
      },
    }
    const all = schedulers(
      () => [failingOnce],
      clock,
      (line) => logged.push(line),
    )
    await Promise.all(all.map((scheduler) => scheduler.tick()))
    expect(logged).toEqual(['Scheduled job fails-once failed: Error: database went away'])
    clock.now = start + 30_000
    await Promise.all(all.map((scheduler) => scheduler.tick()))
    expect(attempts).toBe(1)
    clock.now = start + minute
    await Promise.all(all.map((scheduler) => scheduler.tick()))
    expect(attempts).toBe(2)
  })

  it('passes over overdue support requests in one process of all, as the ESCALATION_MINUTES timer', async () => {
    const clock = { now: start }
    const all = schedulers((index) => [escalationJob(prismaOf(index), 15 * minute)], clock)
    const ran = await Promise.all(all.map((scheduler) => scheduler.tick()))
    expect(ran.flat()).toEqual(['escalateOverdueSupportRequests'])
  })
})

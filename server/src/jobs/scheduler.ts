// Jobs the server runs on a timer (escalating overdue support requests; later reminders). Every server process
// ticks, and several may share one PostgreSQL: a run is claimed in the database (`ScheduledJob`), so each job
// runs once per interval across all of them. On the embedded database the same claim serves its one process.
import type { PrismaClient } from '../generated/prisma/client.ts'

export interface ScheduledJob {
  /** Unique among jobs: the claim's key in `ScheduledJob`. */
  name: string
  everyMs: number
  /** `now` is the tick's time, the one the claim recorded. */
  run(now: Date): Promise<unknown>
}

export interface SchedulerOptions {
  /** The clock; tests set their own. */
  now?: () => Date
  log?: (message: string) => void
}

/** Checks at least this often, so a job runs at most this late after its interval, whichever process ticks. */
const longestCheckMs = 60_000

/**
 * Moves the job's last run to `now` when an interval has passed since it, in one UPDATE: of processes ticking
 * at once, the first one's UPDATE wins and the others', evaluated again on the row it wrote, match nothing.
 */
export async function claimRun(prisma: PrismaClient, job: ScheduledJob, now: Date): Promise<boolean> {
  const claimed = await prisma.scheduledJob.updateMany({
    where: { name: job.name, lastRunAt: { lte: new Date(now.getTime() - job.everyMs) } },
    data: { lastRunAt: now },
  })
  return claimed.count === 1
}

/** The job's row, never run yet, unless a process made it already. */
function registerJob(prisma: PrismaClient, job: ScheduledJob) {
  return prisma.scheduledJob.createMany({ data: [{ name: job.name, lastRunAt: new Date(0) }], skipDuplicates: true })
}

export class Scheduler {
  private readonly now: () => Date
  private readonly log: (message: string) => void
  private ticking: Promise<string[]> | null = null
  private registered = false

  constructor(
    private readonly prisma: PrismaClient,
    private readonly jobs: readonly ScheduledJob[],
    options: SchedulerOptions = {},
  ) {
    this.now = options.now ?? (() => new Date())
    this.log = options.log ?? console.error
  }

  /**
   * Claims and runs every job due; returns the names of those this process ran. A tick still running when
   * the next comes is not overlapped. A failing job is logged and waits for its next interval.
   */
  tick(): Promise<string[]> {
    this.ticking ??= this.runDueJobs().finally(() => {
      this.ticking = null
    })
    return this.ticking
  }

  /** Ticks now and on a timer until the returned function is called. */
  start(): () => void {
    if (this.jobs.length === 0) return () => {}
    const checkEveryMs = Math.min(longestCheckMs, ...this.jobs.map((job) => job.everyMs))
    const timer = setInterval(() => void this.tick(), checkEveryMs)
    timer.unref()
    void this.tick()
    return () => clearInterval(timer)
  }

  private async runDueJobs(): Promise<string[]> {
    const ran: string[] = []
    if (!this.registered) {
      try {
        for (const job of this.jobs) await registerJob(this.prisma, job)
        this.registered = true
      } catch (error) {
        this.log(`Scheduled jobs could not be registered: ${String(error)}`)
        return ran
      }
    }
    for (const job of this.jobs) {
      const now = this.now()
      try {
        if (!(await claimRun(this.prisma, job, now))) continue
        ran.push(job.name)
        await job.run(now)
      } catch (error) {
        this.log(`Scheduled job ${job.name} failed: ${String(error)}`)
      }
    }
    return ran
  }
}

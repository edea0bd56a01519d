// The inbox's timers: owners told of follow-ups due today or overdue, and notices past their keeping deleted.
// Each runs once per interval across the processes (jobs/scheduler.ts), and the follow-up notice's cause key
// (the project and its due day) keeps it to one per due date however often, or by however many, it runs.
import type { PrismaClient } from '../../generated/prisma/client.ts'
import { followUpRange } from '../../domain/follow-up.ts'
import { causeKeys, retentionCutoff, type NoticeDraft } from '../../domain/notice.ts'
import { countyDateKey, isWorkingDay } from '../../domain/working-days.ts'
import type { ScheduledJob } from '../../jobs/scheduler.ts'
import { loadWorkingCalendar } from '../../write/settings.ts'
import { notWithdrawnLead } from '../project/project-filters.ts'
import { notify } from './notify.ts'

/**
 * On a working day, each active project's owner hears of its follow-up due today or overdue, once per due
 * day. On a holiday or a weekend nobody is told: what fell due then is told, overdue, on the next working day.
 */
export async function noticeFollowUpsDue(prisma: PrismaClient, now: Date) {
  if (!isWorkingDay(now, await loadWorkingCalendar(prisma))) return []
  const today = followUpRange('TODAY', now)
  const projects = await prisma.project.findMany({
    where: { ...notWithdrawnLead, status: 'ACTIVE', ownerId: { not: null }, nextFollowUpAt: { lt: today.to } },
    select: { id: true, title: true, ownerId: true, nextFollowUpAt: true },
  })
  const drafts: NoticeDraft[] = projects.map((project) => {
    const due = project.nextFollowUpAt!
    const day = countyDateKey(due)
    return {
      userId: project.ownerId!,
      kind: 'FOLLOW_UP_DUE',
      causeKey: causeKeys.followUpDue(project.id, day),
      params: { project: project.title, day, overdue: due < today.from! },
      subject: { type: 'Project', id: project.id },
      actorId: null,
      createdAt: now,
    }
  })
  return notify(prisma, drafts)
}

export function deleteOldNotices(prisma: PrismaClient, now: Date) {
  return prisma.notice.deleteMany({ where: { createdAt: { lt: retentionCutoff(now) } } })
}

const hour = 60 * 60_000

/** Hourly, so a follow-up set for later today is told today; each due day is told once all the same. */
export function followUpDueJob(prisma: PrismaClient, everyMs = hour): ScheduledJob {
  return { name: 'noticeFollowUpsDue', everyMs, run: (now) => noticeFollowUpsDue(prisma, now) }
}

export function noticeRetentionJob(prisma: PrismaClient, everyMs = 24 * hour): ScheduledJob {
  return { name: 'deleteOldNotices', everyMs, run: (now) => deleteOldNotices(prisma, now) }
}

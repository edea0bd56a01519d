// The daily digest: at the office's time on the county's working days, everyone with something waiting hears
// of it in one notice — their projects' follow-ups due today or overdue, the support requests overdue on their
// desk, and their unread notices. It goes out once a day for the county, whichever server process gets there
// first: the day is claimed in `ScheduledJob`, and each user's digest is keyed by the day besides.
import type { PrismaClient } from '../../generated/prisma/client.ts'
import { recipientsNoticeScope } from '../../auth/read-rules.ts'
import { digestSlot, startOfCountyDayOf } from '../../domain/digest.ts'
import { followUpRange } from '../../domain/follow-up.ts'
import type { NoticeDraft } from '../../domain/notice.ts'
import { openSupportStatuses } from '@talent/rules/support-request'
import { countyDateKey } from '../../domain/working-days.ts'
import type { ScheduledJob } from '../../jobs/scheduler.ts'
import { loadWorkingCalendar, readSetting } from '../../write/settings.ts'
import { notWithdrawnLead } from '../project/project-filters.ts'
import { notify, type CreatedNotice } from './notify.ts'

/** The row whose `lastRunAt` says when the last digest went out. */
const sentMarker = 'dailyDigest:sent'

export interface DigestCounts {
  followUps: number
  overdueRequests: number
  unread: number
}

/** Claims today's digest for this process: true for exactly one caller per county day. */
async function claimDay(prisma: PrismaClient, slot: Date, now: Date): Promise<boolean> {
  await prisma.scheduledJob.createMany({ data: [{ name: sentMarker, lastRunAt: new Date(0) }], skipDuplicates: true })
  const claimed = await prisma.scheduledJob.updateMany({
    where: { name: sentMarker, lastRunAt: { lt: startOfCountyDayOf(slot) } },
    data: { lastRunAt: now },
  })
  return claimed.count === 1
}

// Earlier digests aside: a digest saying "1 unread" of yesterday's digest would tell nothing.
const unreadNotice = { readAt: null, kind: { not: 'DIGEST' } } as const

/**
 * Each active user's unread notices as their bell counts them (unreadNoticeCount): only those they still read
 * under the read rule — a department that handed a request on no longer counts its notice — by the rule itself
 * (recipientsNoticeScope), in one query for the county.
 */
async function unreadCounts(prisma: PrismaClient): Promise<Map<string, number>> {
  const recipients = await prisma.user.findMany({
    where: { active: true, notices: { some: unreadNotice } },
    select: { id: true, name: true, role: true, unitId: true },
  })
  if (recipients.length === 0) return new Map()
  const unread = await prisma.notice.groupBy({
    by: ['userId'],
    where: { AND: [unreadNotice, recipientsNoticeScope(recipients)] },
    _count: { _all: true },
  })
  return new Map(unread.map((row) => [row.userId, row._count._all]))
}

/** What waits for each active user at `now`: only users with something in it. */
export async function digestCounts(prisma: PrismaClient, now: Date): Promise<Map<string, DigestCounts>> {
  const counts = new Map<string, DigestCounts>()
  const of = (userId: string) => {
    const entry = counts.get(userId) ?? { followUps: 0, overdueRequests: 0, unread: 0 }
    counts.set(userId, entry)
    return entry
  }
  const due = await prisma.project.groupBy({
    by: ['ownerId'],
    where: {
      ...notWithdrawnLead,
      status: 'ACTIVE',
      ownerId: { not: null },
      nextFollowUpAt: { lt: followUpRange('TODAY', now).to },
    },
    _count: { _all: true },
  })
  for (const row of due) if (row.ownerId) of(row.ownerId).followUps = row._count._all
  // A request overdue is the department's to settle: each of its users hears of it.
  const overdue = await prisma.supportRequest.groupBy({
    by: ['departmentId'],
    where: { status: { in: [...openSupportStatuses] }, dueAt: { lt: now }, departmentId: { not: null } },
    _count: { _all: true },
  })
  const departments = new Map(overdue.map((row) => [row.departmentId!, row._count._all]))
  const departmentUsers = await prisma.user.findMany({
    where: { active: true, role: 'DEPARTMENT', unitId: { in: [...departments.keys()] } },
    select: { id: true, unitId: true },
  })
  for (const user of departmentUsers) of(user.id).overdueRequests = departments.get(user.unitId) ?? 0
  for (const [userId, count] of await unreadCounts(prisma)) of(userId).unread = count
  const active = await prisma.user.findMany({
    where: { id: { in: [...counts.keys()] }, active: true },
    select: { id: true },
  })
  const activeIds = new Set(active.map((user) => user.id))
  for (const userId of counts.keys()) if (!activeIds.has(userId)) counts.delete(userId)
  return counts
}

/** Sends today's digest if it is due and no process sent it yet; answers the notices made, or null. */
export async function sendDailyDigest(prisma: PrismaClient, now: Date): Promise<CreatedNotice[] | null> {
  const settings = await readSetting(prisma, 'digest')
  const slot = digestSlot(now, settings.value, await loadWorkingCalendar(prisma))
  if (!slot || !(await claimDay(prisma, slot, now))) return null
  const day = countyDateKey(slot)
  const drafts: NoticeDraft[] = [...(await digestCounts(prisma, now))].map(([userId, counts]) => ({
    userId,
    kind: 'DIGEST',
    causeKey: `digest:${day}`,
    params: { day, ...counts },
    subject: null,
    actorId: null,
    createdAt: now,
  }))
  return notify(prisma, drafts)
}

/** Looks every minute whether today's digest is due; sends it once a day. */
export function dailyDigestJob(prisma: PrismaClient, everyMs = 60_000): ScheduledJob {
  return { name: 'dailyDigest', everyMs, run: (now) => sendDailyDigest(prisma, now) }
}

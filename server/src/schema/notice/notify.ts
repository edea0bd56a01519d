// The one way a notice is made: every cause (a write, a job, a refused claim, a lock) drafts its notices
// (domain/notice.ts) and hands them here, inside the transaction of the write that causes them. The notices
// actually made are queued here too for the channels their recipients chose (Web Push, the office's webhook).
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts'
import type { NoticeKind, Role } from '../../generated/prisma/enums.ts'
import { deliverable, type NoticeDraft, type NoticeParams, type NoticeSubject } from '../../domain/notice.ts'
import type { Transaction } from '../../write/apply-once.ts'
import { queueOutgoing } from '../../notify/outgoing.ts'

export interface CreatedNotice {
  id: string
  userId: string
  kind: NoticeKind
  params: NoticeParams
  /** What the notice opens, or null (an account lock). */
  link: NoticeSubject | null
  createdAt: Date
}

type Writer = Transaction | PrismaClient

const subjectColumns = (subject: NoticeSubject | null) => ({
  projectId: subject?.type === 'Project' ? subject.id : null,
  supportRequestId: subject?.type === 'SupportRequest' ? subject.id : null,
  reportId: subject?.type === 'Report' ? subject.id : null,
})

export function linkOf(notice: {
  projectId: string | null
  supportRequestId: string | null
  reportId: string | null
}): NoticeSubject | null {
  if (notice.projectId) return { type: 'Project', id: notice.projectId }
  if (notice.supportRequestId) return { type: 'SupportRequest', id: notice.supportRequestId }
  if (notice.reportId) return { type: 'Report', id: notice.reportId }
  return null
}

/**
 * Writes the drafts that are new: the actor is dropped, and a (user, cause) already on record writes nothing
 * (ON CONFLICT DO NOTHING on the unique key), so a cause run twice, or by two processes at once, is one notice.
 * Answers only the notices this call made.
 */
export async function notify(tx: Writer, drafts: readonly NoticeDraft[]): Promise<CreatedNotice[]> {
  const rows = deliverable(drafts)
  if (rows.length === 0) return []
  const made = await tx.notice.createManyAndReturn({
    data: rows.map((draft) => ({
      userId: draft.userId,
      kind: draft.kind,
      causeKey: draft.causeKey,
      params: draft.params as Prisma.InputJsonValue,
      ...subjectColumns(draft.subject),
      ...(draft.createdAt ? { createdAt: draft.createdAt } : {}),
    })),
    skipDuplicates: true,
    select: {
      id: true,
      userId: true,
      kind: true,
      params: true,
      projectId: true,
      supportRequestId: true,
      reportId: true,
      createdAt: true,
    },
  })
  const created = made.map(({ projectId, supportRequestId, reportId, params, ...notice }) => ({
    ...notice,
    params: params as NoticeParams,
    link: linkOf({ projectId, supportRequestId, reportId }),
  }))
  await queueOutgoing(tx, created)
  return created
}

/** The active users of `unitId`, of the given roles (all roles when none). */
export async function usersOfUnit(tx: Writer, unitId: string, roles?: readonly Role[]): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { unitId, active: true, ...(roles ? { role: { in: [...roles] } } : {}) },
    select: { id: true },
  })
  return users.map((user) => user.id)
}

// Marks made on the phone and not yet acknowledged (the outbox): the inbox and the bell show them as done.
import type { OutboxEntry } from '../outbox/index.ts'
import { isWrite } from '../outbox/overlay.ts'

export interface PendingReads {
  /** Notices marked read one by one. */
  ids: ReadonlySet<string>
  /** "All read" up to this moment (the newest such mark), or null. */
  allBefore: number | null
}

export function pendingReads(entries: readonly OutboxEntry[]): PendingReads {
  const ids = new Set<string>()
  let allBefore: number | null = null
  for (const entry of entries) {
    if (isWrite(entry, 'markNoticesRead')) for (const id of entry.variables.input.ids) ids.add(id)
    if (isWrite(entry, 'markAllNoticesRead')) {
      const before = new Date(String(entry.variables.input.before)).getTime()
      allBefore = Math.max(allBefore ?? before, before)
    }
  }
  return { ids, allBefore }
}

/** Whether a notice shows as read: the server says so, or a queued mark does. */
export function shownRead(notice: { uuid: string; readAt: string | null; createdAt: string }, pending: PendingReads) {
  if (notice.readAt || pending.ids.has(notice.uuid)) return true
  return pending.allBefore !== null && new Date(notice.createdAt).getTime() <= pending.allBefore
}

/** The bell's number: the server's unread count less the unread ones a queued mark takes off. */
export function shownUnread(serverCount: number, unreadIds: readonly string[], pending: PendingReads): number {
  if (pending.allBefore !== null) return 0
  const taken = unreadIds.filter((id) => pending.ids.has(id)).length
  return Math.max(0, serverCount - taken)
}

/** Where a notice's subject opens, on the screens that already show it. */
export function subjectPath(subject: { uuid: string; typename: string } | null): string | null {
  if (!subject) return null
  switch (subject.typename) {
    case 'Project':
      return `/projects/${subject.uuid}`
    case 'SupportRequest':
      return `/requests/${subject.uuid}`
    case 'Report':
      return `/reports/${subject.uuid}`
    default:
      return null
  }
}

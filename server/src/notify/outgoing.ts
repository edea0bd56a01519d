// From the inbox to the channels: the notices notify() just made, written out in each recipient's language with
// the app path they open, queued for the ways out the recipient chose (queue-deliveries.ts), in the same
// transaction. Nothing is read when no channel is registered (an embedded install with neither set up).
import { noticeText, type NoticeSubject } from '../domain/notice.ts'
import type { CreatedNotice } from '../schema/notice/notify.ts'
import type { Transaction } from '../write/apply-once.ts'
import { isLocale } from '../locale/locale.ts'
import { registeredChannels } from './channels.ts'
import { queueDeliveries } from './queue-deliveries.ts'

const pathOf: Record<NoticeSubject['type'], string> = {
  Project: '/projects/',
  SupportRequest: '/requests/',
  Report: '/reports/',
}

/** The app path a notice opens: its object's screen, or the inbox for a notice about nothing to open. */
export function noticeUrl(link: NoticeSubject | null): string {
  return link ? `${pathOf[link.type]}${link.id}` : '/inbox'
}

export async function queueOutgoing(tx: Transaction, notices: readonly CreatedNotice[]): Promise<number> {
  if (notices.length === 0 || registeredChannels().length === 0) return 0
  const readers = await tx.user.findMany({
    where: { id: { in: [...new Set(notices.map((notice) => notice.userId))] } },
    select: { id: true, locale: true },
  })
  const localeOf = new Map(readers.map((reader) => [reader.id, isLocale(reader.locale) ? reader.locale : 'zh-CN']))
  return queueDeliveries(
    tx,
    notices.map((notice) => ({
      noticeId: notice.id,
      userId: notice.userId,
      kind: notice.kind,
      ...noticeText(notice.kind, notice.params, localeOf.get(notice.userId) ?? 'zh-CN'),
      url: noticeUrl(notice.link),
      createdAt: notice.createdAt,
    })),
    new Date(),
  )
}

// An issued report reaches each unit head it was sent to (its read receipts, report-receipt.ts): each hears of it,
// and those who have not opened it hear again when the office reminds them.
import { causeKeys, draftsFor } from '../../domain/notice.ts'
import type { Transaction } from '../../write/apply-once.ts'
import { notify } from './notify.ts'

interface IssuedReport {
  id: string
  title: string
}

export function noticeReportIssued(
  tx: Transaction,
  actor: { id: string },
  report: IssuedReport,
  recipientIds: readonly string[],
) {
  return notify(
    tx,
    draftsFor(recipientIds, {
      kind: 'REPORT_ISSUED',
      causeKey: causeKeys.reportIssued(report.id),
      params: { report: report.title },
      subject: { type: 'Report', id: report.id },
      actorId: actor.id,
    }),
  )
}

/** The office's `round`-th reminder (1, 2 …): each round is a notice of its own. */
export function noticeReportReminder(
  tx: Transaction,
  actor: { id: string },
  report: IssuedReport,
  unreadIds: readonly { userId: string; round: number }[],
) {
  return notify(
    tx,
    unreadIds.flatMap((reader) =>
      draftsFor([reader.userId], {
        kind: 'REPORT_REMINDER',
        causeKey: causeKeys.reportReminder(report.id, reader.round),
        params: { report: report.title },
        subject: { type: 'Report', id: report.id },
        actorId: actor.id,
      }),
    ),
  )
}

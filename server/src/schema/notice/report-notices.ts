// An issued report concerns the units it covers: each unit's head (一把手, UNIT_LEADER) hears of it; a
// county-wide report (no unit) concerns every unit.
import { causeKeys, draftsFor } from '../../domain/notice.ts'
import type { Transaction } from '../../write/apply-once.ts'
import { notify } from './notify.ts'

export async function noticeReportIssued(
  tx: Transaction,
  actor: { id: string },
  report: { id: string; title: string; unitId: string | null },
) {
  const heads = await tx.user.findMany({
    where: { role: 'UNIT_LEADER', active: true, ...(report.unitId ? { unitId: report.unitId } : {}) },
    select: { id: true },
  })
  return notify(
    tx,
    draftsFor(
      heads.map((head) => head.id),
      {
        kind: 'REPORT_ISSUED',
        causeKey: causeKeys.reportIssued(report.id),
        params: { report: report.title },
        subject: { type: 'Report', id: report.id },
        actorId: actor.id,
      },
    ),
  )
}

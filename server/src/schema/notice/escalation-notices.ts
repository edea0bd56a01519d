// An overdue request escalated to a unit (督办) is news to that unit's people who supervise: everyone of the
// unit but its field staff.
import type { Role } from '../../generated/prisma/enums.ts'
import { causeKeys, draftsFor, type NoticeDraft } from '../../domain/notice.ts'
import type { Transaction } from '../../write/apply-once.ts'
import { notify, usersOfUnit } from './notify.ts'

const supervisors: Role[] = ['PARK_MANAGER', 'UNIT_LEADER', 'DEPARTMENT', 'LEADER', 'ADMIN']

export async function noticeEscalations(
  tx: Transaction,
  escalations: readonly { requestId: string; level: number; unitId: string | null; label: string }[],
  actorId: string | null,
) {
  if (escalations.length === 0) return []
  const requests = await tx.supportRequest.findMany({
    where: { id: { in: escalations.map((escalation) => escalation.requestId) } },
    select: { id: true, project: { select: { title: true } } },
  })
  const titles = new Map(requests.map((request) => [request.id, request.project.title]))
  const recipients = new Map<string, string[]>()
  const drafts: NoticeDraft[] = []
  for (const escalation of escalations) {
    if (!escalation.unitId) continue
    if (!recipients.has(escalation.unitId))
      recipients.set(escalation.unitId, await usersOfUnit(tx, escalation.unitId, supervisors))
    drafts.push(
      ...draftsFor(recipients.get(escalation.unitId)!, {
        kind: 'SUPPORT_ESCALATED',
        causeKey: causeKeys.supportEscalated(escalation.requestId, escalation.level),
        params: { project: titles.get(escalation.requestId) ?? '', level: escalation.label },
        subject: { type: 'SupportRequest', id: escalation.requestId },
        actorId,
      }),
    )
  }
  return notify(tx, drafts)
}

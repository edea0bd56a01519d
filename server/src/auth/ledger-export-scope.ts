// Who may take the projects ledger (台账) out of the system as a file, and with which phones.
// docs/domain.md, "Personal data": exports include contact data in full only for ADMIN. So:
// - ADMIN (人才办) exports the county or any unit, phones in full; every such export is written to the
//   audit log like a reveal of masked data (who, which unit, how many projects).
// - A unit's manager and head (PARK_MANAGER, UNIT_LEADER) export their own unit only, phones masked
//   (138****1234) even though the manager sees them in full on screen: a file leaves the system's control.
// - County leaders read the pipeline aggregated, not project by project; staff and departments have their
//   own lists: none of them exports the ledger.
import type { SessionUser } from '../context.ts'
import type { Role } from '../generated/prisma/enums.ts'
import { DomainError } from '../domain/errors.ts'

export const ledgerExporters: Role[] = ['ADMIN', 'PARK_MANAGER', 'UNIT_LEADER']

export function ledgerExportScope(
  user: SessionUser,
  requestedUnitId: string | null | undefined,
): { unitId: string | null; phones: 'FULL' | 'MASKED' } {
  if (user.role === 'ADMIN') return { unitId: requestedUnitId ?? null, phones: 'FULL' }
  if (!ledgerExporters.includes(user.role)) throw DomainError.forbidden('无权导出台账')
  if (requestedUnitId && requestedUnitId !== user.unitId) throw DomainError.forbidden('只能导出本单位的台账')
  return { unitId: user.unitId, phones: 'MASKED' }
}

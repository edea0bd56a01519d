// Which unit's statistics a user may read, decided once for every statistics query: county leaders and the
// talent office read the county or any unit; a unit's head and manager read their own unit only, and asking
// for another unit is refused rather than quietly answered with their own. The SQL then narrows by that unit.
import type { SessionUser } from '../context.ts'
import type { Role } from '../generated/prisma/enums.ts'
import { DomainError } from '../domain/errors.ts'

/** Who reads the statistics of the pipeline: staff and departments have their own lists instead. */
export const statisticsReaders: Role[] = ['ADMIN', 'LEADER', 'UNIT_LEADER', 'PARK_MANAGER']

/** Null: the whole county. */
export function statisticsUnit(user: SessionUser, requestedUnitId: string | null | undefined): string | null {
  if (user.role === 'ADMIN' || user.role === 'LEADER') return requestedUnitId ?? null
  if (requestedUnitId && requestedUnitId !== user.unitId) throw DomainError.forbidden('只能查看本单位的统计')
  return user.unitId
}

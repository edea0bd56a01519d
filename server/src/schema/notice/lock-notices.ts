// A locked account's owner is told (ACCOUNT_LOCKED): someone may be guessing their password. The notice links
// to nothing; it says until when, in county time.
import type { Prisma } from '../../generated/prisma/client.ts'
import { format } from 'date-fns'
import { TZDate } from '@date-fns/tz'
import { countyTimeZone } from '../../domain/clocks.ts'
import { causeKeys } from '../../domain/notice.ts'
import { notify } from './notify.ts'

export async function noticeAccountLocked(
  tx: Prisma.TransactionClient,
  lock: { id: string; login: string; until: Date },
) {
  const owner = await tx.user.findUnique({ where: { login: lock.login }, select: { id: true } })
  if (!owner) return []
  return notify(tx, [
    {
      userId: owner.id,
      kind: 'ACCOUNT_LOCKED',
      causeKey: causeKeys.accountLocked(lock.id),
      params: { until: format(new TZDate(lock.until, countyTimeZone), 'yyyy-MM-dd HH:mm') },
      subject: null,
      actorId: null,
    },
  ])
}

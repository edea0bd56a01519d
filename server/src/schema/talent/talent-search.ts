// talents(search:): names, employers and fields match anywhere; contact data only where the viewer sees it
// unmasked, else masked numbers could be read out digit by digit. A full number is the exception: it finds
// the talent whoever entered it (that is how a duplicate is recognised), audited and throttled per user.
import type { Context, SessionUser } from '../../context.ts'
import type { Prisma } from '../../generated/prisma/client.ts'
import { talentContactVisible } from '../../auth/visibility.ts'
import { contactLookupAction, contactLookupLimits, isLookupThrottled } from '../../domain/contact-lookup.ts'
import { DomainError } from '../../domain/errors.ts'
import { maskPhone, normalizePhone } from '@talent/rules/phone'

/** The full number `text` spells, when it is one (names and partial digits are not). */
export const searchedNumber = (text: string) => (/\d{5}/.test(text.replace(/[\s-]/g, '')) ? normalizePhone(text) : null)

export function talentSearchWhere(user: SessionUser | null, text: string): Prisma.TalentWhereInput {
  const digits = text.replace(/\D/g, '')
  const number = searchedNumber(text)
  return {
    OR: [
      { name: { contains: text, mode: 'insensitive' } },
      { employer: { contains: text, mode: 'insensitive' } },
      { field: { contains: text, mode: 'insensitive' } },
      ...(digits.length ? [{ AND: [{ phone: { contains: digits } }, talentContactVisible(user)] }] : []),
      ...(number ? [{ phone: number }] : []),
    ],
  }
}

/** Writes a full-number search to the audit log, or refuses it past the hourly limit (RATE_LIMITED). */
export async function recordNumberLookup(context: Context, user: SessionUser, number: string): Promise<void> {
  const since = new Date(Date.now() - contactLookupLimits.windowMinutes * 60_000)
  const earlier = await context.prisma.auditLog.count({
    where: { actorId: user.id, action: contactLookupAction, at: { gte: since } },
  })
  if (isLookupThrottled(earlier)) {
    throw new DomainError(
      'RATE_LIMITED',
      `按完整号码查找人才过于频繁（每小时最多 ${contactLookupLimits.perUser} 次），请稍后再试`,
    )
  }
  await context.prisma.auditLog.create({
    data: {
      actorId: user.id,
      action: contactLookupAction,
      entity: 'Talent',
      reason: `按号码查找人才（${maskPhone(number)}）`,
      address: context.address,
    },
  })
}

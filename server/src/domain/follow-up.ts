// Follow-ups: what a staff member's "my follow-ups" windows mean on the county's calendar, and activity input.
import { z } from 'zod'
import { endOfDay, endOfWeek, startOfDay } from 'date-fns'
import { TZDate } from '@date-fns/tz'
import { followUpLimits } from '@talent/rules/limits'
import { ActivityKind } from '../generated/prisma/enums.ts'
import { countyTimeZone } from './clocks.ts'
import { DomainError } from './errors.ts'
import { optionalText, parseInput, requiredText, uuid, version } from './parse.ts'

export type FollowUpWindow = 'OVERDUE' | 'TODAY' | 'THIS_WEEK'

/** [from, to) for a window; OVERDUE has no start. The week ends on Sunday, as Chinese offices count it. */
export function followUpRange(window: FollowUpWindow, now: Date): { from: Date | null; to: Date } {
  const local = new TZDate(now, countyTimeZone)
  const dayStart = new Date(startOfDay(local).getTime())
  const next = (date: Date) => new Date(date.getTime() + 1)
  switch (window) {
    case 'OVERDUE':
      return { from: null, to: now }
    case 'TODAY':
      return { from: dayStart, to: next(endOfDay(local)) }
    case 'THIS_WEEK':
      return { from: dayStart, to: next(endOfWeek(local, { weekStartsOn: 1 })) }
  }
}

/** Contact counts only when the talent was reached, not a note written at the desk. */
export const contactKinds: readonly ActivityKind[] = ['CALL', 'VISIT', 'MEETING', 'MESSAGE', 'EVENT']

const activityFields = {
  kind: z.enum(ActivityKind, { message: '请选择跟踪方式' }),
  occurredAt: z.date({ message: '发生时间不正确' }),
  summary: requiredText(followUpLimits.summary, '跟踪情况'),
  nextStep: optionalText(followUpLimits.nextStep, '下一步'),
  nextFollowUpAt: z.date({ message: '下次跟进时间不正确' }).optional().nullable(),
  participants: optionalText(followUpLimits.participants, '参与人员'),
  location: optionalText(followUpLimits.location, '地点'),
}

const activityInputs = {
  log: z.object({
    clientMutationId: uuid('操作编号'),
    id: uuid('记录编号'),
    projectId: uuid('项目编号'),
    ...activityFields,
  }),
  edit: z
    .object(activityFields)
    .partial()
    .extend({ clientMutationId: uuid('操作编号'), id: uuid('记录编号'), version }),
}

// A phone's clock may run a little ahead; beyond five minutes the time was mistyped.
const notInFuture = (date: Date, now: Date) => date.getTime() <= now.getTime() + 5 * 60_000

export function parseActivity<K extends keyof typeof activityInputs>(
  kind: K,
  raw: unknown,
  now = new Date(),
): z.output<(typeof activityInputs)[K]> {
  const input = parseInput(activityInputs[kind], raw) as z.output<(typeof activityInputs)[K]>
  if (input.occurredAt && !notInFuture(input.occurredAt, now)) {
    throw DomainError.badInput([{ field: 'occurredAt', message: '跟踪记录的发生时间不能晚于现在' }])
  }
  return input
}

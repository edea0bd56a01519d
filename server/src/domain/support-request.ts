// 落地服务诉求: one owner at a time, every hop recorded, overdue requests escalate to the talent office. Which
// step may be taken from which status is shared with the phone (@talent/rules/support-request).
import { z } from 'zod'
import {
  openSupportStatuses,
  supportCategories,
  supportStatusLabels,
  supportStepAllowed,
  type SupportAction,
  type SupportCategory,
  type SupportStatus,
} from '@talent/rules/support-request'
import { supportRequestLimits } from '@talent/rules/limits'
import { endOfWorkingDaysAfter, weekdaysOnly, type WorkingCalendar } from './working-days.ts'
import { optionalText, parseInput, reason, requiredText, uuid, version } from './parse.ts'

/** Working days a department has to settle a request unless the creator sets a date. */
export const defaultSupportWorkingDays = 10

/** Working days per category; a setting (`supportDue`), each category ten unless the office says otherwise. */
export type SupportDueSettings = Record<SupportCategory, number>

export const defaultSupportDueSettings = Object.fromEntries(
  supportCategories.map((category) => [category, defaultSupportWorkingDays]),
) as SupportDueSettings

/** The end of the county's working day so many working days on, so a request made at 17:00 loses no day. */
export function defaultSupportDue(
  createdAt: Date,
  workingDays = defaultSupportWorkingDays,
  calendar: WorkingCalendar = weekdaysOnly,
): Date {
  return endOfWorkingDaysAfter(createdAt, workingDays, calendar)
}

export function isOverdue(request: { status: SupportStatus; dueAt: Date | null }, now: Date): boolean {
  return openSupportStatuses.includes(request.status) && request.dueAt !== null && request.dueAt < now
}

/** Null when the action may happen in this status; otherwise why not, in Chinese. */
export function supportActionProblem(action: SupportAction, status: SupportStatus): string | null {
  if (supportStepAllowed(action, status)) return null
  return `诉求当前为“${supportStatusLabels[status]}”，不能执行此操作`
}

/** Null when the request may be rated in this status (once settled); otherwise why not, in Chinese. */
export function ratingProblem(status: SupportStatus): string | null {
  if (supportStepAllowed('rate', status)) return null
  return `诉求当前为“${supportStatusLabels[status]}”，办结后才能评价满意度`
}

const satisfaction = z
  .number({ message: '请填写满意度（1–5 分）' })
  .int('满意度为 1–5 分')
  .min(1, '满意度为 1–5 分')
  .max(5, '满意度为 1–5 分')
const step = { clientMutationId: uuid('操作编号'), id: uuid('诉求编号'), version }

const supportInputs = {
  create: z.object({
    clientMutationId: uuid('操作编号'),
    id: uuid('诉求编号'),
    projectId: uuid('项目编号'),
    category: z.enum(supportCategories, { message: '请选择诉求类别' }),
    description: requiredText(supportRequestLimits.description, '诉求内容'),
    dueAt: z.date({ message: '办结期限不正确' }).optional().nullable(),
    departmentId: uuid('部门编号').optional().nullable(),
  }),
  assign: z.object({ ...step, departmentId: uuid('部门编号'), note: optionalText(500, '说明') }),
  reassign: z.object({ ...step, departmentId: uuid('部门编号'), reason: reason('转办原因') }),
  progress: z.object({ ...step, note: requiredText(1000, '办理进展') }),
  resolve: z.object({ ...step, resolution: requiredText(2000, '办理结果') }),
  reject: z.object({ ...step, reason: reason('退回原因') }),
  close: z.object({ ...step, satisfaction: satisfaction.optional().nullable() }),
  reopen: z.object({ ...step, reason: reason('重新办理的原因') }),
  rate: z.object({ ...step, satisfaction }),
}

export type SupportInput<K extends keyof typeof supportInputs> = z.output<(typeof supportInputs)[K]>

export function parseSupportInput<K extends keyof typeof supportInputs>(kind: K, raw: unknown): SupportInput<K> {
  return parseInput(supportInputs[kind], raw) as SupportInput<K>
}

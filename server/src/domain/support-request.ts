// 落地服务诉求: one owner at a time, every hop recorded, overdue requests escalate to the talent office.
import { z } from 'zod'
import { addBusinessDays, endOfDay } from 'date-fns'
import { TZDate } from '@date-fns/tz'
import { SupportCategory, type SupportStatus } from '../generated/prisma/enums.ts'
import { countyTimeZone } from './clocks.ts'
import { optionalText, parseInput, reason, requiredText, uuid, version } from './parse.ts'

/** Working days a department has to settle a request unless the creator sets a date. */
export const defaultSupportWorkingDays = 10

/** The end of the county's working day ten working days on, so a request made at 17:00 loses no day. */
export function defaultSupportDue(createdAt: Date): Date {
  return new Date(endOfDay(addBusinessDays(new TZDate(createdAt, countyTimeZone), defaultSupportWorkingDays)).getTime())
}

/** Still waiting on someone: the only statuses whose clock runs, and so the only ones that can be late. */
export const openSupportStatuses: readonly SupportStatus[] = ['OPEN', 'ASSIGNED', 'IN_PROGRESS']

export function isOverdue(request: { status: SupportStatus; dueAt: Date | null }, now: Date): boolean {
  return openSupportStatuses.includes(request.status) && request.dueAt !== null && request.dueAt < now
}

export type SupportAction = 'assign' | 'reassign' | 'progress' | 'resolve' | 'reject' | 'close' | 'reopen'

// Progress may be noted more than once while in hand; reopening sends the request back to its department.
const allowedFrom: Record<SupportAction, readonly SupportStatus[]> = {
  assign: ['OPEN'],
  reassign: ['ASSIGNED', 'IN_PROGRESS'],
  progress: ['ASSIGNED', 'IN_PROGRESS'],
  resolve: ['ASSIGNED', 'IN_PROGRESS'],
  reject: ['ASSIGNED', 'IN_PROGRESS'],
  close: ['RESOLVED'],
  reopen: ['RESOLVED', 'REJECTED'],
}

export const nextStatus: Record<SupportAction, SupportStatus> = {
  assign: 'ASSIGNED',
  reassign: 'ASSIGNED',
  progress: 'IN_PROGRESS',
  resolve: 'RESOLVED',
  reject: 'REJECTED',
  close: 'CLOSED',
  reopen: 'IN_PROGRESS',
}

export const supportStatusLabels: Record<SupportStatus, string> = {
  OPEN: '待交办',
  ASSIGNED: '已交办',
  IN_PROGRESS: '办理中',
  RESOLVED: '已办结',
  CLOSED: '已关闭',
  REJECTED: '已退回',
}

/** Null when the action may happen in this status; otherwise why not, in Chinese. */
export function supportActionProblem(action: SupportAction, status: SupportStatus): string | null {
  if (allowedFrom[action].includes(status)) return null
  return `诉求当前为“${supportStatusLabels[status]}”，不能执行此操作`
}

/** The talent rates how the request was settled, so only once a department has answered it. */
export function ratingProblem(status: SupportStatus): string | null {
  if (status === 'RESOLVED' || status === 'CLOSED') return null
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
    category: z.enum(SupportCategory, { message: '请选择诉求类别' }),
    description: requiredText(2000, '诉求内容'),
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

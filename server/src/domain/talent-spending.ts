// 人才投入: what a unit spends on talent work, counted by the TALENT_INVESTMENT indicator. The shapes here are
// the server's; the amount and the purpose's length are shared with the phone (@talent/rules/spending).
import { z } from 'zod'
import { spendingAmountOk, spendingLimits } from '@talent/rules/spending'
import type { SessionUser } from '../context.ts'
import { countyYear } from './assessment.ts'
import { recordDayProblem } from './signing-landing.ts'
import { requiredText, uuid, version } from './parse.ts'

const amount = z
  .string({ message: '请填写金额' })
  .trim()
  .refine(spendingAmountOk, '金额应为大于 0 的数字（万元，最多两位小数）')

// A day after today is most likely mistyped, and money not yet spent is not spending.
const spentOn = z.date({ message: '支出日期不正确' }).superRefine((day, ctx) => {
  const problem = recordDayProblem('支出日期', day)
  if (problem) ctx.addIssue({ code: 'custom', message: problem })
})

const fields = { spentOn, amount, purpose: requiredText(spendingLimits.purpose, '用途') }
/** One spending's own values, as recordTalentSpending parses them (the 台账 import's 人才投入 sheet too). */
export const spendingValues = z.object(fields)
const write = { clientMutationId: uuid('操作编号') }

export const spendingInputs = {
  record: z.object({ ...write, id: uuid('投入编号'), unitId: uuid('单位编号').optional().nullable(), ...fields }),
  update: z
    .object(fields)
    .partial()
    .extend({ ...write, id: uuid('投入编号'), version }),
  remove: z.object({ ...write, id: uuid('投入编号'), version, reason: requiredText(500, '删除原因') }),
  list: z.object({
    unitId: uuid('单位编号').optional().nullable(),
    year: z
      .number({ message: '年份不正确' })
      .int('年份不正确')
      .min(2000, '年份不正确')
      .max(2100, '年份不正确')
      .optional()
      .nullable(),
  }),
}

/** The roles that record a unit's spending: its manager and head, and the office for any unit. */
export const spendingWriters = ['PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'] as const

/** The unit whose spending `user` means: their own unless the office names another. Null: not allowed. */
export function spendingUnit(user: SessionUser, unitId: string | null | undefined): string | null {
  if (!unitId || unitId === user.unitId) return user.unitId
  return user.role === 'ADMIN' ? unitId : null
}

/** The county year a list shows: the one asked for, else this one. */
export const spendingYear = (year: number | null | undefined, now = new Date()) => year ?? countyYear(now)

/** 1 January to 31 December of a year, as the Date scalar's UTC midnights. */
export const yearDays = (year: number) => ({
  gte: new Date(Date.UTC(year, 0, 1)),
  lt: new Date(Date.UTC(year + 1, 0, 1)),
})

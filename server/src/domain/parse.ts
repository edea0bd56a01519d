// Input parsing shared by every mutation: zod schemas in, Chinese BAD_USER_INPUT out, nothing written.
import { z } from 'zod'
import { optionalPhone, optionalText, requiredText, uuid } from '@talent/rules/fields'
import { amountPattern, reasonLimit } from '@talent/rules/limits'
import { DomainError, type FieldProblem } from './errors.ts'

// The fields the phone shares live in @talent/rules; every server schema takes them from here.
export { optionalPhone, optionalText, requiredText, uuid }

/** A reason the audit log keeps: refusals, reassignments, reveals and backward moves all need one. */
export const reason = (label = '原因') => requiredText(reasonLimit, label)

export const version = z.number({ message: '缺少版本号' }).int().min(1, '版本号不正确')

/** A 万元 amount: a decimal string with at most two decimals, not negative. */
export const amount = (label: string) =>
  z
    .string()
    .trim()
    .regex(amountPattern, `${label}应为不小于 0 的数字（最多两位小数）`)
    .optional()
    .nullable()
    .transform((value) => value ?? null)

/** Parses input or throws BAD_USER_INPUT with one Chinese message per wrong field. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, raw: unknown): z.output<Schema> {
  const result = schema.safeParse(raw)
  if (result.success) return result.data
  const problems: FieldProblem[] = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || 'input',
    message: issue.message,
  }))
  throw DomainError.badInput(problems)
}

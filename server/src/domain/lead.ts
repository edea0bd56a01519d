import { z } from 'zod'
import { SourceChannel } from '../generated/prisma/enums.ts'
import { DomainError, type FieldProblem } from './errors.ts'
import { normalizePhone } from './phone.ts'

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}不能超过 ${max} 个字`)
    .optional()
    .nullable()
    .transform((value) => (value ? value : null))

const uuid = (label: string) => z.uuid({ message: `${label}格式不正确（应为 UUID）` })

/** A lead as a phone sends it: the ids are made on the phone so that a replay finds the same rows. */
export const leadInput = z.object({
  clientMutationId: uuid('操作编号'),
  projectId: uuid('项目编号'),
  talentId: uuid('人才编号'),
  talentName: z.string().trim().min(1, '人才姓名不能为空').max(50, '人才姓名不能超过 50 个字'),
  phone: z
    .string()
    .trim()
    .optional()
    .nullable()
    .transform((value, ctx) => {
      if (!value) return null
      const phone = normalizePhone(value)
      if (!phone) ctx.addIssue({ code: 'custom', message: '手机号格式不正确，应为 11 位大陆手机号' })
      return phone
    }),
  employer: optionalText(100, '工作单位'),
  field: optionalText(50, '专业领域'),
  sourceChannel: z.enum(SourceChannel, { message: '请选择线索来源' }),
  title: optionalText(100, '项目名称'),
  note: optionalText(2000, '备注'),
})

export type LeadInput = z.infer<typeof leadInput>

/** Parses a lead or throws BAD_USER_INPUT with one Chinese message per wrong field. */
export function parseLead(raw: unknown): LeadInput {
  const result = leadInput.safeParse(raw)
  if (result.success) return result.data
  const problems: FieldProblem[] = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || 'input',
    message: issue.message,
  }))
  throw DomainError.badInput(problems)
}

export function leadTitle(lead: LeadInput): string {
  return lead.title ?? (lead.employer ? `${lead.talentName}（${lead.employer}）项目` : `${lead.talentName}项目`)
}

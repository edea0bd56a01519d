import { z } from 'zod'
import { SourceChannel } from '../generated/prisma/enums.ts'
import { optionalPhone, optionalText, parseInput, uuid } from './parse.ts'

/** A lead as a phone sends it: the ids are made on the phone so that a replay finds the same rows. */
export const leadInput = z.object({
  clientMutationId: uuid('操作编号'),
  projectId: uuid('项目编号'),
  talentId: uuid('人才编号'),
  talentName: z.string().trim().min(1, '人才姓名不能为空').max(50, '人才姓名不能超过 50 个字'),
  phone: optionalPhone,
  employer: optionalText(100, '工作单位'),
  field: optionalText(50, '专业领域'),
  sourceChannel: z.enum(SourceChannel, { message: '请选择线索来源' }),
  title: optionalText(100, '项目名称'),
  note: optionalText(2000, '备注'),
})

export type LeadInput = z.infer<typeof leadInput>

/** Parses a lead or throws BAD_USER_INPUT with one Chinese message per wrong field. */
export function parseLead(raw: unknown): LeadInput {
  return parseInput(leadInput, raw)
}

export function leadTitle(lead: LeadInput): string {
  return lead.title ?? (lead.employer ? `${lead.talentName}（${lead.employer}）项目` : `${lead.talentName}项目`)
}

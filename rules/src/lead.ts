// A lead as staff type it on the phone: the form checks these fields before the lead waits in the outbox,
// and the server parses the same schema when the lead arrives, so nothing the phone accepted is refused.
import { z } from 'zod'
import { dataSources, sourceChannels } from './enums.ts'
import { optionalPhone, optionalText, uuid } from './fields.ts'

export const leadLimits = { talentName: 50, employer: 100, field: 50, title: 100, note: 2000 } as const

/** What the user types; the form's fields, each with the server's Chinese message. */
export const leadFields = z.object({
  talentName: z
    .string()
    .trim()
    .min(1, '人才姓名不能为空')
    .max(leadLimits.talentName, `人才姓名不能超过 ${leadLimits.talentName} 个字`),
  phone: optionalPhone,
  employer: optionalText(leadLimits.employer, '工作单位'),
  field: optionalText(leadLimits.field, '专业领域'),
  sourceChannel: z.enum(sourceChannels, { message: '请选择线索来源' }),
  title: optionalText(leadLimits.title, '项目名称'),
  note: optionalText(leadLimits.note, '备注'),
  // Asked on the form, optional in the input: a lead queued by an older phone arrives without them.
  dataSource: z.enum(dataSources, { message: '请选择信息来源' }).nullish(),
  consentGiven: z.boolean().nullish(),
})

/** A lead as a phone sends it: the ids are made on the phone so that a replay finds the same rows. */
export const leadInput = z.object({
  clientMutationId: uuid('操作编号'),
  projectId: uuid('项目编号'),
  talentId: uuid('人才编号'),
  ...leadFields.shape,
})

export type LeadInput = z.infer<typeof leadInput>

// 人才活动 input: what an event, a filter of events and a list of participants must be, refused in Chinese.
import { z } from 'zod'
import { ServiceEventKind } from '../generated/prisma/enums.ts'
import { optionalText, requiredText, uuid, version } from './parse.ts'

const fields = {
  kind: z.enum(ServiceEventKind, { message: '请选择活动类型' }),
  title: requiredText(100, '活动名称'),
  heldOn: z.date({ message: '活动日期不正确' }),
  place: optionalText(100, '活动地点'),
  description: optionalText(2000, '活动简介'),
}
const write = { clientMutationId: uuid('操作编号') }
const talentIds = z
  .array(uuid('人才编号'), { message: '请选择参加活动的人才' })
  .min(1, '请选择参加活动的人才')
  .max(200, '一次最多登记 200 名人才')
export const serviceEventInputs = {
  filter: z
    .object({
      from: z.date({ message: '开始日期不正确' }).optional().nullable(),
      to: z.date({ message: '结束日期不正确' }).optional().nullable(),
      kind: z.enum(ServiceEventKind, { message: '活动类型不正确' }).optional().nullable(),
      organiserUnitId: uuid('主办单位编号').optional().nullable(),
    })
    .refine((range) => !range.from || !range.to || range.from <= range.to, {
      message: '开始日期不能晚于结束日期',
      path: ['from'],
    }),
  create: z.object({
    ...write,
    id: uuid('活动编号'),
    ...fields,
    organiserUnitId: uuid('主办单位编号').optional().nullable(),
  }),
  update: z
    .object(fields)
    .partial()
    .extend({ ...write, id: uuid('活动编号'), version }),
  record: z.object({ ...write, eventId: uuid('活动编号'), talentIds }),
  remove: z.object({ ...write, eventId: uuid('活动编号'), talentId: uuid('人才编号') }),
}

export type ServiceEventInput<K extends keyof typeof serviceEventInputs> = z.output<(typeof serviceEventInputs)[K]>

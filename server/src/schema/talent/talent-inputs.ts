// The GraphQL shapes of talent input; the rules live in domain/talent.ts (zod), which checks every field.
import { z } from 'zod'
import { builder } from '../../builder.ts'
import { choosableMergeFields, type ChoosableMergeField } from '../../domain/talent.ts'
import { optionalPhone, optionalText, requiredText } from '../../domain/parse.ts'
import { DataSourceEnum, DegreeEnum, GenderEnum, SectorEnum, TalentClassEnum, TalentTeamEnum } from '../enums.ts'

type FieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]

const upperSnake = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()

export const TalentMergeFieldEnum = builder.enumType('TalentMergeField', {
  description: '合并时可逐项选择保留值的人才字段',
  values: Object.fromEntries(choosableMergeFields.map((field) => [upperSnake(field), { value: field }])) as Record<
    string,
    { value: ChoosableMergeField }
  >,
})

const talentFields = (t: FieldBuilder) => ({
  gender: t.field({ type: GenderEnum }),
  birthYear: t.int(),
  phone: t.string(),
  email: t.string(),
  wechat: t.string(),
  degree: t.field({ type: DegreeEnum }),
  title: t.string(),
  field: t.string(),
  employer: t.string(),
  country: t.string(),
  city: t.string(),
  overseasExperience: t.string(),
  honours: t.stringList(),
  talentClass: t.field({ type: TalentClassEnum }),
  talentTeam: t.field({ type: TalentTeamEnum }),
  sector: t.field({ type: SectorEnum }),
  tags: t.stringList(),
  notes: t.string(),
  dataSource: t.field({ type: DataSourceEnum }),
})

export const TalentInputs = {
  create: builder.inputType('CreateTalentInput', {
    description: '登记人才；编号由客户端生成（UUIDv7）',
    fields: (t) => ({
      clientMutationId: t.string({ required: true }),
      id: t.string({ required: true }),
      name: t.string({ required: true }),
      ...talentFields(t),
      consentGiven: t.boolean({ description: '人才已同意个人信息告知书' }),
      allowDuplicate: t.boolean({ description: '已核实不是重复人才' }),
    }),
  }),
  update: builder.inputType('UpdateTalentInput', {
    description: '修改人才信息：只改提交的字段；version 为所依据的版本号',
    fields: (t) => ({
      clientMutationId: t.string({ required: true }),
      id: t.string({ required: true }),
      version: t.int({ required: true }),
      name: t.string(),
      ...talentFields(t),
    }),
  }),
  merge: builder.inputType('MergeTalentsInput', {
    description: '把重复登记的人才合并到保留的记录：项目、申报、活动都转到保留记录，历史不丢',
    fields: (t) => ({
      clientMutationId: t.string({ required: true }),
      survivorId: t.string({ required: true }),
      mergedId: t.string({ required: true }),
      reason: t.string({ required: true }),
      takeFromMerged: t.field({
        type: [TalentMergeFieldEnum],
        description: '取被合并记录的值的字段；其余字段保留“保留记录”的值（保留记录为空的字段仍由被合并记录补齐）',
      }),
      survivorVersion: t.int({ description: '比对时保留记录的版本号；已被他人修改时返回 CONFLICT' }),
      mergedVersion: t.int({ description: '比对时被合并记录的版本号' }),
    }),
  }),
  duplicateQuery: z.object({
    name: requiredText(50, '人才姓名'),
    phone: optionalPhone,
    employer: optionalText(100, '工作单位'),
  }),
}

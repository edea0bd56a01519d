// GraphQL shapes of project input; domain/project.ts (zod) checks every field.
import { builder } from '../../builder.ts'
import { AgreementKindEnum, ProjectStatusEnum, SourceChannelEnum, StageEnum } from '../enums.ts'

type FieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]

const ids = (t: FieldBuilder) => ({
  clientMutationId: t.string({ required: true }),
  id: t.string({ required: true, description: '项目编号（UUID）' }),
})
const versioned = (t: FieldBuilder) => ({
  ...ids(t),
  version: t.int({ required: true, description: '所依据的版本号' }),
})

const editable = (t: FieldBuilder) => ({
  title: t.string(),
  industry: t.string(),
  sourceChannel: t.field({ type: SourceChannelEnum }),
  referrer: t.string(),
  plannedInvestment: t.string({ description: '万元' }),
  registeredCapital: t.string({ description: '万元' }),
  expectedLandingDate: t.field({ type: 'Date' }),
  description: t.string(),
  tags: t.stringList(),
})

const CreditShareInput = builder.inputType('CreditShareInput', {
  fields: (t) => ({
    unitId: t.string({ required: true, description: '计分单位编号（园区、镇街或人才办）' }),
    percent: t.float({ required: true, description: '计分比例（%），最多两位小数' }),
  }),
})

export const ProjectInputs = {
  create: builder.inputType('CreateProjectInput', {
    description: '为已登记的人才立项（阶段：线索）；另一单位正在跟进该人才时不能重复立项',
    // What projectInputs.create requires is required here too: the contract says what the server does.
    fields: (t) => ({
      ...ids(t),
      talentId: t.string({ required: true }),
      ...editable(t),
      title: t.string({ required: true }),
      sourceChannel: t.field({ type: SourceChannelEnum, required: true }),
    }),
  }),
  update: builder.inputType('UpdateProjectInput', { fields: (t) => ({ ...versioned(t), ...editable(t) }) }),
  assign: builder.inputType('AssignProjectOwnerInput', {
    fields: (t) => ({ ...versioned(t), ownerId: t.string({ required: true }) }),
  }),
  follow: builder.inputType('SetProjectFollowerInput', {
    description: '增减协助跟进人员（同单位）',
    fields: (t) => ({ ...ids(t), userId: t.string({ required: true }), following: t.boolean({ required: true }) }),
  }),
  moveStage: builder.inputType('MoveProjectStageInput', {
    description: '推进（可跨多个阶段）或回退一个阶段（须填原因）',
    fields: (t) => ({ ...versioned(t), to: t.field({ type: StageEnum, required: true }), reason: t.string() }),
  }),
  setStatus: builder.inputType('SetProjectStatusInput', {
    description: '暂缓、流失（须填原因）或恢复跟进；阶段保持不变',
    fields: (t) => ({
      ...versioned(t),
      status: t.field({ type: ProjectStatusEnum, required: true }),
      reason: t.string(),
    }),
  }),
  moveCredit: builder.inputType('MoveProjectCreditInput', {
    description: '调整考核计分单位（仅人才办，须填原因）',
    fields: (t) => ({
      ...versioned(t),
      creditUnitId: t.string({ required: true }),
      reason: t.string({ required: true }),
    }),
  }),
  splitCredit: builder.inputType('SplitProjectCreditInput', {
    description: '把项目的考核计分按比例分给两个及以上单位（仅人才办，须填原因；比例合计 100%）',
    fields: (t) => ({
      ...versioned(t),
      shares: t.field({ type: [CreditShareInput], required: true }),
      reason: t.string({ required: true }),
    }),
  }),
  signing: builder.inputType('RecordSigningInput', {
    description: '登记或修改签约信息（id 为项目编号）',
    fields: (t) => ({
      ...ids(t),
      signedAt: t.field({ type: 'Date', required: true }),
      agreementKind: t.field({ type: AgreementKindEnum, required: true }),
      investmentAgreed: t.string(),
      supportFunds: t.string(),
      supportSpaceM2: t.string(),
      supportApartments: t.int(),
      supportOther: t.string(),
      conditions: t.string(),
    }),
  }),
  landing: builder.inputType('RecordLandingInput', {
    description: '登记或修改落地企业（id 为项目编号）；统一社会信用代码须通过校验位校验',
    fields: (t) => ({
      ...ids(t),
      companyName: t.string({ required: true }),
      uscc: t.string({ required: true }),
      registeredAt: t.field({ type: 'Date', required: true }),
      registeredCapital: t.string(),
      carrier: t.string(),
      employees: t.int(),
      firstRevenueAt: t.field({ type: 'Date' }),
    }),
  }),
}

// Project input as the API accepts it; the stage and status rules themselves are in stage.ts.
import { z } from 'zod'
import { AgreementKind, ProjectStatus, SourceChannel, Stage } from '../generated/prisma/enums.ts'
import { amount, optionalText, parseInput, reason, requiredText, uuid, version } from './parse.ts'
import { landingLimits, projectLimits, reasonLimit, signingLimits } from '@talent/rules/limits'
import { normalizeUscc, usccProblem } from '@talent/rules/uscc'
import { recordDayProblem } from './signing-landing.ts'

const editable = {
  title: requiredText(projectLimits.title, '项目名称'),
  industry: optionalText(projectLimits.industry, '产业方向'),
  sourceChannel: z.enum(SourceChannel, { message: '请选择线索来源' }),
  referrer: optionalText(projectLimits.referrer, '推荐人'),
  plannedInvestment: amount('计划投资（万元）'),
  registeredCapital: amount('注册资本（万元）'),
  expectedLandingDate: z.date({ message: '预计落地日期不正确' }).optional().nullable(),
  description: optionalText(projectLimits.description, '项目简介'),
  tags: z
    .array(requiredText(projectLimits.tag, '标签'))
    .max(projectLimits.tags, `标签最多 ${projectLimits.tags} 个`)
    .optional(),
}

/** A signing's or landing's day: the rule of signing-landing.ts, which the 台账 import applies too. */
const recordDay = (label: string) =>
  z.date({ message: `${label}不正确` }).superRefine((day, ctx) => {
    const problem = recordDayProblem(label, day)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

const write = { clientMutationId: uuid('操作编号'), id: uuid('项目编号') }

/** A percent with at most two decimals, so that it is stored exactly as a CreditShare (4 decimals of 1). */
const percent = z
  .number({ message: '计分比例应为数字' })
  .refine((value) => value > 0 && value < 100 && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
    message: '每个单位的计分比例应大于 0、小于 100，最多两位小数',
  })

/** Joint credit: two or more units, each once, their percents summing to exactly 100. */
const creditShares = z
  .array(z.object({ unitId: uuid('计分单位编号'), percent }))
  .min(2, '分配计分至少需要两个单位；整体调整请用“调整计分单位”')
  .max(10, '最多分给 10 个单位')
  .refine((shares) => new Set(shares.map((share) => share.unitId)).size === shares.length, '同一单位只能出现一次')
  .refine(
    (shares) => shares.reduce((sum, share) => sum + Math.round(share.percent * 100), 0) === 10_000,
    '各单位的计分比例合计须为 100%',
  )

export const projectInputs = {
  create: z.object({ ...write, talentId: uuid('人才编号'), ...editable }),
  update: z
    .object(editable)
    .partial()
    .extend({ ...write, version }),
  assign: z.object({ ...write, version, ownerId: uuid('负责人编号') }),
  follow: z.object({ ...write, userId: uuid('人员编号'), following: z.boolean() }),
  moveStage: z.object({
    ...write,
    version,
    to: z.enum(Stage, { message: '阶段不正确' }),
    reason: optionalText(reasonLimit, '原因'),
  }),
  setStatus: z.object({
    ...write,
    version,
    status: z.enum(ProjectStatus, { message: '状态不正确' }),
    reason: optionalText(reasonLimit, '原因'),
  }),
  moveCredit: z.object({ ...write, version, creditUnitId: uuid('计分单位编号'), reason: reason('调整计分单位的原因') }),
  splitCredit: z.object({
    ...write,
    version,
    shares: creditShares,
    reason: reason('分配计分的原因'),
  }),
  signing: z.object({
    ...write,
    signedAt: recordDay('签约日期'),
    agreementKind: z.enum(AgreementKind, { message: '请选择协议类型' }),
    investmentAgreed: amount('协议投资（万元）'),
    supportFunds: amount('扶持资金（万元）'),
    supportSpaceM2: amount('扶持场地（平方米）'),
    supportApartments: z
      .number()
      .int()
      .min(0, '人才公寓套数不正确')
      .max(1000, '人才公寓套数不正确')
      .optional()
      .nullable(),
    supportOther: optionalText(signingLimits.supportOther, '其他扶持'),
    conditions: optionalText(signingLimits.conditions, '附加条件'),
  }),
  landing: z.object({
    ...write,
    companyName: requiredText(landingLimits.companyName, '企业名称'),
    uscc: z
      .string({ message: '请填写统一社会信用代码' })
      .transform(normalizeUscc)
      .superRefine((code, ctx) => {
        const problem = usccProblem(code)
        if (problem) ctx.addIssue({ code: 'custom', message: problem })
      }),
    registeredAt: recordDay('注册日期'),
    registeredCapital: amount('注册资本（万元）'),
    carrier: optionalText(landingLimits.carrier, '载体'),
    employees: z.number().int().min(0, '员工人数不正确').max(1_000_000, '员工人数不正确').optional().nullable(),
    firstRevenueAt: z.date({ message: '首笔营收日期不正确' }).optional().nullable(),
  }),
}

export type ProjectInput<K extends keyof typeof projectInputs> = z.output<(typeof projectInputs)[K]>

export function parseProjectInput<K extends keyof typeof projectInputs>(kind: K, raw: unknown): ProjectInput<K> {
  return parseInput(projectInputs[kind], raw) as ProjectInput<K>
}

/** Shares as the audit log keeps them: unit and percent, in unit order. */
export function sharesForAudit(shares: { unitId: string; share: { toString(): string } }[]) {
  return [...shares]
    .sort((a, b) => a.unitId.localeCompare(b.unitId))
    .map((share) => ({ unitId: share.unitId, percent: Math.round(Number(share.share.toString()) * 10_000) / 100 }))
}

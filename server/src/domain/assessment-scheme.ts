// What the talent office may write into a 考核办法: the year's rates and caps, its indicators and each unit's
// targets. Parsed with zod into Chinese BAD_USER_INPUT; nothing is written for a refused input.
import { z } from 'zod'
import { IndicatorMetric, UnitKind } from '../generated/prisma/enums.ts'
import { optionalText, parseInput, reason, requiredText, uuid, version } from './parse.ts'

const id = uuid('编号')
const clientMutationId = uuid('操作编号')
const year = z.number({ message: '年度不正确' }).int('年度不正确').min(2000, '年度不正确').max(2100, '年度不正确')
const share = (label: string) =>
  z
    .number({ message: `${label}应为数字` })
    .min(0, `${label}不能为负`)
    .max(5, `${label}不能超过 5`)
const points = (label: string, max: number) =>
  z
    .number({ message: `${label}应为数字` })
    .min(0, `${label}不能为负`)
    .max(max, `${label}不能超过 ${max}`)
const assessedKinds = z.enum(UnitKind).refine((kind) => kind !== 'OFFICE', '人才办不参加考核')

const schemeFields = {
  name: requiredText(100, '考核办法名称'),
  overBonusRate: share('超额加分系数'),
  overBonusCapRatio: share('超额加分上限'),
  classBonusA: points('A类加分', 10),
  classBonusB: points('B类加分', 10),
  classBonusC: points('C类加分', 10),
  classBonusCap: points('双招双引加分上限', 100),
  youthAgeLimit: z
    .number({ message: '青年年龄上限应为整数' })
    .int('青年年龄上限应为整数')
    .min(18, '青年年龄上限不能小于 18')
    .max(60, '青年年龄上限不能超过 60'),
}

const indicatorFields = {
  code: z
    .string({ message: '指标代码不能为空' })
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{0,31}$/, '指标代码应为大写字母、数字或下划线（以字母开头，最多 32 位）'),
  name: requiredText(100, '指标名称'),
  metric: z.enum(IndicatorMetric, { message: '统计口径不正确' }),
  weight: z.number({ message: '权重应为数字' }).gt(0, '权重应大于 0').max(1000, '权重不能超过 1000'),
  unitKinds: z
    .array(assessedKinds)
    .min(1, '至少选择一类考核单位')
    .transform((kinds) => [...new Set(kinds)]),
  note: optionalText(500, '指标说明'),
  sortOrder: z.number().int().min(0).max(999).optional(),
}

/**
 * A target value: 0 means the indicator is not assessed for that unit. Stored with two decimals
 * (Target.value Decimal(14, 2)): more is refused rather than silently rounded, except a float's own noise
 * (a sheet's formula giving 3.3000000000000003), which is kept as the two-decimal number it means.
 */
export const targetValue = z
  .number({ message: '目标值应为数字' })
  .min(0, '目标值不能为负')
  .max(1e12, '目标值过大')
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, '目标值最多保留两位小数')
  .transform((value) => Math.round(value * 100) / 100)

const inputs = {
  createScheme: z.object({
    clientMutationId,
    id,
    year,
    copyFromYear: year.optional().nullable(),
    name: schemeFields.name.optional().nullable(),
    startEmpty: z.boolean().optional().nullable(),
    copyTargets: z.boolean().optional().nullable(),
  }),
  updateScheme: z.object({
    clientMutationId,
    id,
    version,
    ...(Object.fromEntries(Object.entries(schemeFields).map(([key, schema]) => [key, schema.optional()])) as {
      [K in keyof typeof schemeFields]: z.ZodOptional<(typeof schemeFields)[K]>
    }),
  }),
  createIndicator: z.object({ clientMutationId, id, schemeId: uuid('考核办法'), ...indicatorFields }),
  updateIndicator: z.object({
    clientMutationId,
    id,
    version,
    ...(Object.fromEntries(Object.entries(indicatorFields).map(([key, schema]) => [key, schema.optional()])) as {
      [K in keyof typeof indicatorFields]: z.ZodOptional<(typeof indicatorFields)[K]>
    }),
  }),
  deleteIndicator: z.object({ clientMutationId, id, version, reason: reason('删除原因') }),
  setTargets: z.object({
    clientMutationId,
    schemeId: uuid('考核办法'),
    targets: z
      .array(z.object({ indicatorId: uuid('指标'), unitId: uuid('单位'), value: targetValue }))
      .min(1, '没有要保存的目标值')
      .max(5000, '一次最多保存 5000 个目标值'),
  }),
}

export type SchemeInput<K extends keyof typeof inputs> = z.output<(typeof inputs)[K]>

export function parseSchemeInput<K extends keyof typeof inputs>(kind: K, raw: unknown): SchemeInput<K> {
  return parseInput(inputs[kind], raw) as SchemeInput<K>
}

/** A copied scheme's name names the new year: “2026年度…” becomes “2027年度…”. */
export function renameForYear(name: string, fromYear: number, toYear: number): string {
  return name.includes(String(fromYear)) ? name.replaceAll(String(fromYear), String(toYear)) : `${toYear}年度${name}`
}

// 统计: the pipeline as leaders read it — the funnel by stage, projects logged, signed and landed by group,
// and the investment landed projects bring. Aggregates only: no talent, no contact data.
import { builder } from '../../builder.ts'
import { UnitNode } from '../unit.ts'
import type { Unit } from '../../generated/prisma/client.ts'
import { SourceChannel, TalentClass } from '../../generated/prisma/enums.ts'
import { statisticsReaders } from '../../auth/statistics-scope.ts'
import { pipelineFunnel, type FunnelStage } from './statistics-funnel.ts'
import { landedInvestment, pipelineGroups, type LandedInvestment, type PipelineGroup } from './statistics-groups.ts'
import { byUnitName, months, statisticsArgs, statisticsFilter, unitsById } from './statistics-args.ts'
import { SourceChannelEnum, StageEnum, TalentClassEnum } from '../enums.ts'

const FunnelStageRef = builder.objectRef<FunnelStage>('FunnelStage').implement({
  description: '漏斗中的一个阶段',
  authScopes: { signedIn: true },
  fields: (t) => ({
    stage: t.field({ type: StageEnum, resolve: (row) => row.stage }),
    reached: t.exposeInt('reached', {
      description: '到达该阶段（或更后阶段）的项目数；流失、暂缓、回退的项目保留已到达的阶段',
    }),
    conversionToNext: t.exposeFloat('conversionToNext', {
      nullable: true,
      description: '转化率＝到达下一阶段数 ÷ 到达本阶段数；最后阶段或无项目时为空',
    }),
    timedToNext: t.exposeInt('timedToNext', { description: '有前后两端时间记录、可计算用时的项目数' }),
    medianDaysToNext: t.exposeFloat('medianDaysToNext', {
      nullable: true,
      description: '从进入本阶段到进入下一阶段的用时中位数（天，按阶段变更记录；跨阶段推进时所跨阶段用时为 0）',
    }),
    active: t.exposeInt('active', { description: '目前处于本阶段、正常跟进的项目数' }),
    onHold: t.exposeInt('onHold', { description: '目前处于本阶段、已暂缓的项目数' }),
    lost: t.exposeInt('lost', { description: '停在本阶段后流失的项目数' }),
  }),
})

builder.queryField('pipelineFunnel', (t) =>
  t.field({
    type: [FunnelStageRef],
    description:
      '项目漏斗：该年度登记的项目（按登记时间、所属单位）至今到达各阶段的数量、转化率和阶段用时中位数；县领导、人才办看全县或任一单位，单位一把手和园区负责人只看本单位',
    authScopes: { role: statisticsReaders },
    args: statisticsArgs(t.arg),
    resolve: (_root, args, context) => pipelineFunnel(context.prisma, statisticsFilter(context, args)),
  }),
)

type GroupRow = PipelineGroup & { unit: Unit | null }

const PipelineGroupRef = builder.objectRef<GroupRow>('PipelineGroup').implement({
  description:
    '一组项目的登记、签约、落地数（按认定单位只计一次；联合认定按比例，故可有小数）；只有按本组分类的字段有值',
  authScopes: { signedIn: true },
  fields: (t) => ({
    unit: t.field({
      type: UnitNode,
      nullable: true,
      description: '按单位分组时的认定单位',
      resolve: (row) => row.unit,
    }),
    industry: t.exposeString('industry', { nullable: true, description: '按产业方向分组时的产业方向（未填写时为空）' }),
    talentClass: t.field({
      type: TalentClassEnum,
      nullable: true,
      description: '按领衔人才类别分组时的类别',
      resolve: (row) => row.talentClass,
    }),
    sourceChannel: t.field({
      type: SourceChannelEnum,
      nullable: true,
      description: '按来源渠道分组时的渠道',
      resolve: (row) => row.sourceChannel,
    }),
    month: t.exposeInt('month', { nullable: true, description: '按月分组时的月份（1–12，北京时间）' }),
    logged: t.exposeFloat('logged', { description: '登记线索数（按登记时间）' }),
    signed: t.exposeFloat('signed', { description: '签约数（按签约日期）' }),
    landed: t.exposeFloat('landed', { description: '落地数（按注册日期）' }),
  }),
})

interface Breakdown {
  total: GroupRow
  byUnit: GroupRow[]
  byIndustry: GroupRow[]
  byTalentClass: GroupRow[]
  bySourceChannel: GroupRow[]
  byMonth: GroupRow[]
}

const PipelineBreakdownRef = builder.objectRef<Breakdown>('PipelineBreakdown').implement({
  description: '某年度登记、签约、落地的项目，按单位、产业方向、人才类别、来源渠道和月份分组',
  authScopes: { signedIn: true },
  fields: (t) => ({
    total: t.field({ type: PipelineGroupRef, resolve: (b) => b.total }),
    byUnit: t.field({ type: [PipelineGroupRef], description: '有数据的单位', resolve: (b) => b.byUnit }),
    byIndustry: t.field({
      type: [PipelineGroupRef],
      description: '有数据的产业方向，登记数多的在前',
      resolve: (b) => b.byIndustry,
    }),
    byTalentClass: t.field({
      type: [PipelineGroupRef],
      description: '每个人才类别一行（含为 0 的）',
      resolve: (b) => b.byTalentClass,
    }),
    bySourceChannel: t.field({
      type: [PipelineGroupRef],
      description: '每个来源渠道一行（含为 0 的）',
      resolve: (b) => b.bySourceChannel,
    }),
    byMonth: t.field({
      type: [PipelineGroupRef],
      description: '1–12 月每月一行（含为 0 的）',
      resolve: (b) => b.byMonth,
    }),
  }),
})

const emptyGroup = (dimension: PipelineGroup['dimension'], fields: Partial<PipelineGroup>): GroupRow => ({
  dimension,
  unitId: null,
  industry: null,
  talentClass: null,
  sourceChannel: null,
  month: null,
  logged: 0,
  signed: 0,
  landed: 0,
  unit: null,
  ...fields,
})

builder.queryField('pipelineBreakdown', (t) =>
  t.field({
    type: PipelineBreakdownRef,
    description:
      '登记、签约、落地项目的分类统计（口径同考核：按认定单位只计一次）；县领导、人才办看全县或任一单位，单位一把手和园区负责人只看本单位',
    authScopes: { role: statisticsReaders },
    args: statisticsArgs(t.arg),
    resolve: async (_root, args, context) => {
      const groups = await pipelineGroups(context.prisma, statisticsFilter(context, args))
      const units = await unitsById(
        context.prisma,
        groups.map((group) => group.unitId),
      )
      const rows = groups.map(
        (group): GroupRow => ({ ...group, unit: group.unitId ? (units.get(group.unitId) ?? null) : null }),
      )
      const of = (dimension: PipelineGroup['dimension']) => rows.filter((row) => row.dimension === dimension)
      const filled = <K extends 'talentClass' | 'sourceChannel' | 'month'>(
        dimension: PipelineGroup['dimension'],
        key: K,
        values: readonly GroupRow[K][],
      ) =>
        values.map(
          (value) => of(dimension).find((row) => row[key] === value) ?? emptyGroup(dimension, { [key]: value }),
        )
      return {
        total: of('TOTAL')[0] ?? emptyGroup('TOTAL', {}),
        byUnit: of('UNIT').sort(byUnitName),
        byIndustry: of('INDUSTRY').sort(
          (a, b) => b.logged - a.logged || (a.industry ?? '').localeCompare(b.industry ?? '', 'zh-CN'),
        ),
        byTalentClass: filled('TALENT_CLASS', 'talentClass', Object.values(TalentClass)),
        bySourceChannel: filled('SOURCE_CHANNEL', 'sourceChannel', Object.values(SourceChannel)),
        byMonth: filled('MONTH', 'month', months),
      }
    },
  }),
)

type InvestmentRow = LandedInvestment & { unit: Unit | null }

const UnitInvestmentRef = builder.objectRef<InvestmentRow>('LandedInvestment').implement({
  description: '落地项目带来的投资（万元；联合认定按比例计）',
  authScopes: { signedIn: true },
  fields: (t) => ({
    unit: t.field({
      type: UnitNode,
      nullable: true,
      description: '认定单位；全县合计时为空',
      resolve: (row) => row.unit,
    }),
    landed: t.exposeFloat('landed', { description: '落地项目数' }),
    investmentAgreed: t.exposeFloat('investmentAgreed', { description: '签约投资额合计（万元）' }),
    registeredCapital: t.exposeFloat('registeredCapital', { description: '落地企业注册资本合计（万元）' }),
  }),
})

builder.queryField('landedInvestment', (t) =>
  t.field({
    type: [UnitInvestmentRef],
    description:
      '该年度落地项目的签约投资额与注册资本，第一行为合计，其后按认定单位；县领导、人才办看全县或任一单位，单位一把手和园区负责人只看本单位',
    authScopes: { role: statisticsReaders },
    args: statisticsArgs(t.arg),
    resolve: async (_root, args, context) => {
      const rows = await landedInvestment(context.prisma, statisticsFilter(context, args))
      const units = await unitsById(
        context.prisma,
        rows.map((row) => row.unitId),
      )
      const withUnits = rows.map((row) => ({ ...row, unit: row.unitId ? (units.get(row.unitId) ?? null) : null }))
      const total = withUnits.find((row) => row.unitId === null) ?? {
        unitId: null,
        unit: null,
        landed: 0,
        investmentAgreed: 0,
        registeredCapital: 0,
      }
      return [total, ...withUnits.filter((row) => row.unitId !== null).sort(byUnitName)]
    },
  }),
)

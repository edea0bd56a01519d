// 考核: the year's scheme, every unit's scores and rankings, and the projects behind any number.
import { z } from 'zod'
import { builder } from '../../builder.ts'
import { UnitNode } from '../unit.ts'
import { noRecord } from '../no-record.ts'
import type { SessionUser } from '../../context.ts'
import type { Unit } from '../../generated/prisma/client.ts'
import { DomainError } from '../../domain/errors.ts'
import { parseInput, uuid } from '../../domain/parse.ts'
import { assessmentScores, countingWindow, type IndicatorScore, type UnitScore } from './assessment-scores.ts'
import { countedRowsOf, type CountedRow } from './assessment-actuals.ts'
import { IndicatorMetricEnum, UnitKindEnum } from '../enums.ts'

builder.prismaNode('AssessmentScheme', {
  select: { id: true },
  id: { field: 'id' },
  // The 考核办法 is sent to every unit: whoever is signed in may read it.
  authScopes: { signedIn: true },
  fields: (t) => ({
    uuid: t.exposeString('id', { description: '编号（UUID），修改考核办法、指标与目标值时使用' }),
    year: t.exposeInt('year'),
    name: t.exposeString('name'),
    overBonusRate: t.float({
      select: { overBonusRate: true },
      description: '超额加分系数：超出部分 × 权重 × 系数',
      resolve: (s) => Number(s.overBonusRate),
    }),
    overBonusCapRatio: t.float({
      select: { overBonusCapRatio: true },
      description: '超额加分上限（占权重的比例）',
      resolve: (s) => Number(s.overBonusCapRatio),
    }),
    classBonusA: t.float({
      select: { classBonusA: true },
      description: 'A类人才创业项目加分',
      resolve: (s) => Number(s.classBonusA),
    }),
    classBonusB: t.float({
      select: { classBonusB: true },
      description: 'B类人才创业项目加分',
      resolve: (s) => Number(s.classBonusB),
    }),
    classBonusC: t.float({
      select: { classBonusC: true },
      description: 'C类人才创业项目加分',
      resolve: (s) => Number(s.classBonusC),
    }),
    classBonusCap: t.float({
      select: { classBonusCap: true },
      description: '双招双引加分每单位每年上限',
      resolve: (s) => Number(s.classBonusCap),
    }),
    youthAgeLimit: t.exposeInt('youthAgeLimit', { description: '青年人才年龄上限（考核年度内未满）' }),
    version: t.exposeInt('version'),
    indicators: t.relation('indicators', { query: { orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] } }),
  }),
})

builder.prismaObject('Indicator', {
  select: { id: true },
  authScopes: { signedIn: true },
  fields: (t) => ({
    uuid: t.exposeString('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    metric: t.expose('metric', { type: IndicatorMetricEnum }),
    weight: t.float({ select: { weight: true }, description: '权重（分）', resolve: (i) => Number(i.weight) }),
    unitKinds: t.expose('unitKinds', { type: [UnitKindEnum], description: '适用的单位类别' }),
    note: t.exposeString('note', { nullable: true, description: '指标说明' }),
  }),
})

builder.queryField('assessmentScheme', (t) =>
  t.prismaField({
    type: 'AssessmentScheme',
    nullable: true,
    description: '某年度的考核办法',
    authScopes: { signedIn: true },
    args: { year: t.arg.int({ required: true }) },
    resolve: (query, _root, { year }, context) =>
      context.prisma.assessmentScheme.findUnique({ ...query, where: { year } }),
  }),
)

/** County-wide rankings go to leaders and every unit's head; the others see their own unit's line. */
const seesAllUnits = (user: SessionUser) =>
  user.role === 'ADMIN' || user.role === 'LEADER' || user.role === 'UNIT_LEADER'

const IndicatorScoreRef = builder.objectRef<IndicatorScore>('IndicatorScore').implement({
  description: '某单位某项指标的完成情况与得分',
  authScopes: { signedIn: true },
  fields: (t) => ({
    indicatorUuid: t.exposeString('indicatorId'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    metric: t.field({ type: IndicatorMetricEnum, resolve: (s) => s.metric }),
    weight: t.exposeFloat('weight'),
    target: t.exposeFloat('target', { description: '目标值；为 0 表示该单位不考核此项' }),
    actual: t.exposeFloat('actual', { description: '实际完成（按认定单位只计一次；联合认定按比例）' }),
    assessed: t.exposeBoolean('assessed'),
    completion: t.exposeFloat('completion', { nullable: true, description: '完成率＝实际 ÷ 目标' }),
    score: t.exposeFloat('score', { description: '得分＝权重 × 完成率（不超过权重）' }),
    bonus: t.exposeFloat('bonus', { description: '超额加分（有上限）' }),
    lagging: t.exposeBoolean('lagging', { description: '完成率低于时间进度' }),
    actualLastYear: t.exposeFloat('actualLastYear', {
      nullable: true,
      description: '纵向比：上年同期实际完成（同一统计口径）',
    }),
  }),
})

type UnitScoreRow = UnitScore & { unit: Unit }

const UnitScoreRef = builder.objectRef<UnitScoreRow>('UnitScore').implement({
  description: '某单位的考核得分与排名',
  authScopes: { signedIn: true },
  fields: (t) => ({
    unit: t.field({ type: UnitNode, resolve: (row) => row.unit }),
    indicators: t.field({ type: [IndicatorScoreRef], resolve: (row) => row.indicators }),
    scoreTotal: t.exposeFloat('scoreTotal', { description: '各指标得分合计' }),
    bonusTotal: t.exposeFloat('bonusTotal', { description: '超额加分合计' }),
    classBonus: t.exposeFloat('classBonus', { description: '双招双引加分（A类1分、B类0.8分、C类0.5分，封顶）' }),
    classBonusUncapped: t.exposeFloat('classBonusUncapped', { description: '封顶前的双招双引加分' }),
    landedClassA: t.float({ resolve: (row) => row.classCounts.A }),
    landedClassB: t.float({ resolve: (row) => row.classCounts.B }),
    landedClassC: t.float({ resolve: (row) => row.classCounts.C }),
    total: t.exposeFloat('total', { description: '总分' }),
    totalLastYear: t.exposeFloat('totalLastYear', {
      nullable: true,
      description: '纵向比：上年同期总分（上年有考核办法时）',
    }),
    rankInKind: t.exposeInt('rankInKind', { description: '同类单位中的名次（园区比园区，镇街比镇街）' }),
    rankOverall: t.exposeInt('rankOverall', { description: '全县名次' }),
    laggingCount: t.int({
      description: '落后于时间进度的指标数',
      resolve: (row) => row.indicators.filter((i) => i.lagging).length,
    }),
  }),
})

interface ScoresRow {
  year: number
  asOf: Date
  elapsedShare: number
  units: UnitScoreRow[]
}

const AssessmentScoresRef = builder.objectRef<ScoresRow>('AssessmentScores').implement({
  description: '某年度截至某日的考核得分；名次在全部单位中排定',
  authScopes: { signedIn: true },
  fields: (t) => ({
    year: t.exposeInt('year'),
    asOf: t.expose('asOf', { type: 'DateTime', description: '统计截至（含当日）' }),
    elapsedShare: t.exposeFloat('elapsedShare', { description: '时间进度（全年已过比例）' }),
    units: t.field({ type: [UnitScoreRef], resolve: (row) => row.units }),
  }),
})

const scoresArgs = z.object({
  year: z.number().int().min(2000, '年度不正确').max(2100, '年度不正确'),
  unitId: uuid('单位').optional().nullable(),
})

builder.queryField('assessmentScores', (t) =>
  t.field({
    type: AssessmentScoresRef,
    nullable: true,
    description: '考核得分与排名（该年度没有考核办法时为空）；县领导、人才办和各单位一把手看全部单位，其他人看本单位',
    authScopes: { signedIn: true },
    args: {
      year: t.arg.int({ required: true }),
      asOf: t.arg({ type: 'DateTime', required: false, description: '默认今天' }),
    },
    resolve: async (_root, args, context) => {
      const user = context.user!
      const { year } = parseInput(scoresArgs, { year: args.year })
      const scores = await assessmentScores(context.prisma, year, args.asOf ?? new Date(), { lastYear: true })
      if (!scores) return null
      const units = new Map(
        (await context.prisma.unit.findMany({ where: { id: { in: scores.units.map((u) => u.unitId) } } })).map((u) => [
          u.id,
          u,
        ]),
      )
      const visible = scores.units.filter((row) => seesAllUnits(user) || row.unitId === user.unitId)
      return { ...scores, units: visible.map((row) => ({ ...row, unit: units.get(row.unitId)! })) }
    },
  }),
)

type CountedItem = CountedRow & { projectVisible: boolean }

const CountedItemRef = builder.objectRef<CountedItem>('AssessmentCountedItem').implement({
  description: '计入某项指标的一条记录',
  authScopes: { signedIn: true },
  fields: (t) => ({
    amount: t.exposeFloat('amount', { description: '计入数量（联合认定时为所占比例；人才投入为万元）' }),
    at: t.expose('at', { type: 'DateTime', description: '计入时间' }),
    projectUuid: t.exposeString('projectId', { nullable: true }),
  }),
})

const breakdownArgs = z.object({
  year: scoresArgs.shape.year,
  unitId: uuid('单位'),
  indicatorId: uuid('指标'),
  first: z.number().int().min(1).max(100, '每页最多 100 条'),
})

builder.queryField('assessmentBreakdown', (t) =>
  t.field({
    type: [CountedItemRef],
    description: '某单位某项指标计入了哪些记录（最新在前）',
    authScopes: { signedIn: true },
    args: {
      year: t.arg.int({ required: true }),
      unitId: t.arg.string({ required: true }),
      indicatorId: t.arg.string({ required: true }),
      asOf: t.arg({ type: 'DateTime', required: false }),
      first: t.arg.int({ required: false, defaultValue: 50 }),
    },
    resolve: async (_root, args, context) => {
      const user = context.user!
      const input = parseInput(breakdownArgs, { ...args, first: args.first ?? 50 })
      if (!seesAllUnits(user) && input.unitId !== user.unitId) throw DomainError.forbidden('只能查看本单位的考核明细')
      const indicator = await context.prisma.indicator.findFirst({
        where: { id: input.indicatorId, scheme: { year: input.year } },
        include: { scheme: true },
      })
      if (!indicator) throw DomainError.notFound('考核指标')
      const window = countingWindow(input.year, args.asOf ?? new Date(), indicator.scheme.youthAgeLimit)
      const rows = await countedRowsOf(context.prisma, indicator.metric, input.unitId, window, input.first)
      const projectIds = rows.flatMap((row) => (row.projectId ? [row.projectId] : []))
      const visible = new Set(
        (
          await context.prisma.project.findMany({
            where: { id: { in: projectIds } },
            select: { id: true },
          })
        ).map((p) => p.id),
      )
      return rows.map((row) => ({ ...row, projectVisible: !!row.projectId && visible.has(row.projectId) }))
    },
  }),
)

builder.objectField(CountedItemRef, 'project', (t) =>
  t.prismaField({
    type: 'Project',
    nullable: true,
    description: '计入的人才项目（我能看到时）',
    // Visibility was checked for all rows at once; Prisma batches these findUnique calls into one query.
    resolve: (query, row, _args, context) =>
      row.projectVisible && row.projectId
        ? context.prisma.project.findUnique({ ...query, where: { id: row.projectId } })
        : noRecord(query),
  }),
)

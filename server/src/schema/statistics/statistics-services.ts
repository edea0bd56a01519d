// 统计: services after landing — support requests by category, and the talents' service events per unit and
// month. Departments, who resolve the requests, see the support figures of the requests assigned to them.
import { builder } from '../../builder.ts'
import { UnitNode } from '../unit.ts'
import type { Unit } from '../../generated/prisma/client.ts'
import { SupportCategory } from '../../generated/prisma/enums.ts'
import { statisticsReaders } from '../../auth/statistics-scope.ts'
import { supportFigures, type SupportCategoryFigures } from './statistics-support.ts'
import { eventFigures, type EventFigures } from './statistics-events.ts'
import { byUnitName, months, statisticsArgs, statisticsFilter, unitsById } from './statistics-args.ts'
import { SupportCategoryEnum } from '../enums.ts'

const SupportFiguresRef = builder.objectRef<SupportCategoryFigures>('SupportCategoryFigures').implement({
  description: '某类落地服务诉求的数量、现状与办理用时',
  authScopes: { signedIn: true },
  fields: (t) => ({
    category: t.field({
      type: SupportCategoryEnum,
      nullable: true,
      description: '为空表示全部类别合计',
      resolve: (row) => row.category,
    }),
    total: t.exposeInt('total', { description: '当年提出的诉求数' }),
    open: t.int({ description: '待分派', resolve: (row) => row.byStatus.OPEN }),
    assigned: t.int({ description: '已分派', resolve: (row) => row.byStatus.ASSIGNED }),
    inProgress: t.int({ description: '办理中', resolve: (row) => row.byStatus.IN_PROGRESS }),
    resolvedNow: t.int({ description: '已办结、待评价', resolve: (row) => row.byStatus.RESOLVED }),
    closed: t.int({ description: '已关闭', resolve: (row) => row.byStatus.CLOSED }),
    rejected: t.int({ description: '已退回', resolve: (row) => row.byStatus.REJECTED }),
    resolved: t.exposeInt('resolved', { description: '有办结时间的诉求数（用时中位数据此计算）' }),
    medianResolutionHours: t.exposeFloat('medianResolutionHours', {
      nullable: true,
      description: '办结用时中位数（小时，办结时间 − 提出时间）',
    }),
    averageSatisfaction: t.exposeFloat('averageSatisfaction', {
      nullable: true,
      description: '人才满意度平均分（1–5）',
    }),
    rated: t.exposeInt('rated', { description: '已评价的诉求数' }),
  }),
})

const noRequests = (category: SupportCategory | null): SupportCategoryFigures => ({
  category,
  total: 0,
  byStatus: { OPEN: 0, ASSIGNED: 0, IN_PROGRESS: 0, RESOLVED: 0, CLOSED: 0, REJECTED: 0 },
  resolved: 0,
  medianResolutionHours: null,
  averageSatisfaction: null,
  rated: 0,
})

builder.queryField('supportRequestStatistics', (t) =>
  t.field({
    type: [SupportFiguresRef],
    description:
      '该年度提出的落地服务诉求按类别统计，第一行为合计；单位的数字含本单位项目提出的和分派给本单位的；县领导、人才办看全县或任一单位，单位一把手、园区负责人和职能部门只看本单位',
    authScopes: { role: [...statisticsReaders, 'DEPARTMENT'] },
    args: statisticsArgs(t.arg),
    resolve: async (_root, args, context) => {
      const rows = await supportFigures(context.prisma, statisticsFilter(context, args))
      return [null, ...Object.values(SupportCategory)].map(
        (category) => rows.find((row) => row.category === category) ?? noRequests(category),
      )
    },
  }),
)

type EventRow = EventFigures & { unit: Unit | null }

const EventFiguresRef = builder.objectRef<EventRow>('ServiceEventFigures').implement({
  description: '人才活动场次与参加情况',
  authScopes: { signedIn: true },
  fields: (t) => ({
    unit: t.field({
      type: UnitNode,
      nullable: true,
      description: '主办单位；各单位合计时为空',
      resolve: (row) => row.unit,
    }),
    month: t.exposeInt('month', { nullable: true, description: '月份（1–12）；全年合计时为空' }),
    events: t.exposeInt('events', { description: '活动场次' }),
    attendances: t.exposeInt('attendances', { description: '参加人次' }),
    talents: t.exposeInt('talents', { description: '参加的人才数（每人只计一次）' }),
  }),
})

interface EventStatistics {
  total: EventRow
  byUnit: EventRow[]
  byMonth: EventRow[]
  byUnitAndMonth: EventRow[]
}

const EventStatisticsRef = builder.objectRef<EventStatistics>('ServiceEventStatistics').implement({
  description: '某年度人才活动按单位、按月统计',
  authScopes: { signedIn: true },
  fields: (t) => ({
    total: t.field({ type: EventFiguresRef, resolve: (s) => s.total }),
    byUnit: t.field({ type: [EventFiguresRef], description: '办过活动的单位', resolve: (s) => s.byUnit }),
    byMonth: t.field({
      type: [EventFiguresRef],
      description: '1–12 月每月一行（含为 0 的）',
      resolve: (s) => s.byMonth,
    }),
    byUnitAndMonth: t.field({
      type: [EventFiguresRef],
      description: '有活动的单位和月份',
      resolve: (s) => s.byUnitAndMonth,
    }),
  }),
})

builder.queryField('serviceEventStatistics', (t) =>
  t.field({
    type: EventStatisticsRef,
    description:
      '人才活动场次、参加人次和人数（按主办单位、按月）；县领导、人才办看全县或任一单位，单位一把手和园区负责人只看本单位',
    authScopes: { role: statisticsReaders },
    args: statisticsArgs(t.arg),
    resolve: async (_root, args, context) => {
      const rows = await eventFigures(context.prisma, statisticsFilter(context, args))
      const units = await unitsById(
        context.prisma,
        rows.map((row) => row.unitId),
      )
      const all = rows.map((row) => ({ ...row, unit: row.unitId ? (units.get(row.unitId) ?? null) : null }))
      const none = (month: number | null): EventRow => ({
        unitId: null,
        unit: null,
        month,
        events: 0,
        attendances: 0,
        talents: 0,
      })
      const countyMonths = all.filter((row) => row.unitId === null && row.month !== null)
      return {
        total: all.find((row) => row.unitId === null && row.month === null) ?? none(null),
        byUnit: all.filter((row) => row.unitId !== null && row.month === null).sort(byUnitName),
        byMonth: months.map((month) => countyMonths.find((row) => row.month === month) ?? none(month)),
        byUnitAndMonth: all
          .filter((row) => row.unitId !== null && row.month !== null)
          .sort((a, b) => byUnitName(a, b) || a.month! - b.month!),
      }
    },
  }),
)

// 月报、季督、半年过堂 and the 通报: issued by the talent office as frozen snapshots (re-issuing adds an
// edition), read in the app and downloaded as .xlsx.
import { z } from 'zod'
import { builder } from '../../builder.ts'
import type { SessionUser } from '../../context.ts'
import type { Prisma } from '../../generated/prisma/client.ts'
import { ReportKind } from '../../generated/prisma/enums.ts'
import { DomainError } from '../../domain/errors.ts'
import { parseInput, uuid } from '../../domain/parse.ts'
import { reportPeriod } from '../../domain/report-period.ts'
import { buildReportSnapshot, type ReportSnapshot, type SnapshotCell, type SnapshotUnit } from './report-snapshot.ts'
import { reportWorkbook } from './report-workbook.ts'
import { addressReport } from './report-receipt.ts'
import { contextLocale } from '../../locale/locale.ts'
import { runWrite } from '../../write/run-write.ts'
import { noticeReportIssued } from '../notice/report-notices.ts'
import { IndicatorMetricEnum, ReportKindEnum, UnitKindEnum } from '../enums.ts'

const readers = ['ADMIN', 'LEADER', 'UNIT_LEADER', 'PARK_MANAGER'] as const
/** Park managers read their own unit's line; leaders and unit heads read the county's table. */
const visibleUnits = (user: SessionUser | null, units: SnapshotUnit[]) =>
  user?.role === 'PARK_MANAGER' ? units.filter((unit) => unit.unitId === user.unitId) : units

const ReportCellRef = builder.objectRef<SnapshotCell>('ReportCell').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    code: t.exposeString('code'),
    target: t.exposeFloat('target'),
    actual: t.exposeFloat('actual'),
    completion: t.exposeFloat('completion', { nullable: true }),
    score: t.exposeFloat('score'),
    bonus: t.exposeFloat('bonus'),
    assessed: t.exposeBoolean('assessed'),
    lagging: t.exposeBoolean('lagging'),
    change: t.exposeFloat('change', { nullable: true, description: '本期新增（与上期末相比）；年内第一期为空' }),
  }),
})

const ReportUnitRef = builder.objectRef<SnapshotUnit>('ReportUnitLine').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    unitUuid: t.exposeString('unitId'),
    unitName: t.exposeString('unitName'),
    unitKind: t.field({ type: UnitKindEnum, resolve: (unit) => unit.unitKind }),
    cells: t.field({ type: [ReportCellRef], resolve: (unit) => unit.cells }),
    scoreTotal: t.exposeFloat('scoreTotal'),
    bonusTotal: t.exposeFloat('bonusTotal'),
    classBonus: t.exposeFloat('classBonus'),
    total: t.exposeFloat('total'),
    rankInKind: t.exposeInt('rankInKind'),
    rankOverall: t.exposeInt('rankOverall'),
    overdueFollowUps: t.exposeInt('overdueFollowUps', { description: '跟踪逾期的项目数' }),
    overdueSupportRequests: t.exposeInt('overdueSupportRequests', { description: '逾期未办结的诉求数' }),
  }),
})

type SnapshotIndicator = ReportSnapshot['indicators'][number]
const ReportIndicatorRef = builder.objectRef<SnapshotIndicator>('ReportIndicator').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    metric: t.field({ type: IndicatorMetricEnum, resolve: (i) => i.metric }),
    weight: t.exposeFloat('weight'),
    unitKinds: t.field({ type: [UnitKindEnum], resolve: (i) => i.unitKinds }),
  }),
})

const ReportSnapshotRef = builder.objectRef<ReportSnapshot>('ReportSnapshot').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    asOf: t.field({ type: 'DateTime', description: '统计截至', resolve: (s) => s.asOf }),
    elapsedShare: t.exposeFloat('elapsedShare', { description: '时间进度' }),
    indicators: t.field({ type: [ReportIndicatorRef], resolve: (s) => s.indicators }),
    units: t.field({ type: [ReportUnitRef], resolve: (s, _args, context) => visibleUnits(context.user, s.units) }),
  }),
})

builder.prismaNode('Report', {
  select: { id: true },
  id: { field: 'id' },
  authScopes: { role: [...readers] },
  fields: (t) => ({
    uuid: t.exposeString('id'),
    kind: t.expose('kind', { type: ReportKindEnum }),
    year: t.exposeInt('year'),
    period: t.exposeString('period'),
    edition: t.exposeInt('edition', { description: '第几版（重新印发即新增一版）' }),
    title: t.exposeString('title'),
    issuedAt: t.expose('issuedAt', { type: 'DateTime' }),
    issuedByName: t.string({
      select: { issuedBy: { select: { name: true } } },
      resolve: (report) => report.issuedBy.name,
    }),
    snapshot: t.field({
      type: ReportSnapshotRef,
      select: { snapshot: true },
      resolve: (report) => report.snapshot as unknown as ReportSnapshot,
    }),
  }),
})

const reportsArgs = z.object({ year: z.number().int().min(2000, '年度不正确').max(2100, '年度不正确') })

builder.queryField('reports', (t) =>
  t.prismaField({
    type: ['Report'],
    description: '已印发的报告，新的在前',
    authScopes: { role: [...readers] },
    args: { year: t.arg.int({ required: true }), kind: t.arg({ type: ReportKindEnum, required: false }) },
    resolve: (query, _root, args, context) => {
      const { year } = parseInput(reportsArgs, { year: args.year })
      return context.prisma.report.findMany({
        ...query,
        where: { year, ...(args.kind ? { kind: args.kind } : {}) },
        orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
        take: 100,
      })
    },
  }),
)

const issueInput = builder.inputType('IssueReportInput', {
  description: '印发报告：按当时数据生成快照，之后数据变化不影响已印发的报告',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    id: t.string({ required: true }),
    kind: t.field({ type: ReportKindEnum, required: true }),
    year: t.int({ required: true }),
    period: t.string({ required: true }),
  }),
})
const issueArgs = z.object({
  clientMutationId: uuid('操作编号'),
  id: uuid('报告'),
  kind: z.enum(ReportKind),
  year: reportsArgs.shape.year,
  period: z.string().max(20, '期间格式不正确'),
})

builder.mutationField('issueReport', (t) =>
  t.prismaField({
    type: 'Report',
    description: '印发月报、季督、半年过堂或通报（仅人才办）',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: issueInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(issueArgs, args.input)
      const period = reportPeriod(input.kind, input.year, input.period)
      await runWrite(
        context,
        { clientMutationId: input.clientMutationId, operation: 'issueReport', entity: 'Report', recordId: input.id },
        async (tx, user) => {
          const snapshot = await buildReportSnapshot(tx, period, new Date())
          if (!snapshot) throw new DomainError('CONFLICT', `${input.year} 年度还没有考核办法，不能印发报告`)
          const last = await tx.report.findFirst({
            where: { kind: input.kind, year: input.year, period: period.period, unitId: null },
            orderBy: { edition: 'desc' },
            select: { edition: true },
          })
          const edition = (last?.edition ?? 0) + 1
          const report = await tx.report.create({
            select: { id: true, unitId: true },
            data: {
              id: input.id,
              kind: input.kind,
              year: input.year,
              period: period.period,
              edition,
              title: period.title,
              snapshot: snapshot as unknown as Prisma.InputJsonValue,
              issuedById: user.id,
            },
          })
          const recipients = await addressReport(tx, report)
          await noticeReportIssued(
            tx,
            user,
            { id: input.id, title: period.title },
            recipients.map((recipient) => recipient.userId),
          )
          return {
            id: input.id,
            changes: {
              after: { kind: input.kind, year: input.year, period: period.period, edition, title: period.title },
            },
          }
        },
      )
      return context.prisma.report.findUniqueOrThrow({ ...query, where: { id: input.id } })
    },
  }),
)

const ReportFileRef = builder.objectRef<{ fileName: string; contentBase64: string }>('ReportFile').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    fileName: t.exposeString('fileName'),
    contentType: t.string({ resolve: () => 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    contentBase64: t.exposeString('contentBase64'),
  }),
})

builder.queryField('reportWorkbook', (t) =>
  t.field({
    type: ReportFileRef,
    description: '已印发报告的 Excel 文件（.xlsx，政府通用表格式）',
    authScopes: { role: [...readers] },
    args: { id: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const { id } = parseInput(z.object({ id: uuid('报告') }), args)
      const report = await context.prisma.report.findFirst({
        where: { id },
        include: { issuedBy: { select: { name: true } } },
      })
      if (!report) throw DomainError.notFound('报告')
      const snapshot = report.snapshot as unknown as ReportSnapshot
      const heading = {
        title: report.title,
        issuedAt: report.issuedAt,
        issuedBy: report.issuedBy.name,
        edition: report.edition,
      }
      const locale = contextLocale(context)
      const units = visibleUnits(context.user, snapshot.units)
      const content = await reportWorkbook(heading, { ...snapshot, units }, locale)
      const edition = locale === 'en' ? ` (edition ${report.edition})` : `（第${report.edition}版）`
      return { fileName: `${report.title}${edition}.xlsx`, contentBase64: content.toString('base64') }
    },
  }),
)

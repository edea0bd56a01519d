// 人才投入 as read: a unit's spending in a year and its total, which the TALENT_INVESTMENT indicator counts.
// A unit's people read their own unit (asking for another is refused, not silently narrowed, as statistics
// do); the office and county leaders read any unit, or every unit at once.
import { builder } from '../../builder.ts'
import type { SessionUser } from '../../context.ts'
import { DomainError } from '../../domain/errors.ts'
import { parseInput } from '../../domain/parse.ts'
import { spendingInputs, spendingYear, yearDays } from '../../domain/talent-spending.ts'
import { requireUser } from '../../write/run-write.ts'

const readers = ['PARK_MANAGER', 'UNIT_LEADER', 'LEADER', 'ADMIN'] as const
const countyWide = (user: SessionUser) => user.role === 'ADMIN' || user.role === 'LEADER'

export const TalentSpendingNode = builder.prismaNode('TalentSpending', {
  select: { id: true },
  id: { field: 'id' },
  authScopes: { signedIn: true },
  fields: (t) => ({
    uuid: t.exposeString('id', { description: '数据库编号（UUIDv7，可由手机端生成）' }),
    unit: t.relation('unit', { description: '投入单位' }),
    spentOn: t.expose('spentOn', { type: 'Date', description: '支出日期' }),
    amount: t.expose('amount', { type: 'Decimal', description: '金额（万元）' }),
    purpose: t.exposeString('purpose', { description: '用途' }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
})

/** The rows a list asks for: one unit's year, or every unit's for the office and leaders. */
function spendingWhere(user: SessionUser, args: { unitId?: string | null; year?: number | null }) {
  const { unitId, year } = parseInput(spendingInputs.list, args)
  if (unitId && unitId !== user.unitId && !countyWide(user)) throw DomainError.forbidden('只能查看本单位的人才投入')
  const unit = unitId ?? (countyWide(user) ? undefined : user.unitId)
  return { ...(unit ? { unitId: unit } : {}), spentOn: yearDays(spendingYear(year)) }
}

const listArgs = (t: Parameters<Parameters<typeof builder.queryField>[1]>[0]) => ({
  unitId: t.arg.string({ required: false, description: '单位编号；不填为本单位（人才办、县领导不填为全县）' }),
  year: t.arg.int({ required: false, description: '年份；不填为今年' }),
})

builder.queryField('talentSpendings', (t) =>
  t.prismaField({
    type: ['TalentSpending'],
    description: '一个单位一年的人才投入，最近的在前',
    authScopes: { role: [...readers] },
    args: listArgs(t),
    resolve: (query, _root, args, context) =>
      context.prisma.talentSpending.findMany({
        ...query,
        where: spendingWhere(requireUser(context), args),
        orderBy: [{ spentOn: 'desc' }, { id: 'desc' }],
        take: 1000,
      }),
  }),
)

builder.queryField('talentSpendingTotal', (t) =>
  t.field({
    type: 'Decimal',
    description: '一个单位一年人才投入的合计（万元），即考核指标“人才投入”的实绩',
    authScopes: { role: [...readers] },
    args: listArgs(t),
    resolve: async (_root, args, context) => {
      const sum = await context.prisma.talentSpending.aggregate({
        where: spendingWhere(requireUser(context), args),
        _sum: { amount: true },
      })
      return sum._sum.amount?.toFixed(2) ?? '0.00'
    },
  }),
)

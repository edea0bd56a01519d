// The 台账's 人才投入 sheet on the server: what the system already records for the rows' units and days, the
// commit's inserts (in the import's transaction, audited as recordTalentSpending audits, one entry each), the
// export's rows (the year's spending in the exporter's scope) and the preview's GraphQL row.
import { uuidv7 } from 'uuidv7'
import { builder } from '../../builder.ts'
import type { SessionUser } from '../../context.ts'
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts'
import { changedFields } from '../../domain/diff.ts'
import type { LedgerCell } from '../../domain/ledger/ledger-row.ts'
import {
  planSpendingImport,
  readSpendingSheet,
  spendingDayOf,
  spendingKey,
  type SpendingProblem,
  type SpendingRowPlan,
} from '../../domain/ledger/ledger-spending.ts'
import type { LedgerSpendingOutcome } from '../../domain/ledger/ledger-report.ts'
import { yearDays } from '../../domain/talent-spending.ts'
import type { Transaction } from '../../write/apply-once.ts'

type Db = PrismaClient | Transaction

export async function planLedgerSpending(db: Db, user: SessionUser, grid: LedgerCell[][] | null) {
  const rows = grid ? readSpendingSheet(grid) : []
  if (!rows.length) return []
  const units = await db.unit.findMany({ select: { id: true, name: true, code: true, retiredAt: true } })
  const days = [
    ...new Set(
      rows.flatMap(({ cells }) => {
        const day = spendingDayOf(cells.spentOn)
        return day ? [day.toISOString().slice(0, 10)] : []
      }),
    ),
  ]
  const recorded = new Map<string, number>()
  const known = days.length
    ? await db.talentSpending.findMany({
        where: { spentOn: { in: days.map((day) => new Date(`${day}T00:00:00Z`)) } },
        select: { unitId: true, spentOn: true, amount: true, purpose: true },
      })
    : []
  for (const spending of known) {
    const key = spendingKey(
      spending.unitId,
      spending.spentOn.toISOString().slice(0, 10),
      spending.amount.toString(),
      spending.purpose,
    )
    recorded.set(key, (recorded.get(key) ?? 0) + 1)
  }
  return planSpendingImport(rows, { units, recorded }, user)
}

/** Inserts the new rows; returns their ids in the order of the plans (null for the rows not inserted). */
export async function writeLedgerSpending(
  tx: Transaction,
  user: SessionUser,
  plans: SpendingRowPlan[],
  batch: { note: string; address: string },
) {
  const data: Prisma.TalentSpendingCreateManyInput[] = []
  const audits: Prisma.AuditLogCreateManyInput[] = []
  const ids = plans.map((plan) => {
    if (plan.action !== 'CREATE') return null
    const id = uuidv7()
    const values = {
      unitId: plan.unitId!,
      spentOn: new Date(`${plan.spentOn}T00:00:00Z`),
      amount: plan.amount,
      purpose: plan.purpose,
    }
    data.push({ id, ...values })
    audits.push({
      actorId: user.id,
      action: 'importLedger',
      entity: 'TalentSpending',
      entityId: id,
      changes: changedFields({}, values) as unknown as Prisma.InputJsonValue,
      reason: batch.note,
      address: batch.address,
    })
    return id
  })
  if (data.length) await tx.talentSpending.createMany({ data })
  if (audits.length) await tx.auditLog.createMany({ data: audits })
  return ids
}

/** The export's 人才投入 rows: the county year's spending of the unit, or of the county. */
export function loadLedgerSpending(prisma: PrismaClient, unitId: string | null, year: number) {
  return prisma.talentSpending.findMany({
    where: { ...(unitId ? { unitId } : {}), spentOn: yearDays(year) },
    select: { spentOn: true, amount: true, purpose: true, unit: { select: { code: true } } },
    orderBy: [{ spentOn: 'asc' }, { id: 'asc' }],
  })
}
export type LedgerSpending = Awaited<ReturnType<typeof loadLedgerSpending>>[number]

const SpendingAction = builder.enumType('LedgerSpendingAction', {
  values: {
    CREATE: { description: '新登记的人才投入' },
    UNCHANGED: { description: '系统中已有（单位、日期、金额、用途相同），不再登记' },
  } as const,
})

const LedgerCellProblem = builder.objectRef<SpendingProblem>('LedgerCellProblem').implement({
  description: '工作表中一个单元格的问题',
  authScopes: { role: ['ADMIN'] },
  fields: (t) => ({
    cell: t.exposeString('cell', { nullable: true, description: '单元格（如 C4）；该列不在表中时为空' }),
    message: t.exposeString('message'),
  }),
})

export const LedgerSpendingRow = builder.objectRef<LedgerSpendingOutcome>('LedgerSpendingRow').implement({
  description: '台账“人才投入”工作表的一行',
  authScopes: { role: ['ADMIN'] },
  fields: (t) => ({
    rowNumber: t.exposeInt('rowNumber', { description: '工作表中的行号' }),
    unitCode: t.exposeString('unitCode'),
    unitName: t.exposeString('unitName', { nullable: true }),
    spentOn: t.exposeString('spentOn', { description: '日期（YYYY-MM-DD，按文件中的写法）' }),
    amount: t.exposeString('amount', { description: '金额（万元）' }),
    purpose: t.exposeString('purpose'),
    errors: t.exposeStringList('errors', { description: '导致不能导入的问题；有任何一行有误，整个文件都不导入' }),
    problems: t.field({
      type: [LedgerCellProblem],
      description: '同 errors，每个问题带出错的单元格',
      // Reports kept before the cells were named: the errors without a cell.
      resolve: (row) => row.problems ?? row.errors.map((message) => ({ cell: null, message })),
    }),
    action: t.field({ type: SpendingAction, nullable: true, resolve: (row) => row.action }),
    spendingUuid: t.string({
      nullable: true,
      description: '导入后：新登记的人才投入编号',
      resolve: (row) => row.spendingId ?? null,
    }),
  }),
})

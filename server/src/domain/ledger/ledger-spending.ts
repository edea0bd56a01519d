// The 台账's second sheet, 人才投入: one row per spending (单位代码, 日期, 金额（万元）, 用途). Each row is parsed
// with recordTalentSpending's own rules (spendingValues, spendingUnit) and weighed against the spending the
// system holds: a row whose unit, day, amount and purpose are already recorded is UNCHANGED (as many times
// as the system has it), so the same file imported twice adds nothing; any other good row is CREATEd.
import type { SessionUser } from '../../context.ts'
import { spendingUnit, spendingValues } from '../talent-spending.ts'
import type { Locale } from '../../locale/locale.ts'
import type { LedgerCell } from './ledger-row.ts'

export const spendingColumns = ['unitCode', 'spentOn', 'amount', 'purpose'] as const
export type SpendingColumn = (typeof spendingColumns)[number]

export const spendingSheetWords = {
  'zh-CN': {
    sheet: '人才投入',
    headers: { unitCode: '单位代码', spentOn: '日期', amount: '金额（万元）', purpose: '用途' },
  },
  en: {
    sheet: 'Talent spending',
    headers: { unitCode: 'Unit code', spentOn: 'Date', amount: 'Amount (10k yuan)', purpose: 'Purpose' },
  },
} satisfies Record<Locale, { sheet: string; headers: Record<SpendingColumn, string> }>

export const spendingSheetNames: string[] = Object.values(spendingSheetWords).map((words) => words.sheet)

/** A row's problem and the cell it is in (C4), null when its column is not in the sheet. */
export interface SpendingProblem {
  cell: string | null
  message: string
}

export interface SpendingRowPlan {
  rowNumber: number
  unitCode: string
  unitName: string | null
  /** YYYY-MM-DD, as given when it is no day. */
  spentOn: string
  amount: string
  purpose: string
  errors: string[]
  /** The errors again, each with the cell it is about. */
  problems: SpendingProblem[]
  action: 'CREATE' | 'UNCHANGED' | null
  unitId: string | null
}

export interface SpendingWorld {
  units: { id: string; name: string; code: string; retiredAt: Date | null }[]
  /** How many times each spendingKey is already recorded. */
  recorded: Map<string, number>
}

interface SpendingCells {
  rowNumber: number
  cells: Record<SpendingColumn, LedgerCell>
  /** Where each column is in the sheet (A is 1); a column the header lacks is not there. */
  columns: Partial<Record<SpendingColumn, number>>
}

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase()
const text = (cell: LedgerCell | undefined) =>
  cell instanceof Date ? cell.toISOString().slice(0, 10) : (cell ?? '').trim()

/** The same spending, whoever wrote it: unit, day, amount to the fen and purpose. */
export const spendingKey = (unitId: string, day: string, amount: string, purpose: string) =>
  `${unitId}\u0000${day}\u0000${Number(amount).toFixed(2)}\u0000${purpose.trim()}`

/** The sheet's header (in its first rows, in either language) and the rows under it with anything in them. */
export function readSpendingSheet(grid: LedgerCell[][]): SpendingCells[] {
  const headerNames = new Map<string, SpendingColumn>(
    Object.values(spendingSheetWords).flatMap((words) =>
      spendingColumns.map((column) => [squash(words.headers[column]), column] as const),
    ),
  )
  const headerIndex = grid
    .slice(0, 20)
    .findIndex((row) => row.filter((cell) => headerNames.has(squash(text(cell)))).length >= 3)
  if (headerIndex < 0) return []
  const positions = new Map<SpendingColumn, number>()
  grid[headerIndex]!.forEach((cell, index) => {
    const column = headerNames.get(squash(text(cell)))
    if (column && !positions.has(column)) positions.set(column, index)
  })
  const columns = Object.fromEntries([...positions].map(([column, index]) => [column, index + 1]))
  return grid.flatMap((row, index) => {
    if (index <= headerIndex) return []
    const cells = Object.fromEntries(
      spendingColumns.map((column) => {
        const at = positions.get(column)
        return [column, at === undefined ? '' : (row[at] ?? '')]
      }),
    ) as Record<SpendingColumn, LedgerCell>
    if (Object.values(cells).every((cell) => !text(cell))) return []
    return [{ rowNumber: index + 1, cells, columns }]
  })
}

/** A 日期 cell as the Date scalar's UTC midnight: a spreadsheet day, or YYYY-MM-DD typed as text. */
export function spendingDayOf(cell: LedgerCell): Date | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : new Date(`${text(cell)}T00:00:00Z`)
  const typed = cell.trim().replace(/[/.]/g, '-')
  if (!/^\d{4}-\d{1,2}-\d{1,2}$/.test(typed)) return undefined
  const [y, m, d] = typed.split('-').map(Number) as [number, number, number]
  const day = new Date(Date.UTC(y, m - 1, d))
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? day : undefined
}

/** 1 → A, 27 → AA: a column as the spreadsheet names it. */
export function columnLetter(column: number): string {
  let letters = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

const isColumn = (name: unknown): name is SpendingColumn => spendingColumns.includes(name as SpendingColumn)

export function planSpendingImport(rows: SpendingCells[], world: SpendingWorld, user: SessionUser): SpendingRowPlan[] {
  const left = new Map(world.recorded)
  return rows.map(({ rowNumber, cells, columns }) => {
    const unitCode = text(cells.unitCode)
    const plan: SpendingRowPlan = {
      rowNumber,
      unitCode,
      unitName: null,
      spentOn: text(cells.spentOn),
      amount: text(cells.amount),
      purpose: text(cells.purpose),
      errors: [],
      problems: [],
      action: null,
      unitId: null,
    }
    const refuse = (column: SpendingColumn | null, message: string) => {
      const at = column && columns[column]
      plan.errors.push(message)
      plan.problems.push({ cell: at ? `${columnLetter(at)}${rowNumber}` : null, message })
    }
    const unit = unitCode
      ? world.units.find(
          (candidate) => squash(candidate.code) === squash(unitCode) || squash(candidate.name) === squash(unitCode),
        )
      : undefined
    if (!unitCode) refuse('unitCode', '单位代码不能为空')
    else if (!unit) refuse('unitCode', `单位代码“${unitCode}”不存在`)
    else {
      plan.unitName = unit.name
      if (!spendingUnit(user, unit.id)) refuse('unitCode', '只能登记本单位的人才投入')
      else if (unit.retiredAt) refuse('unitCode', '该单位已撤销，不能再登记投入')
    }
    if (plan.errors.length || !unit) return plan
    const day = spendingDayOf(cells.spentOn)
    // A row the system already records is left as it is, whatever today's rules say of it: it writes nothing.
    const key = day && spendingKey(unit.id, day.toISOString().slice(0, 10), plan.amount, plan.purpose)
    const recorded = (key && left.get(key)) || 0
    if (key && recorded > 0) {
      left.set(key, recorded - 1)
      return { ...plan, unitId: unit.id, spentOn: day.toISOString().slice(0, 10), action: 'UNCHANGED' }
    }
    const parsed = spendingValues.safeParse({ spentOn: day, amount: plan.amount, purpose: plan.purpose })
    if (!parsed.success) {
      for (const issue of parsed.error.issues) refuse(isColumn(issue.path[0]) ? issue.path[0] : null, issue.message)
      return plan
    }
    return {
      ...plan,
      unitId: unit.id,
      spentOn: parsed.data.spentOn.toISOString().slice(0, 10),
      amount: parsed.data.amount,
      purpose: parsed.data.purpose,
      action: 'CREATE',
    }
  })
}

export interface SpendingCounts {
  spendingRows: number
  invalidSpending: number
  newSpending: number
  unchangedSpending: number
}

export function spendingCountsOf(plans: SpendingRowPlan[]): SpendingCounts {
  return {
    spendingRows: plans.length,
    invalidSpending: plans.filter((plan) => plan.errors.length).length,
    newSpending: plans.filter((plan) => plan.action === 'CREATE').length,
    unchangedSpending: plans.filter((plan) => plan.action === 'UNCHANGED').length,
  }
}

// A ledger's grid read into rows: find the header row (a government table has a title and a note above it),
// map its columns to fields, and read every row under it that has anything in a mapped column.
import {
  type ColumnMapping,
  type LedgerField,
  ledgerHeaders,
  looksLikeHeader,
  mapColumns,
  requiredFields,
} from './ledger-columns.ts'
import { type LedgerCell, type ReadLedgerRow, readLedgerRow } from './ledger-row.ts'

/** How far down a header row is looked for: a title, a subtitle and a blank line are the most seen. */
const headerSearchRows = 20

export interface LedgerSheet {
  /** 1-based row number of the header in the file. */
  headerRow: number
  columns: ColumnMapping[]
  /** Required fields no column is mapped to. */
  missing: LedgerField[]
  rows: ReadLedgerRow[]
}

const cellText = (cell: LedgerCell | undefined) => (cell instanceof Date ? '' : (cell ?? '').trim())

export function findHeaderRow(grid: LedgerCell[][]): number | null {
  const index = grid.slice(0, headerSearchRows).findIndex((row) => looksLikeHeader(row.map(cellText)))
  return index < 0 ? null : index
}

export function readLedgerSheet(
  grid: LedgerCell[][],
  corrections: { column: number; field: LedgerField | null }[] = [],
): LedgerSheet | null {
  const headerIndex = findHeaderRow(grid)
  if (headerIndex === null) return null
  const columns = mapColumns(grid[headerIndex]!.map(cellText), corrections)
  const mapped = columns.filter((column) => column.field !== null)
  const missing = requiredFields.filter((field) => !mapped.some((column) => column.field === field))
  const rows: ReadLedgerRow[] = []
  grid.forEach((row, index) => {
    if (index <= headerIndex) return
    const cells = Object.fromEntries(mapped.map((column) => [column.field!, row[column.column - 1] ?? ''])) as Partial<
      Record<LedgerField, LedgerCell>
    >
    if (Object.values(cells).every((cell) => !(cell instanceof Date) && !cell.trim())) return
    // A totals line (合计/总计) under the table is not a project.
    if (/^(合计|总计|小计)$/.test(cellText(row[0])) && !cellText(cells.talentName)) return
    rows.push(readLedgerRow(index + 1, cells))
  })
  return { headerRow: headerIndex + 1, columns, missing, rows }
}

export const noRows = '表头以下没有数据行'

/** Why the sheet as mapped cannot be imported at all, in Chinese; empty when it can. */
export function sheetProblems(sheet: LedgerSheet | null): string[] {
  if (!sheet)
    return [
      `找不到表头：前 ${headerSearchRows} 行中应有一行列名，至少包括“${ledgerHeaders.title}”或“${ledgerHeaders.talentName}”等三列`,
    ]
  const problems = sheet.missing.map(
    (field) => `缺少“${ledgerHeaders[field]}”列（或未指定哪一列是${ledgerHeaders[field]}）`,
  )
  if (!sheet.rows.length) problems.push(noRows)
  return problems
}

// From an uploaded file to a plan per row: read the file, find and map the header, read each row, then
// weigh the rows against what the system holds. The preview shows this; the commit runs it again inside
// its transaction, so that what it writes is decided on the data as it is then.
import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { SessionUser } from '../../context.ts'
import type { Transaction } from '../../write/apply-once.ts'
import type { LedgerField } from '../../domain/ledger/ledger-columns.ts'
import { planLedgerImport, type RowPlan } from '../../domain/ledger/ledger-plan.ts'
import { noRows, readLedgerSheet, sheetProblems, type LedgerSheet } from '../../domain/ledger/ledger-sheet.ts'
import { loadKnownWorld } from './ledger-world.ts'
import { planLedgerSpending } from './ledger-spending.ts'
import type { SpendingRowPlan } from '../../domain/ledger/ledger-spending.ts'
import { readLedgerFile, type LedgerGrid } from './ledger-file.ts'

export interface LedgerPlan {
  grid: Pick<LedgerGrid, 'format' | 'encoding'>
  sheet: LedgerSheet | null
  /** Problems with the sheet as a whole (no header, a required column unmapped, no rows). */
  problems: string[]
  plans: RowPlan[]
  /** The rows of the 人才投入 sheet, when the workbook has one. */
  spending: SpendingRowPlan[]
}

export type Corrections = { column: number; field: LedgerField | null }[]

export async function readLedgerUpload(fileBase64: string, fileName: string) {
  return readLedgerFile(Buffer.from(fileBase64, 'base64'), fileName)
}

export async function planLedger(
  db: PrismaClient | Transaction,
  user: SessionUser,
  grid: LedgerGrid,
  corrections: Corrections = [],
): Promise<LedgerPlan> {
  const sheet = readLedgerSheet(grid.rows, corrections)
  const spending = await planLedgerSpending(db, user, grid.spending)
  // A unit's export with spending but no projects yet is a ledger too: its empty project sheet is no problem.
  const problems = sheetProblems(sheet).filter(
    (problem) => !(spending.length && sheet && !sheet.missing.length && !sheet.rows.length && problem === noRows),
  )
  const rows = sheet && !sheet.missing.length ? sheet.rows : []
  const plans = rows.length ? planLedgerImport(rows, await loadKnownWorld(db, user, rows)) : []
  return { grid: { format: grid.format, encoding: grid.encoding }, sheet, problems, plans, spending }
}

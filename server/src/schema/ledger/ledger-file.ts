// An uploaded ledger as a grid of cells: .xlsx through exceljs (the first sheet, and the 人才投入 sheet),
// .csv through csv-parse after decoding (ledger-text.ts). A file that is neither is refused with a Chinese message.
import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import { DomainError } from '../../domain/errors.ts'
import { decodeCsv, type CsvEncoding } from '../../domain/ledger/ledger-text.ts'
import type { LedgerCell } from '../../domain/ledger/ledger-row.ts'
import { spendingSheetNames } from '../../domain/ledger/ledger-spending.ts'

export interface LedgerGrid {
  /** rows[0] is the sheet's row 1; cells[0] its column A. */
  rows: LedgerCell[][]
  format: 'xlsx' | 'csv'
  encoding: CsvEncoding | null
  /** The workbook's 人才投入 sheet (ledger-spending.ts), when it has one; a .csv has none. */
  spending: LedgerCell[][] | null
}

const refuse = (message: string) => DomainError.badInput([{ field: 'fileBase64', message }])
const isZip = (bytes: Buffer) => bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50
// The old binary .xls (an OLE compound file) starts with D0 CF 11 E0.
const isOle = (bytes: Buffer) => bytes.length > 4 && bytes.readUInt32BE(0) === 0xd0cf11e0

function cellOf(value: ExcelJS.CellValue): LedgerCell {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value
  if (typeof value === 'object') {
    if ('result' in value) return cellOf(value.result as ExcelJS.CellValue)
    if ('richText' in value) return value.richText.map((part) => part.text).join('')
    if ('text' in value) return String(value.text)
    if ('error' in value) return ''
  }
  return String(value)
}

function gridOf(sheet: ExcelJS.Worksheet): LedgerCell[][] {
  const rows: LedgerCell[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: LedgerCell[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = cellOf(cell.value)))
    rows[number - 1] = Array.from(cells, (cell) => cell ?? '')
  })
  return Array.from(rows, (row) => row ?? [])
}

async function readXlsx(bytes: Buffer): Promise<{ rows: LedgerCell[][]; spending: LedgerCell[][] | null }> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw refuse('无法读取文件：不是有效的 .xlsx 文件')
  }
  const isSpending = (candidate: ExcelJS.Worksheet) => spendingSheetNames.includes(candidate.name.trim())
  const sheet = workbook.worksheets.find(
    (candidate) => candidate.state !== 'hidden' && candidate.rowCount > 0 && !isSpending(candidate),
  )
  if (!sheet) throw refuse('文件中没有工作表内容')
  const spending = workbook.worksheets.find(isSpending)
  return { rows: gridOf(sheet), spending: spending ? gridOf(spending) : null }
}

function readCsv(bytes: Buffer): { rows: LedgerCell[][]; encoding: CsvEncoding } {
  const { text, encoding } = decodeCsv(bytes)
  try {
    // Tab-separated text is what Excel's "Unicode text" saves; ledgers have no tabs inside cells.
    const rows = parse(text, {
      delimiter: text.includes('\t') && !text.includes(',') ? '\t' : ',',
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      trim: true,
    }) as string[][]
    return { rows, encoding }
  } catch (error) {
    const line = (error as { lines?: number }).lines
    throw refuse(`无法读取 CSV 文件${line ? `（第 ${line} 行附近引号不配对）` : ''}：请用 Excel 另存为 .xlsx 后再上传`)
  }
}

export async function readLedgerFile(bytes: Buffer, fileName: string): Promise<LedgerGrid> {
  if (bytes.length === 0) throw refuse('文件是空的')
  if (isZip(bytes)) return { ...(await readXlsx(bytes)), format: 'xlsx', encoding: null }
  if (isOle(bytes) || /\.xls$/i.test(fileName))
    throw refuse('不支持旧版 .xls 文件：请在 Excel 中另存为 .xlsx 或 .csv 后上传')
  if (bytes.includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe))
    throw refuse('无法读取文件：请上传 .xlsx 或 .csv 格式的台账')
  return { ...readCsv(bytes), format: 'csv', spending: null }
}

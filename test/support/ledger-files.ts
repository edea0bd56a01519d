// Ledger files as a talent office sends them: .xlsx made with exceljs, .csv in UTF-8 (with or without the
// byte-order mark Excel's "CSV UTF-8" writes) or in GBK, as Excel in China saves plain "CSV".
import ExcelJS from 'exceljs'
import { uuidv7 } from 'uuidv7'
import type { Agent } from './pipeline.ts'

let gbkTable: Map<string, number[]> | undefined
/** Node decodes GBK but has no encoder: build one by decoding every double-byte code once. */
export function encodeGbk(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map()
    const decoder = new TextDecoder('gbk')
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        const char = decoder.decode(new Uint8Array([lead, trail]))
        if (char.length === 1 && char !== '\ufffd' && !gbkTable.has(char)) gbkTable.set(char, [lead, trail])
      }
    }
  }
  const bytes = [...text].flatMap((char) =>
    char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : (gbkTable!.get(char) ?? [0x3f]),
  )
  return Buffer.from(bytes)
}

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)
export const csvText = (rows: string[][]) => `${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`

export async function xlsxOf(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('台账')
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** Every row of a workbook's first sheet as plain values (dates as YYYY-MM-DD), for comparing ledgers. */
export async function sheetValues(content: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(content as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]!
  const rows: unknown[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = Array.from({ length: sheet.columnCount }, (_, i) => (row.values as unknown[])[i + 1])
    rows[number - 1] = values.map((value) =>
      value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? null),
    )
  })
  return rows
}

const rowFields =
  'rowNumber title talentName unitName errors notes talentAction matchedBy sameAsRow projectAction changes { field ' +
  'before after } talentUuid projectUuid'
const countFields =
  'counts { rows invalid newTalents matchedTalents newProjects updatedProjects unchangedProjects skipped }'

export async function preview(
  agent: Agent,
  file: Buffer,
  fileName: string,
  mapping?: { column: number; field: string | null }[],
) {
  return agent.requestText(
    `mutation ($input: PreviewLedgerImportInput!) { previewLedgerImport(input: $input) { fileName format encoding ` +
      `headerRow columns { column header field } problems canCommit rows { ${rowFields} } ${countFields} } }`,
    { input: { fileBase64: file.toString('base64'), fileName, mapping } },
  )
}

export async function commit(
  agent: Agent,
  file: Buffer,
  fileName: string,
  options: { clientMutationId?: string; mapping?: { column: number; field: string | null }[] } = {},
) {
  return agent.requestText(
    `mutation ($input: CommitLedgerImportInput!) { commitLedgerImport(input: $input) { uuid fileName rows { ` +
      `${rowFields} } ${countFields} } }`,
    {
      input: {
        clientMutationId: options.clientMutationId ?? uuidv7(),
        fileBase64: file.toString('base64'),
        fileName,
        mapping: options.mapping,
      },
    },
  )
}

export async function exportLedger(agent: Agent, unitId?: string) {
  const result = await agent.requestText(
    `query ($unitId: String) { ledgerWorkbook(unitId: $unitId) { fileName contentBase64 } }`,
    { unitId },
  )
  const file = result.data?.ledgerWorkbook as { fileName: string; contentBase64: string } | undefined
  return { result, fileName: file?.fileName, content: file ? Buffer.from(file.contentBase64, 'base64') : undefined }
}

/** An exported ledger edited as a person would in Excel: rows found by 项目名称, cells by their header. */
export async function editLedger(
  content: Buffer,
  edits: { title: string; set: Record<string, string | number | Date | null> }[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(content as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]!
  const headers = (sheet.getRow(3).values as unknown[]).map((value) => String(value ?? ''))
  for (const edit of edits) {
    let found = false
    sheet.eachRow((row, number) => {
      if (number <= 3 || row.getCell(headers.indexOf('项目名称')).value !== edit.title) return
      found = true
      for (const [header, value] of Object.entries(edit.set)) row.getCell(headers.indexOf(header)).value = value
    })
    if (!found) throw new Error(`no row for ${edit.title}`)
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/**
 * The ledger as Excel saves it as “CSV UTF-8”: a byte-order mark and each cell as shown (dates and 0.00 amounts
 * formatted).
 */
export async function csvOfLedger(content: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(content as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]!
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = []
    for (let column = 1; column <= sheet.columnCount; column++) {
      const cell = row.getCell(column)
      const value = cell.value
      cells.push(
        value instanceof Date
          ? value.toISOString().slice(0, 10)
          : typeof value === 'number' && cell.numFmt === '0.00'
            ? value.toFixed(2)
            : value === null || value === undefined
              ? ''
              : String(value),
      )
    }
    rows.push(cells)
  })
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(rows), 'utf8')])
}

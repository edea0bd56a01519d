// Ledger files as a talent office sends them: .xlsx made with exceljs, .csv in UTF-8 (with or without the
// byte-order mark Excel's "CSV UTF-8" writes) or in GBK, as Excel in China saves plain "CSV"; the 台账's
// columns and rows the ledger tests build them from; and the typed preview, import and export they send.
import ExcelJS from 'exceljs'
import { uuidv7 } from 'uuidv7'
import type { Agent } from './pipeline.ts'
import type { PrismaClient } from '../../server/src/generated/prisma/client.ts'
import { graphql, type ResultOf, type VariablesOf } from './graphql.ts'

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

/** A cell of a ledger file: CSV writes it as text (a date as YYYY-MM-DD, nothing for null), .xlsx as it is. */
export type LedgerCell = string | number | Date | null

const cellText = (cell: LedgerCell) =>
  cell instanceof Date ? cell.toISOString().slice(0, 10) : cell === null ? '' : String(cell)
const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)
export const csvText = (rows: readonly (readonly LedgerCell[])[]) =>
  `${rows.map((row) => row.map((cell) => quote(cellText(cell))).join(',')).join('\r\n')}\r\n`

/** The columns of a hand-kept 台账, in the order the talent office keeps them. */
export const ledgerColumns = [
  '序号',
  '项目名称',
  '人才姓名',
  '手机号',
  '工作单位',
  '所属单位',
  '阶段',
  '状态',
  '状态说明',
  '登记日期',
  '签约日期',
  '落地日期',
  '企业名称',
  '统一社会信用代码',
] as const
export type LedgerColumnName = (typeof ledgerColumns)[number]
/** One project of a hand-kept 台账 by column name; a column it leaves out is an empty cell. */
export type LedgerLine = Partial<Record<LedgerColumnName, LedgerCell>>

/**
 * A hand-kept 台账 as rows of cells: the header, then each line's cells in the header's order. The header is
 * `columns` when given, else `ledgerColumns` up to the last one a line fills; 序号 counts from 1 unless given, and
 * a cell a line leaves out is null (empty in .xlsx and in CSV).
 */
export function ledgerRows(lines: readonly LedgerLine[], columns?: readonly LedgerColumnName[]): LedgerCell[][] {
  const used = lines.flatMap((line) => Object.keys(line).map((name) => ledgerColumns.indexOf(name as LedgerColumnName)))
  const header = columns ?? ledgerColumns.slice(0, Math.max(...used) + 1)
  return [
    [...header],
    ...lines.map((line, index) => header.map((name) => line[name] ?? (name === '序号' ? String(index + 1) : null))),
  ]
}

/** The columns of an exported 台账 (its third row); an edited export keeps them, and the import reads them back. */
export const exportedLedgerColumns = [
  '序号',
  '项目名称',
  '人才姓名',
  '人才类别',
  '手机号',
  '工作单位',
  '产业方向',
  '来源渠道',
  '推荐人',
  '所属单位',
  '负责人',
  '阶段',
  '状态',
  '状态说明',
  '计划投资（万元）',
  '登记日期',
  '签约日期',
  '协议类型',
  '协议投资（万元）',
  '落地日期',
  '企业名称',
  '统一社会信用代码',
  '注册资本（万元）',
  '项目编号',
  '版本号',
] as const
export type ExportedLedgerColumn = (typeof exportedLedgerColumns)[number]

export async function xlsxOf(rows: readonly (readonly LedgerCell[])[]): Promise<Buffer> {
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

const PreviewLedgerImport = graphql(`
  mutation PreviewLedgerImport($input: PreviewLedgerImportInput!) {
    previewLedgerImport(input: $input) {
      fileName
      format
      encoding
      headerRow
      columns { column header field }
      problems
      canCommit
      rows {
        rowNumber
        title
        talentName
        unitName
        errors
        notes
        talentAction
        matchedBy
        sameAsRow
        projectAction
        changes { field before after }
        talentUuid
        projectUuid
      }
      counts { rows invalid newTalents matchedTalents newProjects updatedProjects unchangedProjects skipped }
    }
  }
`)

const CommitLedgerImport = graphql(`
  mutation CommitLedgerImport($input: CommitLedgerImportInput!) {
    commitLedgerImport(input: $input) {
      uuid
      fileName
      rows {
        rowNumber
        title
        talentName
        unitName
        errors
        notes
        talentAction
        matchedBy
        sameAsRow
        projectAction
        changes { field before after }
        talentUuid
        projectUuid
      }
      counts { rows invalid newTalents matchedTalents newProjects updatedProjects unchangedProjects skipped }
    }
  }
`)

const LedgerWorkbook = graphql(`
  query LedgerWorkbook($unitId: String) {
    ledgerWorkbook(unitId: $unitId) {
      fileName
      contentBase64
    }
  }
`)

/** Which column holds which field, as the import screen lets the user say. */
export type LedgerMapping = VariablesOf<typeof PreviewLedgerImport>['input']['mapping']
/** One row of a preview or an import report, as the server judged it. */
export type LedgerImportRow = ResultOf<typeof PreviewLedgerImport>['previewLedgerImport']['rows'][number]

export async function preview(agent: Agent, file: Buffer, fileName: string, mapping?: LedgerMapping) {
  return agent.request(PreviewLedgerImport, { input: { fileBase64: file.toString('base64'), fileName, mapping } })
}

export async function commit(
  agent: Agent,
  file: Buffer,
  fileName: string,
  options: { clientMutationId?: string; mapping?: LedgerMapping } = {},
) {
  return agent.request(CommitLedgerImport, {
    input: {
      clientMutationId: options.clientMutationId ?? uuidv7(),
      fileBase64: file.toString('base64'),
      fileName,
      mapping: options.mapping,
    },
  })
}

export async function exportLedger(agent: Agent, unitId?: string) {
  const result = await agent.request(LedgerWorkbook, { unitId })
  const file = result.data?.ledgerWorkbook
  return { result, fileName: file?.fileName, content: file ? Buffer.from(file.contentBase64, 'base64') : undefined }
}

/** An exported ledger edited as a person would in Excel: rows found by 项目名称, cells by their header. */
export async function editLedger(
  content: Buffer,
  edits: { title: string; set: Partial<Record<ExportedLedgerColumn, LedgerCell>> }[],
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

/** The workbook with rows added under its 人才投入 sheet's (单位代码, 日期, 金额（万元）, 用途). */
export async function addSpendingRows(content: Buffer, rows: LedgerCell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(content as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet('人才投入')
  if (!sheet) throw new Error('the workbook has no 人才投入 sheet')
  for (const row of rows) sheet.addRow(row)
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

/** Everything an import could write, and every version it could bump: the same before and after, it wrote nothing. */
export async function importFootprint(prisma: PrismaClient) {
  const versions = async (rows: Promise<{ version: number }[]>) =>
    (await rows).reduce((sum, row) => sum + row.version, 0)
  return [
    await prisma.project.count(),
    await prisma.talent.count(),
    await prisma.signing.count(),
    await prisma.landing.count(),
    await prisma.stageChange.count(),
    await prisma.auditLog.count(),
    await prisma.importBatch.count(),
    await prisma.appliedMutation.count(),
    await versions(prisma.project.findMany({ select: { version: true } })),
    await versions(prisma.signing.findMany({ select: { version: true } })),
    await versions(prisma.landing.findMany({ select: { version: true } })),
  ].join(' ')
}

// An issued report as .xlsx in the usual government table layout: a merged title, the issuing line, a
// two-row header with each indicator's cells merged above 目标/完成/完成率/得分, one row per unit and a
// totals row; one sheet per kind of unit (parks, towns, departments are assessed on different indicators).
import ExcelJS from 'exceljs'
import type { UnitKind } from '../../generated/prisma/enums.ts'
import type { ReportSnapshot, SnapshotUnit } from './report-snapshot.ts'

const kindNames: Record<UnitKind, string> = { PARK: '园区', TOWN: '镇街', DEPARTMENT: '机关部门', OFFICE: '人才办' }
const thin = { style: 'thin' as const }
const border = { top: thin, left: thin, bottom: thin, right: thin }
const perIndicator = ['目标', '完成', '完成率', '得分'] as const

export interface ReportHeading {
  title: string
  issuedAt: Date
  issuedBy: string
  edition: number
}

const countyDate = (at: Date) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long' }).format(at)
const percent = (value: number | null) => (value === null ? '—' : value)

/**
 * Scores are computed to four places (34.9333): a reader wants two, and percentages as percentages. The cells
 * keep the exact values, so sums and sorting in Excel use them. 名次 and 目标 stay whole numbers.
 */
function numberFormat(column: number, columns: number, value: ExcelJS.CellValue): string | null {
  if (column === columns) return null
  if (column >= columns - 2) return '0.00'
  if (column < 3) return null
  const role = perIndicator[(column - 3) % perIndicator.length]
  if (role === '完成率') return '0.0%'
  if (role === '得分') return '0.00'
  // An actual may be an amount (万元) with decimals; a count stays a whole number.
  if (role === '完成' && typeof value === 'number' && !Number.isInteger(value)) return '0.00'
  return null
}

function addSheet(
  workbook: ExcelJS.Workbook,
  heading: ReportHeading,
  snapshot: ReportSnapshot,
  kind: UnitKind,
  units: SnapshotUnit[],
) {
  const indicators = snapshot.indicators.filter((i) => i.unitKinds.includes(kind))
  const sheet = workbook.addWorksheet(kindNames[kind], {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  })
  const columns = 2 + indicators.length * perIndicator.length + 3
  sheet.mergeCells(1, 1, 1, columns)
  sheet.getCell(1, 1).value = `${heading.title}（${kindNames[kind]}）`
  sheet.getCell(1, 1).font = { name: '方正小标宋简体', size: 18, bold: true }
  sheet.getCell(1, 1).alignment = { horizontal: 'center' }
  sheet.mergeCells(2, 1, 2, columns)
  const progress = `时间进度：${(snapshot.elapsedShare * 100).toFixed(1)}%`
  const issued = `${heading.issuedBy} ${countyDate(heading.issuedAt)} 印发（第 ${heading.edition} 版）`
  sheet.getCell(2, 1).value = `统计截至：${countyDate(new Date(snapshot.asOf))}　${progress}　${issued}`
  sheet.getCell(2, 1).alignment = { horizontal: 'right' }

  const top = 3
  const fixed = ['序号', '单位']
  fixed.forEach((label, i) => {
    sheet.mergeCells(top, i + 1, top + 1, i + 1)
    sheet.getCell(top, i + 1).value = label
  })
  indicators.forEach((indicator, i) => {
    const first = 3 + i * perIndicator.length
    sheet.mergeCells(top, first, top, first + perIndicator.length - 1)
    sheet.getCell(top, first).value = `${indicator.name}（${indicator.weight}分）`
    perIndicator.forEach((label, j) => {
      sheet.getCell(top + 1, first + j).value = label
    })
  })
  const tail = ['加分', '总分', '名次']
  tail.forEach((label, i) => {
    const column = columns - tail.length + 1 + i
    sheet.mergeCells(top, column, top + 1, column)
    sheet.getCell(top, column).value = label
  })

  const sorted = [...units].sort((a, b) => a.rankInKind - b.rankInKind)
  sorted.forEach((unit, row) => {
    const values: (string | number | null)[] = [row + 1, unit.unitName]
    for (const indicator of indicators) {
      const cell = unit.cells.find((c) => c.code === indicator.code)
      values.push(
        cell?.assessed ? cell.target : '不考核',
        cell?.actual ?? 0,
        percent(cell?.completion ?? null),
        cell?.score ?? 0,
      )
    }
    values.push(Math.round((unit.bonusTotal + unit.classBonus) * 100) / 100, unit.total, unit.rankInKind)
    sheet.getRow(top + 2 + row).values = values
  })
  const totals: (string | number | null)[] = ['合计', '']
  for (const indicator of indicators) {
    const cells = sorted
      .map((unit) => unit.cells.find((c) => c.code === indicator.code))
      .filter((cell) => cell?.assessed)
    const target = cells.reduce((sum, cell) => sum + cell!.target, 0)
    const actual = sorted.reduce(
      (sum, unit) => sum + (unit.cells.find((c) => c.code === indicator.code)?.actual ?? 0),
      0,
    )
    totals.push(
      target,
      Math.round(actual * 100) / 100,
      target > 0 ? Math.round((actual / target) * 10_000) / 10_000 : '—',
      '',
    )
  }
  totals.push('', '', '')
  const totalsRow = sheet.getRow(top + 2 + sorted.length)
  totalsRow.values = totals
  totalsRow.font = { bold: true }

  for (let r = top; r <= top + 2 + sorted.length; r++) {
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.getCell(r, c)
      cell.border = border
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
      if (r < top + 2) cell.font = { bold: true }
      if (r >= top + 2) {
        const format = numberFormat(c, columns, cell.value)
        if (format) cell.numFmt = format
      }
    }
  }
  sheet.getColumn(2).width = 16
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: top + 1 }]
}

export async function reportWorkbook(heading: ReportHeading, snapshot: ReportSnapshot): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = heading.issuedBy
  workbook.created = heading.issuedAt
  const kinds = [...new Set(snapshot.units.map((unit) => unit.unitKind))]
  for (const kind of (['PARK', 'TOWN', 'DEPARTMENT'] as UnitKind[]).filter((k) => kinds.includes(k))) {
    addSheet(
      workbook,
      heading,
      snapshot,
      kind,
      snapshot.units.filter((unit) => unit.unitKind === kind),
    )
  }
  if (workbook.worksheets.length === 0) workbook.addWorksheet('考核').getCell(1, 1).value = heading.title
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

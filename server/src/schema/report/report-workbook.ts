// An issued report as .xlsx in the usual government table layout: a merged title, the issuing line, a
// two-row header with each indicator's cells merged above 目标/完成/完成率/得分, one row per unit and a
// totals row; one sheet per kind of unit (parks, towns, departments are assessed on different indicators).
import ExcelJS from 'exceljs'
import type { UnitKind } from '../../generated/prisma/enums.ts'
import type { ReportSnapshot, SnapshotUnit } from './report-snapshot.ts'
import type { Locale } from '../../locale/locale.ts'

// The sheet's own words in the reader's language; the title and the indicators' names are the issued
// report's own (a document reads the same later) and stay as issued.
const reportWords = {
  'zh-CN': {
    kinds: { PARK: '园区', TOWN: '镇街', DEPARTMENT: '机关部门', OFFICE: '人才办' } as Record<UnitKind, string>,
    perIndicator: ['目标', '完成', '完成率', '得分'],
    fixed: ['序号', '单位'],
    tail: ['加分', '总分', '名次'],
    notAssessed: '不考核',
    totals: '合计',
    empty: '考核',
    points: (weight: number) => `（${weight}分）`,
    asOf: (day: string, progress: string, issued: string) => `统计截至：${day}　时间进度：${progress}　${issued}`,
    issued: (by: string, day: string, edition: number) => `${by} ${day} 印发（第 ${edition} 版）`,
  },
  en: {
    kinds: { PARK: 'Parks', TOWN: 'Towns', DEPARTMENT: 'Departments', OFFICE: 'Talent office' } as Record<
      UnitKind,
      string
    >,
    perIndicator: ['Target', 'Actual', 'Completion', 'Score'],
    fixed: ['No.', 'Unit'],
    tail: ['Bonus', 'Total', 'Rank'],
    notAssessed: 'Not assessed',
    totals: 'Total',
    empty: 'Assessment',
    points: (weight: number) => ` (${weight} pts)`,
    asOf: (day: string, progress: string, issued: string) => `As of ${day} · time elapsed ${progress} · ${issued}`,
    issued: (by: string, day: string, edition: number) => `issued by ${by} on ${day} (edition ${edition})`,
  },
} satisfies Record<Locale, unknown>
const thin = { style: 'thin' as const }
const border = { top: thin, left: thin, bottom: thin, right: thin }
const perIndicator = ['目标', '完成', '完成率', '得分'] as const

export interface ReportHeading {
  title: string
  issuedAt: Date
  issuedBy: string
  edition: number
}

const countyDate = (at: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', dateStyle: 'long' }).format(at)
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
  locale: Locale,
) {
  const words = reportWords[locale]
  const kindNames = words.kinds
  const indicators = snapshot.indicators.filter((i) => i.unitKinds.includes(kind))
  const sheet = workbook.addWorksheet(kindNames[kind], {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  })
  const columns = 2 + indicators.length * perIndicator.length + 3
  sheet.mergeCells(1, 1, 1, columns)
  sheet.getCell(1, 1).value = `${heading.title}${locale === 'en' ? ` (${kindNames[kind]})` : `（${kindNames[kind]}）`}`
  sheet.getCell(1, 1).font = { name: '方正小标宋简体', size: 18, bold: true }
  sheet.getCell(1, 1).alignment = { horizontal: 'center' }
  sheet.mergeCells(2, 1, 2, columns)
  const progress = `${(snapshot.elapsedShare * 100).toFixed(1)}%`
  const issued = words.issued(heading.issuedBy, countyDate(heading.issuedAt, locale), heading.edition)
  sheet.getCell(2, 1).value = words.asOf(countyDate(new Date(snapshot.asOf), locale), progress, issued)
  sheet.getCell(2, 1).alignment = { horizontal: 'right' }

  const top = 3
  words.fixed.forEach((label, i) => {
    sheet.mergeCells(top, i + 1, top + 1, i + 1)
    sheet.getCell(top, i + 1).value = label
  })
  indicators.forEach((indicator, i) => {
    const first = 3 + i * perIndicator.length
    sheet.mergeCells(top, first, top, first + perIndicator.length - 1)
    sheet.getCell(top, first).value = `${indicator.name}${words.points(indicator.weight)}`
    words.perIndicator.forEach((label, j) => {
      sheet.getCell(top + 1, first + j).value = label
    })
  })
  const tail = words.tail
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
        cell?.assessed ? cell.target : words.notAssessed,
        cell?.actual ?? 0,
        percent(cell?.completion ?? null),
        cell?.score ?? 0,
      )
    }
    values.push(Math.round((unit.bonusTotal + unit.classBonus) * 100) / 100, unit.total, unit.rankInKind)
    sheet.getRow(top + 2 + row).values = values
  })
  const totals: (string | number | null)[] = [words.totals, '']
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

export async function reportWorkbook(
  heading: ReportHeading,
  snapshot: ReportSnapshot,
  locale: Locale = 'zh-CN',
): Promise<Buffer> {
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
      locale,
    )
  }
  if (workbook.worksheets.length === 0)
    workbook.addWorksheet(reportWords[locale].empty).getCell(1, 1).value = heading.title
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

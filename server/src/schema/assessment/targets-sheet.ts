// The targets of a year as a sheet the talent office fills in: one row per assessed unit, one column per
// indicator (0 = 不考核). Reading it back names each bad cell by its row and column; nothing is saved then.
import ExcelJS from 'exceljs'
import type { z } from 'zod'
import type { Indicator, Target, Unit } from '../../generated/prisma/client.ts'
import { DomainError, type FieldProblem } from '../../domain/errors.ts'
import { targetValue } from '../../domain/assessment-scheme.ts'
import type { TargetValue } from './assessment-scheme.ts'
import type { Locale } from '../../locale/locale.ts'

type SchemeWithTargets = { year: number; name: string; indicators: (Indicator & { targets: Target[] })[] }

const unitHeader = '单位'
const notAssessed = '不考核'

// The sheet in the reader's language; reading back accepts either language's words.
const sheetWords = {
  'zh-CN': {
    sheet: (year: number) => `${year}年度目标`,
    note: (name: string) => `${name}：各单位目标值（填 0 表示不考核；第 2 行的指标代码请勿修改）`,
    unit: unitHeader,
    unitName: '单位名称',
    points: (weight: number) => `（${weight}分）`,
    notAssessed,
  },
  en: {
    sheet: (year: number) => `${year} targets`,
    note: (name: string) => `${name}: each unit's targets (0 means not assessed; keep the codes in row 2)`,
    unit: 'Unit',
    unitName: 'Unit name',
    points: (weight: number) => ` (${weight} pts)`,
    notAssessed: 'Not assessed',
  },
}
const unitHeaders = new Set([sheetWords['zh-CN'].unit, sheetWords.en.unit])
const nameRows = new Set([sheetWords['zh-CN'].unitName, sheetWords.en.unitName])
const notAssessedCells = new Set([notAssessed, sheetWords.en.notAssessed])

export async function targetsTemplate(
  scheme: SchemeWithTargets,
  units: Unit[],
  locale: Locale = 'zh-CN',
): Promise<Buffer> {
  const words = sheetWords[locale]
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet(words.sheet(scheme.year))
  sheet.addRow([words.note(scheme.name)])
  sheet.addRow([words.unit, ...scheme.indicators.map((indicator) => indicator.code)])
  sheet.addRow([
    words.unitName,
    ...scheme.indicators.map((indicator) => `${indicator.name}${words.points(Number(indicator.weight))}`),
  ])
  for (const unit of units) {
    sheet.addRow([
      unit.name,
      ...scheme.indicators.map((indicator) => {
        if (!indicator.unitKinds.includes(unit.kind)) return words.notAssessed
        const target = indicator.targets.find((t) => t.unitId === unit.id)
        return target ? Number(target.value) : 0
      }),
    ])
  }
  sheet.getRow(2).font = { bold: true }
  sheet.getRow(3).font = { bold: true }
  sheet.getColumn(1).width = 18
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'object' && 'result' in value) return cellText(value.result as ExcelJS.CellValue)
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('')
  return String(value).trim()
}

/** Reads the filled-in sheet into target values, or throws BAD_USER_INPUT naming every bad cell. */
export async function readTargetsSheet(
  content: Buffer,
  scheme: SchemeWithTargets,
  units: Unit[],
): Promise<TargetValue[]> {
  const { values, problems } = await checkTargetsSheet(content, scheme, units)
  if (problems.length) throw DomainError.badInput(problems)
  return values
}

/** The sheet's values and every bad cell (`file.B4`), for the preview to show and the import to refuse. */
export async function checkTargetsSheet(
  content: Buffer,
  scheme: SchemeWithTargets,
  units: Unit[],
): Promise<{ values: TargetValue[]; problems: FieldProblem[] }> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer)
  } catch {
    return { values: [], problems: [{ field: 'file', message: '无法读取文件：请上传 .xlsx 格式的 Excel 文件' }] }
  }
  const sheet = workbook.worksheets[0]
  let headerRow = 0
  sheet?.eachRow((row, number) => {
    if (!headerRow && unitHeaders.has(cellText(row.getCell(1).value))) headerRow = number
  })
  if (!sheet || !headerRow) {
    const message = `找不到表头：第一列应有“${unitHeader}”一行，其后各列为指标代码`
    return { values: [], problems: [{ field: 'file', message }] }
  }

  const problems: FieldProblem[] = []
  const columns = new Map<number, Indicator>()
  sheet.getRow(headerRow).eachCell((cell, column) => {
    if (column === 1) return
    const code = cellText(cell.value)
    const indicator = scheme.indicators.find((candidate) => candidate.code === code)
    if (indicator) columns.set(column, indicator)
    else if (code)
      problems.push({
        field: `file.${cell.address}`,
        message: `${cell.address}：“${code}”不是 ${scheme.year} 年度的指标代码`,
      })
  })
  const byName = new Map(units.flatMap((unit) => [[unit.name, unit] as const, [unit.code, unit] as const]))
  const values: TargetValue[] = []
  sheet.eachRow((row, number) => {
    const name = cellText(row.getCell(1).value)
    if (number <= headerRow || !name || nameRows.has(name)) return
    const unit = byName.get(name)
    if (!unit) return problems.push({ field: `file.A${number}`, message: `第 ${number} 行：单位“${name}”不存在` })
    for (const [column, indicator] of columns) {
      const cell = row.getCell(column)
      const text = cellText(cell.value)
      if (text === '' || notAssessedCells.has(text)) continue
      const parsed = targetValue.safeParse(Number(text))
      if (!parsed.success)
        problems.push({
          field: `file.${cell.address}`,
          message: `${cell.address}（${unit.name}，${indicator.name}）：${sheetProblem(parsed.error)}`,
        })
      else if (!indicator.unitKinds.includes(unit.kind)) {
        if (parsed.data !== 0)
          problems.push({
            field: `file.${cell.address}`,
            message: `${cell.address}：${unit.name}不参加“${indicator.name}”考核`,
          })
      } else values.push({ indicatorId: indicator.id, unitId: unit.id, value: parsed.data })
    }
  })
  if (!problems.length && !values.length) problems.push({ field: 'file', message: '文件中没有目标值' })
  return { values, problems }
}

/** A cell's refusal: too many decimals says so (the same words as the form); anything else asks for a number. */
function sheetProblem(error: z.ZodError): string {
  const decimals = error.issues.find((issue) => issue.code === 'custom')
  return decimals?.message ?? '目标值应为不小于 0 的数字'
}

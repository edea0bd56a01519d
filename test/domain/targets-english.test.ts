// The targets sheet's problems in English: every message reading a sheet back can give (a file that is not a
// spreadsheet, no header, an unknown code or unit, a bad, over-precise or unassessed cell, an empty sheet) has
// an English with no Chinese left but what the sheet and the system named (units, indicators, quoted values).
import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { knownEnglish, toldIn } from '../../server/src/locale/english-errors.ts'
import { checkTargetsSheet } from '../../server/src/schema/assessment/targets-sheet.ts'

type Scheme = Parameters<typeof checkTargetsSheet>[1]
type Units = Parameters<typeof checkTargetsSheet>[2]

const scheme = {
  year: 2026,
  name: '2026年度考核办法',
  indicators: [
    { id: 'i1', code: 'LANDED', name: '人才项目落地注册', unitKinds: ['PARK', 'TOWN'], targets: [] },
    { id: 'i2', code: 'SUPPORT', name: '诉求办结', unitKinds: ['DEPARTMENT'], targets: [] },
  ],
} as unknown as Scheme
const units = [
  { id: 'east', name: '东部园区', code: 'PARK_EAST', kind: 'PARK' },
  { id: 'hrss', name: '人社局', code: 'HRSS', kind: 'DEPARTMENT' },
] as unknown as Units

async function sheetOf(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('2026年度目标')
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

async function allMessages(): Promise<string[]> {
  const files = [
    Buffer.from('姓名,电话'),
    await sheetOf([['随便', '写的']]),
    await sheetOf([['单位', 'LANDED', 'SUPPORT']]),
    await sheetOf([
      ['单位', 'LANDED', 'SUPPORT', 'TYPO'],
      ['单位名称', '人才项目落地注册（20分）', '诉求办结（100分）'],
      ['东部园区', -3, '不考核'],
      ['PARK_EAST', '五个', 3],
      ['人社局', 4, 3.6364],
      ['南山镇', 1, 0],
    ]),
  ]
  const checked = await Promise.all(files.map((file) => checkTargetsSheet(file, scheme, units)))
  return checked.flatMap(({ problems }) => problems.map((problem) => problem.message))
}

// What the sheet or the system named, which stays as it is in English.
const named = /东部园区|人社局|人才项目落地注册|诉求办结/g
const leftChinese = (english: string) => english.replace(/“[^”]*”/g, '').replace(named, '')

describe('the targets sheet’s problems in English', () => {
  it('come from every check of the sheet', async () => {
    expect(new Set(await allMessages()).size).toBe(10)
  })

  it('each have an English with nothing Chinese left but what the sheet and the system named', async () => {
    const messages = await allMessages()
    expect(messages.filter((message) => knownEnglish(message) === null)).toEqual([])
    const halfTold = messages
      .map((message) => [message, knownEnglish(message)!])
      .filter(([, english]) => /[\u4e00-\u9fa5]/.test(leftChinese(english!)))
    expect(halfTold).toEqual([])
  })

  it('name the cell and tell its own refusal, and stay Chinese for a Chinese reader', () => {
    const message = 'C7（人社局，诉求办结）：目标值最多保留两位小数'
    expect(toldIn('en')(message)).toBe('C7 (人社局, 诉求办结): A target has at most two decimals')
    expect(toldIn('zh-CN')(message)).toBe(message)
    expect(toldIn('en')('找不到表头：第一列应有“单位”一行，其后各列为指标代码')).toBe(
      'No header found: the first column needs a “Unit” row, followed by indicator codes',
    )
  })
})

// Targets by Excel: the talent office downloads the year's sheet, changes it, uploads it; a sheet with
// mistakes is refused whole, each bad cell named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createUnit } from '../support/fixtures.ts'
import { op, smallCounty, type Agent } from '../support/pipeline.ts'
import { graphql } from '../support/graphql.ts'
import { SetMyLocale } from '../support/language-documents.ts'

const TargetsSheet = graphql(`
  query TargetsSheet($id: String!) {
    targetsSheet(schemeId: $id) {
      fileName
      contentBase64
    }
  }
`)

const ImportTargets = graphql(`
  mutation ImportTargets($input: ImportTargetsInput!) {
    importTargets(input: $input) {
      year
      indicators { code targets { unit { name } value } }
    }
  }
`)

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let schemeId: string

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  await createUnit(db.prisma, '青山镇', 'TOWN')
  const scheme = await db.prisma.assessmentScheme.create({ data: { year: 2026, name: '2026年度考核办法' } })
  schemeId = scheme.id
  const landed = await db.prisma.indicator.create({
    data: {
      schemeId,
      code: 'LANDED',
      name: '人才项目落地注册',
      metric: 'PROJECTS_LANDED',
      weight: 20,
      unitKinds: ['PARK', 'TOWN'],
      sortOrder: 0,
    },
  })
  await db.prisma.indicator.create({
    data: {
      schemeId,
      code: 'SUPPORT',
      name: '诉求办结',
      metric: 'SUPPORT_RESOLVED',
      weight: 100,
      unitKinds: ['DEPARTMENT'],
      sortOrder: 1,
    },
  })
  await db.prisma.target.create({ data: { indicatorId: landed.id, unitId: county.units.east.id, value: 8 } })
})
afterAll(() => db?.close())

async function download(agent: Agent) {
  const result = await agent.request(TargetsSheet, { id: schemeId })
  if (!result.data) throw new Error(`targetsSheet: ${result.errors?.[0]?.message}`)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(result.data.targetsSheet.contentBase64, 'base64') as unknown as ArrayBuffer)
  return { fileName: result.data.targetsSheet.fileName, workbook, sheet: workbook.worksheets[0]! }
}
const uploadFile = (fileBase64: string) =>
  county.agents.admin.request(ImportTargets, { input: { ...op(), schemeId, fileBase64 } })
const upload = async (workbook: ExcelJS.Workbook) =>
  uploadFile(Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'))
const rowOf = (sheet: ExcelJS.Worksheet, name: string) =>
  sheet.getRows(1, sheet.rowCount)!.find((row) => row.getCell(1).value === name)!

describe('targets by Excel', () => {
  it('come down as a sheet of units and indicator codes with the current targets', async () => {
    const { fileName, sheet } = await download(county.agents.admin)
    expect(fileName).toBe('2026年度考核目标值.xlsx')
    expect(sheet.getRow(2).values).toEqual([undefined, '单位', 'LANDED', 'SUPPORT'])
    expect(rowOf(sheet, '东部园区').values).toEqual([undefined, '东部园区', 8, '不考核'])
    expect(rowOf(sheet, '人社局').values).toEqual([undefined, '人社局', '不考核', 0])
  })

  it('go back up changed, and only the changed cells are saved and audited', async () => {
    const { workbook, sheet } = await download(county.agents.admin)
    rowOf(sheet, '东部园区').getCell(2).value = 10
    rowOf(sheet, '青山镇').getCell(2).value = 2
    rowOf(sheet, '人社局').getCell(3).value = 6
    const result = await upload(workbook)
    expect(result.errors).toBeUndefined()
    const targets = result.data!.importTargets.indicators.flatMap((i) =>
      i.targets.map((t) => `${i.code} ${t.unit.name} ${t.value}`),
    )
    expect(targets.sort()).toEqual(['LANDED 东部园区 10', 'LANDED 西部园区 0', 'LANDED 青山镇 2', 'SUPPORT 人社局 6'])
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'importTargets' } })
    expect(audit.changes).toMatchObject({
      before: { 'LANDED/东部园区': 8, 'LANDED/青山镇': null },
      after: { 'LANDED/东部园区': 10, 'LANDED/青山镇': 2, 'SUPPORT/人社局': 6 },
    })
  })

  it('with mistakes are refused whole, each bad cell named', async () => {
    const { workbook, sheet } = await download(county.agents.admin)
    rowOf(sheet, '东部园区').getCell(2).value = 12
    rowOf(sheet, '西部园区').getCell(2).value = -3
    rowOf(sheet, '青山镇').getCell(2).value = '五个'
    rowOf(sheet, '人社局').getCell(2).value = 4
    rowOf(sheet, '人社局').getCell(3).value = 3.6364
    sheet.addRow(['南山镇', 1, '不考核'])
    sheet.getRow(2).getCell(4).value = 'TYPO'
    const result = await upload(workbook)
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(result.errors?.[0]?.message.split('；')).toEqual([
      'D2：“TYPO”不是 2026 年度的指标代码',
      'B5（西部园区，人才项目落地注册）：目标值应为不小于 0 的数字',
      'B6（青山镇，人才项目落地注册）：目标值应为不小于 0 的数字',
      'B7：人社局不参加“人才项目落地注册”考核',
      'C7（人社局，诉求办结）：目标值最多保留两位小数',
      `第 ${sheet.rowCount} 行：单位“南山镇”不存在`,
    ])
    const east = await db.prisma.target.findFirstOrThrow({ where: { unitId: county.units.east.id } })
    expect(Number(east.value)).toBe(10)
  })

  it('refuse a file that is not a spreadsheet, and anyone but the talent office', async () => {
    const garbage = await uploadFile(Buffer.from('姓名,电话').toString('base64'))
    expect(garbage.errors?.[0]).toMatchObject({
      message: '无法读取文件：请上传 .xlsx 格式的 Excel 文件',
      extensions: { code: 'BAD_USER_INPUT' },
    })
    expect((await county.agents.leader.request(TargetsSheet, { id: schemeId })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    )
  })

  it('come down in English for a talent office that chose English, and go back up with English refusals', async () => {
    const { admin } = county.agents
    await admin.request(SetMyLocale, { input: { ...op(), locale: 'en' } })
    const { fileName, workbook, sheet } = await download(admin)
    expect(fileName).toBe('2026 assessment targets.xlsx')
    expect(sheet.name).toBe('2026 targets')
    expect(sheet.getRow(2).values).toEqual([undefined, 'Unit', 'LANDED', 'SUPPORT'])
    expect(sheet.getRow(3).values).toEqual([undefined, 'Unit name', '人才项目落地注册 (20 pts)', '诉求办结 (100 pts)'])
    expect(rowOf(sheet, '人社局').values).toEqual([undefined, '人社局', 'Not assessed', 6])
    rowOf(sheet, '西部园区').getCell(2).value = -3
    rowOf(sheet, '人社局').getCell(2).value = 4
    const refused = await upload(workbook)
    expect(refused.errors?.[0]?.message.split('; ')).toEqual([
      'B5 (西部园区, 人才项目落地注册): A target must be a number ≥ 0',
      'B7: 人社局 is not assessed on “人才项目落地注册”',
    ])
    rowOf(sheet, '西部园区').getCell(2).value = 3
    rowOf(sheet, '人社局').getCell(2).value = 'Not assessed'
    const saved = await upload(workbook)
    expect(saved.errors).toBeUndefined()
    const west = saved.data!.importTargets.indicators[0]!.targets.find((t) => t.unit.name === '西部园区')
    expect(west?.value).toBe(3)
    await admin.request(SetMyLocale, { input: { ...op(), locale: 'zh-CN' } })
  })
})

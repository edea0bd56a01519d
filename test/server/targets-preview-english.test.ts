// The targets sheet's preview in the reader's language: the bad cells it lists are data, not an error, and a
// talent office that chose English reads them in English, each still naming its cell; Chinese stays Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { op, smallCounty } from '../support/pipeline.ts'
import { graphql } from '../support/graphql.ts'
import { SetMyLocale } from '../support/language-documents.ts'

const PreviewTargets = graphql(`
  mutation EnglishPreviewTargets($input: PreviewTargetsImportInput!) {
    previewTargetsImport(input: $input) {
      problems { cell message }
      canApply
    }
  }
`)

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let schemeId: string

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  const scheme = await db.prisma.assessmentScheme.create({ data: { year: 2026, name: '2026年度考核办法' } })
  schemeId = scheme.id
  await db.prisma.indicator.create({
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
})
afterAll(() => db?.close())

async function sheetOf(rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('targets')
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

async function previewIn(locale: 'en' | 'zh-CN', fileBase64: string) {
  const { admin } = county.agents
  await admin.request(SetMyLocale, { input: { ...op(), locale } })
  const result = await admin.request(PreviewTargets, { input: { schemeId, fileBase64 } })
  expect(result.errors).toBeUndefined()
  return result.data!.previewTargetsImport
}

describe('the targets sheet’s preview', () => {
  const badCells = () =>
    sheetOf([
      ['Unit', 'LANDED', 'TYPO'],
      ['东部园区', 3.555],
      ['西部园区', 2],
    ])

  it('tells an English reader each bad cell in English, by its address', async () => {
    const preview = await previewIn('en', await badCells())
    expect(preview).toEqual({
      canApply: false,
      problems: [
        { cell: 'C1', message: 'C1: “TYPO” is not an indicator code of 2026' },
        { cell: 'B2', message: 'B2 (东部园区, 人才项目落地注册): A target has at most two decimals' },
      ],
    })
  })

  it('tells a Chinese reader the same cells in Chinese', async () => {
    const preview = await previewIn('zh-CN', await badCells())
    expect(preview.problems).toEqual([
      { cell: 'C1', message: 'C1：“TYPO”不是 2026 年度的指标代码' },
      { cell: 'B2', message: 'B2（东部园区，人才项目落地注册）：目标值最多保留两位小数' },
    ])
  })

  it('tells a problem of the whole file in the reader’s language, with no cell', async () => {
    const noHeader = await sheetOf([['随便', '写的']])
    expect((await previewIn('en', noHeader)).problems).toEqual([
      { cell: null, message: 'No header found: the first column needs a “Unit” row, followed by indicator codes' },
    ])
    expect((await previewIn('zh-CN', noHeader)).problems).toEqual([
      { cell: null, message: '找不到表头：第一列应有“单位”一行，其后各列为指标代码' },
    ])
  })
})

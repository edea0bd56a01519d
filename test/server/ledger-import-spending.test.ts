// The 台账's 人才投入 sheet: a workbook with projects and spending previews both and commits both in one
// transaction; a bad amount or an unknown unit code is a row error naming its cell, and nothing is written; the
// same file again adds nothing; a park manager's rows for another unit are refused; the total counts what came
// in. A reader who chose English reads the rows' problems in English.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resetClock, setClock } from '../support/clock.ts'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { graphql } from '../support/graphql.ts'
import { smallCounty } from '../support/pipeline.ts'
import { exportLedger, ledgerRows, type LedgerCell } from '../support/ledger-files.ts'
import { uuidv7 } from 'uuidv7'
import { planLedger, readLedgerUpload } from '../../server/src/schema/ledger/ledger-preview.ts'
import { mutate } from '../support/pipeline.ts'
import { SetMyLocale } from '../support/language-documents.ts'

const Preview = graphql(`
  mutation PreviewSpendingLedger($input: PreviewLedgerImportInput!) {
    previewLedgerImport(input: $input) {
      problems
      canCommit
      rows { rowNumber errors projectAction }
      spendingRows { rowNumber unitCode unitName spentOn amount purpose errors action problems { cell message } }
      counts { rows invalid newProjects spendingRows invalidSpending newSpending unchangedSpending }
    }
  }
`)
const Commit = graphql(`
  mutation CommitSpendingLedger($input: CommitLedgerImportInput!) {
    commitLedgerImport(input: $input) {
      uuid
      spendingRows { rowNumber action spendingUuid }
      counts { newProjects newSpending unchangedSpending }
    }
  }
`)
const Total = graphql(`
  query ImportedSpendingTotal($unitId: String, $year: Int) {
    talentSpendingTotal(unitId: $unitId, year: $year)
  }
`)

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  setClock('2026-06-15T12:00:00+08:00')
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
}, 120_000)
afterAll(async () => {
  resetClock()
  await db?.close()
})

async function workbook(projects: LedgerCell[][], spending: LedgerCell[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const first = book.addWorksheet('台账')
  for (const row of projects) first.addRow(row)
  const second = book.addWorksheet('人才投入')
  second.addRow(['单位代码', '日期', '金额（万元）', '用途'])
  for (const row of spending) second.addRow(row)
  return Buffer.from(await book.xlsx.writeBuffer())
}
const input = (file: Buffer, fileName: string) => ({ fileBase64: file.toString('base64'), fileName })
const preview = (file: Buffer, fileName: string) =>
  county.agents.admin.request(Preview, { input: input(file, fileName) })
const commit = (file: Buffer, fileName: string) =>
  county.agents.admin.request(Commit, { input: { clientMutationId: uuidv7(), ...input(file, fileName) } })

describe('the 台账 import carries 人才投入', () => {
  it('previews and commits projects and spending together; the same file again adds nothing', async () => {
    const east = county.units.east
    const file = await workbook(
      ledgerRows([
        { 项目名称: '合成生物平台', 人才姓名: '钱多多', 手机号: '13912345678', 所属单位: '东部园区', 阶段: '线索' },
      ]),
      [
        [east.code, new Date('2026-03-05T00:00:00Z'), 12.5, '青年人才生活补贴'],
        [east.code, '2026-04-01', '7.25', '人才活动周'],
      ],
    )
    const shown = (await preview(file, 'spending.xlsx')).data!.previewLedgerImport
    expect(shown.problems).toEqual([])
    expect(shown.canCommit).toBe(true)
    expect(shown.rows.map((row) => row.projectAction)).toEqual(['CREATE'])
    expect(shown.spendingRows).toEqual([
      {
        rowNumber: 2,
        unitCode: east.code,
        unitName: '东部园区',
        spentOn: '2026-03-05',
        amount: '12.5',
        purpose: '青年人才生活补贴',
        errors: [],
        action: 'CREATE',
        problems: [],
      },
      {
        rowNumber: 3,
        unitCode: east.code,
        unitName: '东部园区',
        spentOn: '2026-04-01',
        amount: '7.25',
        purpose: '人才活动周',
        errors: [],
        action: 'CREATE',
        problems: [],
      },
    ])
    expect(shown.counts).toMatchObject({ newProjects: 1, spendingRows: 2, newSpending: 2, invalidSpending: 0 })

    const report = (await commit(file, 'spending.xlsx')).data!.commitLedgerImport
    expect(report.counts).toEqual({ newProjects: 1, newSpending: 2, unchangedSpending: 0 })
    const ids = report.spendingRows.map((row) => row.spendingUuid!)
    expect(await db.prisma.talentSpending.count({ where: { id: { in: ids } } })).toBe(2)
    const audits = await db.prisma.auditLog.findMany({ where: { entity: 'TalentSpending', entityId: { in: ids } } })
    expect(audits.map((entry) => entry.action)).toEqual(['importLedger', 'importLedger'])
    const total = await county.agents.admin.request(Total, { unitId: east.id, year: 2026 })
    expect(total.data?.talentSpendingTotal).toBe('19.75')

    const exported = await exportLedger(county.agents.eastManager)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(exported.content as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('人才投入')!
    expect(sheet.getRow(1).values).toEqual([undefined, '单位代码', '日期', '金额（万元）', '用途'])
    expect(sheet.rowCount).toBe(3)
    expect(sheet.getRow(3).values).toEqual([undefined, east.code, new Date('2026-04-01T00:00:00Z'), 7.25, '人才活动周'])

    const again = (await preview(file, 'spending.xlsx')).data!.previewLedgerImport
    expect(again.spendingRows.map((row) => row.action)).toEqual(['UNCHANGED', 'UNCHANGED'])
    expect(again.counts).toMatchObject({ newProjects: 0, newSpending: 0, unchangedSpending: 2 })
    expect(again.canCommit).toBe(false)
    const refused = await commit(file, 'spending.xlsx')
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT')
    expect(await db.prisma.talentSpending.count({ where: { unitId: east.id } })).toBe(2)
  })

  it('gives a bad amount and an unknown unit code row errors, and writes nothing', async () => {
    const file = await workbook(
      ledgerRows([{ 项目名称: '储能电站', 人才姓名: '孙武', 所属单位: '东部园区', 阶段: '线索' }]),
      [
        [county.units.east.code, '2026-05-01', '12.345', '人才公寓'],
        ['NO_SUCH_UNIT', '2026-05-02', '3', '人才公寓'],
      ],
    )
    const shown = (await preview(file, 'bad.xlsx')).data!.previewLedgerImport
    expect(shown.spendingRows.map((row) => [row.rowNumber, row.errors, row.action])).toEqual([
      [2, ['金额应为大于 0 的数字（万元，最多两位小数）'], null],
      [3, ['单位代码“NO_SUCH_UNIT”不存在'], null],
    ])
    // Each problem names the cell to correct: 金额 is column C, 单位代码 column A.
    expect(shown.spendingRows.map((row) => row.problems)).toEqual([
      [{ cell: 'C2', message: '金额应为大于 0 的数字（万元，最多两位小数）' }],
      [{ cell: 'A3', message: '单位代码“NO_SUCH_UNIT”不存在' }],
    ])
    expect(shown.canCommit).toBe(false)
    const [projects, spending] = [await db.prisma.project.count(), await db.prisma.talentSpending.count()]
    const refused = await commit(file, 'bad.xlsx')
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(refused.errors?.[0]?.message).toContain('第 3 行（人才投入）')
    expect(await db.prisma.project.count()).toBe(projects)
    expect(await db.prisma.talentSpending.count()).toBe(spending)
  })

  it("refuses a park manager's rows for another unit", async () => {
    const file = await workbook(
      ledgerRows([{ 项目名称: '光伏组件', 人才姓名: '周杰', 所属单位: '东部园区', 阶段: '线索' }]),
      [
        [county.units.east.code, '2026-05-03', '2', '人才沙龙'],
        [county.units.west.code, '2026-05-03', '2', '人才沙龙'],
      ],
    )
    const manager = county.people.eastManager
    const plan = await planLedger(
      db.prisma,
      { id: manager.id, name: manager.name, role: 'PARK_MANAGER', unitId: county.units.east.id },
      await readLedgerUpload(file.toString('base64'), 'manager.xlsx'),
    )
    expect(plan.spending.map((row) => [row.errors, row.action])).toEqual([
      [[], 'CREATE'],
      [['只能登记本单位的人才投入'], null],
    ])
  })

  it('tells the rows’ problems in English to a reader who chose it, cells as they are', async () => {
    const { admin } = county.agents
    const file = await workbook(
      ledgerRows([{ 项目名称: '氢能储运', 人才姓名: '陈晨', 所属单位: '南山园区', 阶段: '线索' }]),
      [
        ['NO_SUCH_UNIT', '2026-05-02', '3', '人才公寓'],
        [county.units.east.code, '2026-05-02', '-1', '人才公寓'],
      ],
    )
    await mutate(admin, SetMyLocale, { clientMutationId: uuidv7(), locale: 'en' })
    try {
      const shown = (await preview(file, 'english.xlsx')).data!.previewLedgerImport
      expect(shown.rows[0]!.errors).toEqual(['The unit “南山园区” does not exist (give a unit name the system has)'])
      expect(shown.spendingRows.map((row) => row.problems)).toEqual([
        [{ cell: 'A2', message: 'The unit code “NO_SUCH_UNIT” does not exist' }],
        [{ cell: 'C3', message: 'The amount must be a number above 0 (in 10,000 yuan, at most two decimals)' }],
      ])
      expect(shown.spendingRows[0]!.errors).toEqual(['The unit code “NO_SUCH_UNIT” does not exist'])
      const refused = await commit(file, 'english.xlsx')
      expect(refused.errors?.[0]?.message).toContain(
        'Row 2 (Talent spending): The unit code “NO_SUCH_UNIT” does not exist',
      )
    } finally {
      await mutate(admin, SetMyLocale, { clientMutationId: uuidv7(), locale: 'zh-CN' })
    }
  })
})

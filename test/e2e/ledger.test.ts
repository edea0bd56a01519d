// The talent office on a phone: opens 台账 from the bottom bar, uploads a small CSV ledger whose unit column
// the server cannot guess, tells it which column is the unit, previews again, imports, reads the report;
// the projects are then on the server, and in the east park's ledger it exports. That export, edited (a
// project renamed and moved on a stage, a row of 人才投入 added), comes back as an update shown field by field
// before → after, with the spending row listed and counted, and recorded once imported.
// axe finds nothing serious on the screen or the previews.
import { existsSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { seriousAxeViolations, serverAs, signIn } from './phone-steps.ts'
import { addSpendingRows, editLedger } from '../support/ledger-files.ts'

const run = String(Date.now()).slice(-5)
const talents = [`郑海${run}`, `冯岚${run}`]
// Thirty days back: always a past day (the import refuses none), its year asked for below, whatever today is.
const spentOn = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)
const purpose = `青年人才沙龙${run}`
const csv = [
  '项目名称,人才姓名,手机号,单位,园区,阶段',
  `海洋牧场${run},${talents[0]},,中国海洋大学,东部园区,线索`,
  `深海传感${run},${talents[1]},,浙江大学,东部园区,接洽`,
].join('\n')

describe.skipIf(!existsSync(chromiumPath))('the talent office imports a ledger', () => {
  let server: RunningServer
  let phone: Phone
  let page: Page
  let exported: Buffer | undefined

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    phone = await launchPhone()
    page = phone.context.pages()[0] ?? (await phone.context.newPage())
  })

  afterAll(async () => {
    await phone?.close()
    await server?.stop()
  })

  it('previews a CSV, takes the corrected unit column, imports it and shows the report', async () => {
    await signIn(page, server.url, 'admin')
    await page.getByTestId('nav-ledger').click()
    await page.waitForURL(/\/ledger$/)
    await page.getByRole('button', { name: '导出台账（.xlsx）' }).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])

    await page
      .getByLabel('台账文件（.xlsx 或 .csv）')
      .setInputFiles({ name: '海洋台账.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
    await page.getByTestId('ledger-preview').waitFor()
    // 园区 is no header the server knows: the file cannot be imported until the user says what it is.
    expect(await page.getByTestId('ledger-problems').textContent()).toContain('所属单位')
    expect(await page.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true)
    await page.getByLabel('第 E 列“园区”导入为').selectOption('UNIT')
    await page.getByRole('button', { name: '确认导入' }).and(page.locator(':enabled')).waitFor()
    expect(await page.getByTestId('ledger-counts').textContent()).toContain('新建项目 2')
    await page.screenshot({ path: '/tmp/tp-ledger-preview.png', fullPage: true })
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.getByRole('button', { name: '确认导入' }).click()
    const report = page.getByTestId('ledger-report')
    await report.waitFor()
    expect(await report.textContent()).toContain('导入完成')
    expect(await report.getByTestId('ledger-counts').textContent()).toContain('新建项目 2')
    await page.screenshot({ path: '/tmp/tp-ledger-report.png', fullPage: true })

    const admin = serverAs(server.url, 'admin')
    for (const [i, name] of talents.entries()) {
      const projects = await admin.projectsOf(name)
      expect(projects.map((project) => project.title)).toEqual([i === 0 ? `海洋牧场${run}` : `深海传感${run}`])
    }
  })

  it('exports the east park’s ledger with the imported projects in it', async () => {
    await page.getByRole('button', { name: '导入另一个文件' }).click()
    const scope = page.getByLabel('导出范围')
    await scope.locator('option', { hasText: '东部园区' }).waitFor({ state: 'attached' })
    await scope.selectOption({ label: '东部园区' })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出台账（.xlsx）' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^东部园区人才项目台账（\d{4}-\d{2}-\d{2}）\.xlsx$/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile((await download.path())!)
    const sheet = workbook.worksheets[0]!
    expect(String(sheet.getCell(1, 1).value)).toBe('东部园区人才项目台账')
    const titles: unknown[] = []
    sheet.eachRow((row) => titles.push(...(row.values as unknown[])))
    expect(titles).toEqual(expect.arrayContaining([`海洋牧场${run}`, `深海传感${run}`, talents[0]]))
    exported = readFileSync((await download.path())!)
  })

  it('imports the edited export as an update, previewed field by field, and its new spending row', async () => {
    const edited = await addSpendingRows(
      await editLedger(exported!, [{ title: `海洋牧场${run}`, set: { 项目名称: `海洋牧场${run}二期`, 阶段: '接洽' } }]),
      [['EAST_PARK', spentOn, '3.5', purpose]],
    )
    await page.getByLabel('台账文件（.xlsx 或 .csv）').setInputFiles({
      name: '东部园区台账（改）.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: edited,
    })
    await page.getByTestId('ledger-preview').waitFor()
    const counts = await page.getByTestId('ledger-counts').textContent()
    expect(counts).toContain('修改项目 1')
    expect(counts).toContain('新建项目 0')
    expect(counts).toContain('有误的行 0')
    expect(counts).toContain('新登记投入 1')
    const spending = page.getByTestId('ledger-spending-row').filter({ hasText: purpose })
    expect(await spending.textContent()).toContain('东部园区')
    expect(await spending.textContent()).toContain(`${spentOn} · 3.5 万元 · ${purpose} · 新登记`)
    const changes = page.getByTestId('ledger-changes')
    expect(await changes.count()).toBe(1)
    const lines = await changes
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent)))
    expect(lines).toEqual([
      ['项目名称', `海洋牧场${run}`, `海洋牧场${run}二期`],
      ['阶段', '线索', '接洽'],
    ])
    await page.screenshot({ path: '/tmp/tp-ledger-update.png', fullPage: true })
    await page.getByTestId('ledger-row').first().screenshot({ path: '/tmp/tp-ledger-update-row.png' })
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.getByRole('button', { name: '确认导入' }).click()
    const report = page.getByTestId('ledger-report')
    await report.waitFor()
    const reported = await report.getByTestId('ledger-counts').textContent()
    expect(reported).toContain('修改项目 1')
    expect(reported).toContain('新登记投入 1')
    const admin = serverAs(server.url, 'admin')
    const recorded = await admin.request<{ talentSpendings: { purpose: string; amount: string }[] }>(
      'query ($year: Int) { talentSpendings(year: $year) { purpose amount } }',
      { year: Number(spentOn.slice(0, 4)) },
    )
    expect(recorded.talentSpendings.filter((row) => row.purpose === purpose)).toEqual([{ purpose, amount: '3.5' }])
    const data = await admin.request<{
      projects: { edges: { node: { title: string; stage: string; version: number } }[] }
    }>(`query ($s: String!) { projects(first: 5, search: $s) { edges { node { title stage version } } } }`, {
      s: talents[0],
    })
    expect(data.projects.edges.map((edge) => edge.node)).toEqual([
      { title: `海洋牧场${run}二期`, stage: 'CONTACTED', version: 2 },
    ])
  })
})

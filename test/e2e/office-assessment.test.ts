// The talent office prepares next year's 考核方案 at a desk: from its workspace it opens 考核方案, starts the
// year as a copy of this year's without the targets, changes an indicator's weight and 指标说明, sets the east
// park's targets in a form, downloads the targets sheet, fills in the other units with exceljs, sees a bad
// cell refused in the preview, corrects it and imports the whole sheet. The server then holds those targets.
// axe finds nothing serious on the screens.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { seriousAxeViolations, serverAs, signIn } from './phone-steps.ts'

type Targets = {
  assessmentScheme: { indicators: { code: string; targets: { unit: { name: string }; value: number }[] }[] }
}

describe.skipIf(!existsSync(chromiumPath))('the talent office prepares next year’s assessment', () => {
  let server: RunningServer
  let phone: Phone
  let page: Page
  let year = 0

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

  it('copies this year’s scheme without its targets and changes an indicator', async () => {
    await signIn(page, server.url, 'admin')
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${server.url}/office`)
    await page.getByTestId('workspace-assessment').click()
    await page.waitForURL(/\/office\/assessment/)
    const picker = page.getByLabel('年度')
    // The first year offered is next year, which the demo county has no scheme for yet.
    year = Number(await picker.locator('option').first().getAttribute('value'))
    await picker.selectOption(String(year))
    await page.getByText(`${year} 年度还没有考核方案。`).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByLabel('同时复制各单位目标值').uncheck()
    await page.getByRole('button', { name: `新建 ${year} 年度考核方案` }).click()

    const leads = page.locator('[data-testid="indicator-row"][data-code="LEADS"]')
    await leads.waitFor()
    expect(await page.getByRole('heading', { name: `${year}年度人才工作目标责任制考核办法` }).count()).toBe(1)
    await leads.getByRole('button', { name: '修改' }).click()
    await page.getByLabel('权重（分）').fill('12.5')
    await page.getByLabel('指标说明').fill('以首次登记日为准')
    await page.getByTestId('indicator-form').getByRole('button', { name: '保存' }).click()
    await page.getByTestId('indicator-form').waitFor({ state: 'detached' })
    await expect.poll(() => leads.textContent()).toContain('以首次登记日为准')
    expect(await leads.textContent()).toContain('12.5')
    expect(await page.getByTestId('weight-total').textContent()).toMatch(/^权重合计 [\d.]+ 分$/)
    await page.screenshot({ path: '/tmp/tp-office-scheme.png', fullPage: true })
    expect(await seriousAxeViolations(page)).toEqual([])
  })

  it('sets the east park’s targets in a form and the others by sheet, all or nothing', async () => {
    await page.getByTestId('to-targets').click()
    await page.waitForURL(/\/office\/assessment\/targets/)
    const east = page.locator('[data-testid="target-row"][data-unit="东部园区"]')
    await east.waitFor()
    expect(await east.textContent()).toContain('未填')
    await east.getByRole('button', { name: '填写目标' }).click()
    const form = page.getByTestId('unit-targets')
    const boxes = form.locator('input')
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).fill('7')
    await form.getByRole('button', { name: '保存' }).click()
    await form.waitFor({ state: 'detached' })
    await expect.poll(() => east.textContent()).not.toContain('未填')
    expect(await seriousAxeViolations(page)).toEqual([])

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载目标值表' }).click(),
    ])
    expect(download.suggestedFilename()).toBe(`${year}年度考核目标值.xlsx`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile((await download.path())!)
    const sheet = workbook.worksheets[0]!
    const others: ExcelJS.Row[] = []
    sheet.eachRow((row, number) => {
      const unit = String(row.getCell(1).value)
      if (number > 3 && unit !== '东部园区') others.push(row)
    })
    for (const row of others)
      row.eachCell((cell, column) => {
        if (column > 1 && cell.value !== '不考核') cell.value = 2
      })
    const west = others.find((row) => row.getCell(1).value === '西部园区')!
    const bad = west.getCell(2)
    bad.value = -1
    const upload = async () =>
      page.getByLabel('上传填好的目标值表（.xlsx）').setInputFiles({
        name: '目标值.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
      })
    await upload()
    const problems = page.getByTestId('targets-problems')
    await problems.waitFor()
    expect(await problems.textContent()).toContain(`${bad.address}（西部园区`)
    expect(await page.getByRole('button', { name: '全部导入' }).count()).toBe(0)
    await page.screenshot({ path: '/tmp/tp-office-targets.png', fullPage: true })
    expect(await seriousAxeViolations(page)).toEqual([])

    bad.value = 2
    await upload()
    await page.getByTestId('targets-changes').waitFor()
    await page.getByRole('button', { name: '全部导入' }).click()
    expect(await page.getByTestId('targets-applied').textContent()).toMatch(/^已导入 \d+ 个目标值$/)
    const westRow = page.locator('[data-testid="target-row"][data-unit="西部园区"]')
    await expect.poll(() => westRow.textContent()).not.toContain('未填')

    const read = await serverAs(server.url, 'admin').request<Targets>(
      `query ($y: Int!) { assessmentScheme(year: $y) { indicators { code targets { unit { name } value } } } }`,
      { y: year },
    )
    const byUnit = (name: string) =>
      read.assessmentScheme.indicators.flatMap((indicator) =>
        indicator.targets.filter((item) => item.unit.name === name).map((item) => item.value),
      )
    expect(byUnit('东部园区').length).toBeGreaterThan(0)
    expect(new Set(byUnit('东部园区'))).toEqual(new Set([7]))
    expect(byUnit('西部园区').length).toBe(byUnit('东部园区').length)
    expect(new Set(byUnit('西部园区'))).toEqual(new Set([2]))
    expect(new Set(byUnit('青山镇'))).toEqual(new Set([2]))
  })
})

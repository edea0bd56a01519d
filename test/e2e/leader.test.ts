// A county leader on a phone: opens the dashboard (the units ranked), taps a unit, sees its indicators and
// taps a number to see the projects behind it, opens 统计 (investment, trainees' sectors, staff at work),
// opens 报告 and downloads the monthly report the talent office issued, a real .xlsx; axe finds nothing
// serious on the dashboard or the statistics; seen once, the dashboard opens offline.
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { cspViolations, offlineReady, seriousAxeViolations, serverAs, signIn } from './phone-steps.ts'

const run = String(Date.now()).slice(-5)
const createLead = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { uuid } }`
const issueReport = `mutation ($input: IssueReportInput!) { issueReport(input: $input) { uuid title edition } }`

describe.skipIf(!existsSync(chromiumPath))('a county leader', () => {
  let server: RunningServer
  let phone: Phone
  let page: Page
  let report: { uuid: string; title: string; edition: number }
  const csp = cspViolations()

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    // The demo county (units, projects at every stage, the year's scheme and targets) is on the fresh
    // database; the east park's staff log one more lead, and the talent office issues this month's 月报.
    const talentName = `周航${run}`
    await serverAs(server.url, 'east.staff').request(createLead, {
      input: {
        clientMutationId: randomUUID(),
        projectId: randomUUID(),
        talentId: randomUUID(),
        talentName,
        sourceChannel: 'REFERRAL',
      },
    })
    const now = new Date(Date.now() + 8 * 3600_000)
    const year = now.getUTCFullYear()
    const period = `${year}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`
    report = (
      await serverAs(server.url, 'admin').request<{ issueReport: typeof report }>(issueReport, {
        input: { clientMutationId: randomUUID(), id: randomUUID(), kind: 'MONTHLY', year, period },
      })
    ).issueReport
    phone = await launchPhone()
    await csp.watch(phone.context)
    page = phone.context.pages()[0] ?? (await phone.context.newPage())
  })

  afterAll(async () => {
    await phone?.close()
    await server?.stop()
  })

  it('lands on the dashboard, the units ranked by total', async () => {
    await signIn(page, server.url, 'leader')
    await page.waitForURL(/\/dashboard$/)
    const rows = page.getByTestId('ranking-row')
    await rows.first().waitFor()
    const ranks = await rows.evaluateAll((elements) =>
      elements.map((row) => Number(row.querySelector('td')!.textContent)),
    )
    expect(ranks.length).toBeGreaterThan(3)
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(ranks[0]).toBe(1)
    await page.getByTestId('funnel-row').first().waitFor()
    // The charts draw once ECharts has loaded (an <svg> in the box).
    await page.locator('[data-testid="scores-chart"] svg').waitFor({ timeout: 30_000 })
    await page.screenshot({ path: '/tmp/tp-dashboard.png', fullPage: true })
    expect(await seriousAxeViolations(page)).toEqual([])
  })

  it('drills into a unit, and from a number to the projects behind it', async () => {
    const first = page.getByTestId('ranking-row').first()
    const unitName = (await first.getByRole('link').textContent())!
    await first.getByRole('link').click()
    await page.waitForURL(/\/dashboard\/units\/[0-9a-f-]{36}$/)
    await page.getByTestId('unit-indicators').waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(unitName)
    const leads = page.locator('[data-testid="indicator-row"][data-code="LEADS"]')
    const actual = Number(await leads.locator('.number-link').textContent())
    expect(actual).toBeGreaterThan(0)
    await page.screenshot({ path: '/tmp/tp-unit.png', fullPage: true })

    await leads.locator('.number-link').click()
    await page.waitForURL(/\/indicators\/[0-9a-f-]{36}$/)
    await page.getByTestId('breakdown-item').first().waitFor()
    expect(await page.getByTestId('indicator-heading').textContent()).toBe(`${unitName} · 新增人才项目线索`)
    expect(await page.getByTestId('breakdown-item').count()).toBe(Math.min(actual, 100))
    const href = await page.getByTestId('breakdown-item').first().getByRole('link').getAttribute('href')
    expect(href).toMatch(/^\/projects\/[0-9a-f-]{36}$/)
  })

  it(
    'opens 统计 from the dashboard: landed investment by unit, the trainees’ sectors as lines, and who is following ' +
      'up',
    async () => {
      await page.goto(`${server.url}/dashboard`)
      await page.getByTestId('statistics-link').click()
      await page.waitForURL(/\/dashboard\/statistics$/)
      await page.getByTestId('investment-row').first().waitFor()
      expect(await page.getByRole('heading', { level: 2, name: '投资' }).count()).toBe(1)
      await page.getByTestId('trainee-row').first().waitFor()
      expect(await page.getByTestId('trainee-row').count()).toBe(5)
      await page.getByTestId('staff-row').first().waitFor()
      await page.locator('[data-testid="trainees-chart"] svg').waitFor({ timeout: 30_000 })
      await page.screenshot({ path: '/tmp/tp-statistics.png', fullPage: true })
      expect(await seriousAxeViolations(page)).toEqual([])
    },
  )

  it('opens 报告 and downloads the monthly report as a valid .xlsx', async () => {
    await page.getByTestId('nav-report').click()
    await page.waitForURL(/\/reports$/)
    const card = page.getByTestId('report-card').filter({ hasText: report.title })
    await card.getByRole('link').click()
    await page.waitForURL(new RegExp(`/reports/${report.uuid}$`))
    expect(await page.getByTestId('report-title').textContent()).toBe(report.title)
    await page.getByTestId('report-row').first().waitFor()

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-report').click()])
    expect(download.suggestedFilename()).toBe(`${report.title}（第${report.edition}版）.xlsx`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile((await download.path())!)
    const sheet = workbook.worksheets[0]!
    expect(String(sheet.getCell(1, 1).value)).toContain(report.title)
    const unitRows: unknown[][] = []
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1)
      if (values.includes('东部园区')) unitRows.push(values)
    })
    expect(unitRows).toHaveLength(1)
    expect(unitRows[0]!.some((value) => typeof value === 'number')).toBe(true)
  })

  it('reopens the dashboard offline from what it saved', async () => {
    await offlineReady(page)
    await page.goto(`${server.url}/dashboard`)
    await page.getByTestId('ranking-row').first().waitFor()
    await phone.context.setOffline(true)
    try {
      await page.reload()
      await page.getByTestId('ranking-row').first().waitFor({ timeout: 30_000 })
      expect(await page.getByTestId('ranking-row').count()).toBeGreaterThan(3)
      expect(await page.getByText('离线：显示的是上次联网时保存的数据').count()).toBe(1)
    } finally {
      await phone.context.setOffline(false)
    }
  })

  it('drew the dashboard, its charts and the statistics under the CSP, nothing blocked', () => {
    expect(csp.found).toEqual([])
  })
})

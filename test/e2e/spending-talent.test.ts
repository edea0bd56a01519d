// The east park's manager records 人才投入 with no signal; it syncs once the signal is back, and the talent
// office sees it in the park's total. The office certifies a talent's class on the project's screen and
// records the talent's consent withdrawal; the manager's phone then shows the talent's phone masked.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { offlineReady, seriousAxeViolations, serverAs, signIn } from './phone-steps.ts'

const run = String(Date.now()).slice(-5)
const purpose = `青年人才生活补贴 ${run}`

describe.skipIf(!existsSync(chromiumPath))('talent spending and talent details', () => {
  let server: RunningServer
  let managerPhone: Phone
  let officePhone: Phone
  let manager: Page
  let office: Page
  let target: { uuid: string; phone: string }

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    const data = await serverAs(server.url, 'east.manager').request<{
      projects: {
        edges: { node: { uuid: string; talent: { phone: string | null; consentWithdrawnAt: string | null } } }[]
      }
    }>(`{ projects(first: 50) { edges { node { uuid talent { phone consentWithdrawnAt } } } } }`)
    const found = data.projects.edges.find((edge) => edge.node.talent.phone && !edge.node.talent.consentWithdrawnAt)
    target = { uuid: found!.node.uuid, phone: found!.node.talent.phone! }
    managerPhone = await launchPhone()
    officePhone = await launchPhone()
    manager = managerPhone.context.pages()[0] ?? (await managerPhone.context.newPage())
    office = officePhone.context.pages()[0] ?? (await officePhone.context.newPage())
  })

  afterAll(async () => {
    await managerPhone?.close()
    await officePhone?.close()
    await server?.stop()
  })

  it('records spending offline, which syncs and counts in the unit’s total', async () => {
    await signIn(manager, server.url, 'east.manager')
    await offlineReady(manager)
    await manager.getByTestId('pipeline-spending').click()
    await manager.waitForURL(/\/spending$/)
    await expect.poll(() => manager.getByTestId('spending-total').textContent()).toMatch(/合计 [\d.]+ 万元/)
    expect(await seriousAxeViolations(manager)).toEqual([])

    await managerPhone.context.setOffline(true)
    await manager.getByLabel(/^金额/).fill('12.34')
    await manager.getByLabel(/^用途/).fill(purpose)
    await manager.getByTestId('save-spending').click()
    const row = manager.getByTestId('spending-list').locator('tr', { hasText: purpose })
    await expect.poll(() => row.textContent()).toContain('未同步')

    await managerPhone.context.setOffline(false)
    await expect.poll(() => row.textContent(), { timeout: 30_000 }).not.toContain('未同步')

    await signIn(office, server.url, 'admin')
    await office.goto(`${server.url}/office`)
    await office.getByTestId('workspace-spending').click()
    await office.getByLabel('单位').selectOption({ label: '东部园区' })
    await office.getByTestId('spending-list').getByText(purpose).waitFor()
    const total = await serverAs(server.url, 'admin').request<{ units: { uuid: string; name: string }[] }>(
      `{ units(kind: [PARK]) { uuid name } }`,
    )
    const east = total.units.find((unit) => unit.name === '东部园区')!
    const sum = await serverAs(server.url, 'admin').request<{ talentSpendingTotal: string }>(
      `query ($u: String) { talentSpendingTotal(unitId: $u) }`,
      { u: east.uuid },
    )
    await expect
      .poll(() => office.getByTestId('spending-total').textContent())
      .toContain(`合计 ${sum.talentSpendingTotal} 万元`)
  })

  it('lets the office set the class, and a consent withdrawal masks the phone for the manager', async () => {
    await office.goto(`${server.url}/projects/${target.uuid}`)
    await office.getByTestId('edit-details').click()
    await office.getByLabel('人才类别').selectOption('B')
    await office.getByTestId('save-details').click()
    await expect.poll(() => office.getByTestId('talent-class').textContent()).toContain('B 类')

    await manager.goto(`${server.url}/projects/${target.uuid}`)
    const contact = manager.getByTestId('talent-contact')
    await expect.poll(() => contact.textContent()).not.toContain('****')
    await manager.getByTestId('talent-details').waitFor()
    expect(await manager.getByLabel('人才类别').count()).toBe(0)

    await office.getByTestId('withdraw-consent').click()
    await office.getByLabel(/^撤回说明/).fill('电话中明确表示撤回同意')
    await office.getByTestId('confirm-withdraw').click()
    await office.getByTestId('consent-withdrawn').waitFor()
    await expect.poll(() => office.getByTestId('talent-contact').textContent()).toContain('****')

    await manager.reload()
    await manager.getByTestId('consent-withdrawn').waitFor()
    await expect.poll(() => manager.getByTestId('talent-contact').textContent()).toContain('****')
  })
})

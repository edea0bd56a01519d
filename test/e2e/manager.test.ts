// The east park's manager on a phone: opens the pipeline, moves a project on by one stage with a tap, names
// its owner, and logs a support request for a signed project, handed to 人社局. The department's officer,
// on another phone, finds it, notes progress and resolves it; the manager then sees it resolved.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { serverAs, signIn } from './phone-steps.ts'

const run = String(Date.now()).slice(-5)
const need = `核心团队 ${run} 人申请人才公寓与子女入学`
const unsynced = (card: Locator) => expect.poll(() => card.textContent(), { timeout: 30_000 }).not.toContain('未同步')

describe.skipIf(!existsSync(chromiumPath))('a park manager and a department', () => {
  let server: RunningServer
  let managerPhone: Phone
  let departmentPhone: Phone | undefined
  let page: Page
  let manager: ReturnType<typeof serverAs>
  let requestPath = ''

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    manager = serverAs(server.url, 'east.manager')
    managerPhone = await launchPhone()
    page = managerPhone.context.pages()[0] ?? (await managerPhone.context.newPage())
  })

  afterAll(async () => {
    await departmentPhone?.close()
    await managerPhone?.close()
    await server?.stop()
  })

  const project = async (uuid: string) =>
    (
      await manager.request<{ node: { stage: string; owner: { name: string } | null } }>(
        `query ($id: ID!) { node(id: $id) { ... on Project { stage owner { name } } } }`,
        {
          id: Buffer.from(`Project:${uuid}`).toString('base64'),
        },
      )
    ).node

  it('moves a project one stage by tap, and names its owner', async () => {
    await signIn(page, server.url, 'east.manager')
    await page.waitForURL(/\/pipeline$/)
    const lead = page.getByTestId('column-LEAD').getByTestId('pipeline-card').first()
    await lead.waitFor()
    const uuid = (await lead.getAttribute('data-project'))!
    await page.screenshot({ path: '/tmp/tp-pipeline.png' })

    await lead.getByRole('button', { name: /移动到/ }).click()
    await page.getByTestId('move-sheet').getByRole('button', { name: '接洽' }).click()
    const moved = page.locator(`[data-testid="column-CONTACTED"] [data-project="${uuid}"]`)
    await moved.waitFor()
    await unsynced(moved)
    expect((await project(uuid)).stage).toBe('CONTACTED')

    await moved.getByRole('link', { name: /负责人/ }).click()
    await page.getByRole('radio', { name: '刘洋' }).check()
    await page.getByTestId('save-owner').click()
    await page.waitForURL(/\/pipeline$/)
    const owned = page.locator(`[data-project="${uuid}"]`)
    await expect.poll(() => owned.textContent()).toContain('负责人：刘洋')
    await unsynced(owned)
    expect((await project(uuid)).owner?.name).toBe('刘洋')
  })

  it('logs a support request for a signed project, handed to 人社局', async () => {
    const signed = page.getByTestId('column-SIGNED').getByTestId('pipeline-card').first()
    const uuid = (await signed.getAttribute('data-project'))!
    await signed.getByRole('link', { name: /服务诉求/ }).click()
    await page.waitForURL(new RegExp(`/requests\\?projectId=${uuid}$`))
    await page.getByTestId('new-request').click()
    await page.getByLabel('诉求类别').selectOption('HOUSING')
    await page.getByLabel('诉求内容').fill(need)
    await page.getByLabel('交办部门').selectOption({ label: '人社局' })
    await page.getByTestId('submit-request').click()
    await page.waitForURL(/\/requests\?projectId=/)
    const card = page.getByTestId('request-card').filter({ hasText: need })
    await card.waitFor({ timeout: 30_000 })
    expect(await card.textContent()).toContain('人社局')
    requestPath = (await card.getByRole('link').getAttribute('href'))!
    expect(requestPath).toMatch(/^\/requests\/[0-9a-f-]{36}$/)
  })

  it('is found by 人社局, which notes progress and resolves it', async () => {
    departmentPhone = await launchPhone()
    const officer = departmentPhone.context.pages()[0] ?? (await departmentPhone.context.newPage())
    await signIn(officer, server.url, 'hrss')
    await officer.waitForURL(/\/requests$/)
    await officer.getByTestId('request-card').filter({ hasText: need }).getByRole('link').click()
    await officer.getByTestId('request-history').waitFor()

    await officer.getByRole('button', { name: '记录进展' }).click()
    await officer.getByLabel('办理进展').fill('已与企业对接，人才公寓房源已落实')
    await officer.getByTestId('step-form-progress').getByRole('button', { name: '记录进展' }).click()
    await officer.getByTestId('request-history').getByText('已与企业对接，人才公寓房源已落实').waitFor()
    await expect.poll(() => officer.getByTestId('pending-step').count(), { timeout: 30_000 }).toBe(0)
    expect(await officer.getByTestId('request-status').textContent()).toBe('办理中')

    await officer.getByRole('button', { name: '办结' }).click()
    await officer.getByLabel('办理结果').fill('3 套人才公寓已交钥匙，子女入学已协调')
    await officer.getByTestId('step-form-resolve').getByRole('button', { name: '办结' }).click()
    await expect.poll(() => officer.getByTestId('request-status').textContent()).toBe('已办结')
    await expect.poll(() => officer.getByTestId('pending-step').count(), { timeout: 30_000 }).toBe(0)
    await officer.screenshot({ path: '/tmp/tp-request-resolved.png', fullPage: true })
  })

  it('shows the manager the request resolved, with its result', async () => {
    await page.getByTestId('nav-requests').click()
    const card = page.getByTestId('request-card').filter({ hasText: need })
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain('已办结')
    await card.getByRole('link').click()
    await page.waitForURL(new RegExp(`${requestPath}$`))
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('已办结')
    expect(await page.getByTestId('request-summary').textContent()).toContain('3 套人才公寓已交钥匙，子女入学已协调')
    expect(await page.getByRole('button', { name: '确认办结' }).count()).toBe(1)
  })
})

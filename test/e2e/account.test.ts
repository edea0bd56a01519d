// The talent office adds a unit and a person in it on its 单位与人员 screen and reads out the one-time password; the person
// signs in with it on their own phone, is taken to 修改密码 and can go nowhere else, sets their own password,
// and lands on their first screen. Deactivated on the office's screen, they are signed out at once.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { seriousAxeViolations, signIn } from './phone-steps.ts'

describe.skipIf(!existsSync(chromiumPath))('a new account, from the office to a phone', () => {
  let server: RunningServer
  let office: Phone
  let newcomer: Phone
  let officePage: Page
  const login = `new.staff.${Date.now() % 100_000}`

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    office = await launchPhone()
    newcomer = await launchPhone()
    officePage = office.context.pages()[0] ?? (await office.context.newPage())
    await signIn(officePage, server.url, 'admin')
  })

  afterAll(async () => {
    await office?.close()
    await newcomer?.close()
    await server?.stop()
  })

  it('is created on the office’s screen, in a new unit, and its one-time password is shown once', async () => {
    await officePage.getByTestId('nav-people').click()
    await officePage.getByTestId('workspace-people').click()
    await officePage.getByTestId('people-screen').waitFor()
    await officePage.getByLabel('单位名称').fill('北部园区')
    await officePage.getByLabel('单位代码').fill('north_park')
    await officePage.getByLabel('单位类型').selectOption({ label: '园区' })
    await officePage.getByRole('button', { name: '新建单位' }).click()
    await officePage.getByLabel('单位', { exact: true }).last().locator('option', { hasText: '北部园区' }).waitFor({
      state: 'attached',
    })
    await officePage.getByLabel('账号', { exact: true }).fill(login)
    await officePage.getByLabel('姓名', { exact: true }).fill('新来的')
    await officePage.getByLabel('单位', { exact: true }).last().selectOption({ label: '北部园区' })
    await officePage.getByLabel('角色').selectOption({ label: '招才专员' })
    await officePage.getByRole('button', { name: '新建账号' }).click()
    await officePage.getByTestId('issued-password').waitFor()
    expect(await seriousAxeViolations(officePage)).toEqual([])
    const password = (await officePage.locator('.office-password').textContent())?.trim() ?? ''
    expect(password).toMatch(/^[A-Za-z2-9]{12}$/)
    await officePage.getByRole('button', { name: '已告知，关闭' }).click()
    await officePage.getByRole('row').filter({ hasText: login }).getByText('待改初始密码').waitFor()

    const page = newcomer.context.pages()[0] ?? (await newcomer.context.newPage())
    await page.goto(`${server.url}/login`)
    await page.getByLabel('账号').fill(login)
    await page.getByLabel('密码').fill(password)
    await page.getByRole('button', { name: '登录' }).click()
    await page.waitForURL(/\/password$/)
    await page.getByText('您正在使用管理员给的一次性密码').waitFor()
    expect(await page.getByTestId('bottom-nav').count()).toBe(0)
    await page.goto(`${server.url}/today`)
    await page.waitForURL(/\/password$/)
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.getByLabel('一次性密码').fill(password)
    await page.getByLabel('新密码', { exact: true }).fill('short')
    await page.getByLabel('再次输入新密码').fill('short')
    await page.getByRole('button', { name: '保存新密码' }).click()
    await page.getByRole('alert').filter({ hasText: '密码至少 10 位' }).waitFor()
    await page.getByLabel('新密码', { exact: true }).fill('Harbour-Light-42')
    await page.getByLabel('再次输入新密码').fill('Harbour-Light-42')
    await page.getByRole('button', { name: '保存新密码' }).click()
    await page.waitForURL(/\/today$/)
    await page.getByTestId('bottom-nav').waitFor()
  })

  it('takes another role and its unit a new name on the office’s screen', async () => {
    await officePage.getByRole('row').filter({ hasText: login }).getByRole('button', { name: '修改' }).click()
    const editor = officePage.getByTestId('edit-account')
    await editor.getByLabel('角色').selectOption({ label: '项目负责人' })
    await editor.getByRole('button', { name: '保存修改' }).click()
    await officePage.getByRole('row').filter({ hasText: login }).getByText('项目负责人').waitFor()

    const unitRow = officePage.getByTestId('unit-row').filter({ hasText: 'NORTH_PARK' })
    await unitRow.getByRole('button', { name: '改名' }).click()
    await unitRow.getByLabel('单位名称').fill('北部新区')
    await unitRow.getByRole('button', { name: '保存' }).click()
    await officePage.getByTestId('unit-row').filter({ hasText: '北部新区' }).waitFor()
    const retire = officePage.getByTestId('unit-row').filter({ hasText: 'NORTH_PARK' })
    await retire.getByRole('button', { name: '撤销' }).click()
    await officePage.getByRole('alert').filter({ hasText: '该单位仍有在岗人员' }).waitFor()
  })

  it('is signed out on the phone as soon as the office deactivates it', async () => {
    const row = officePage.getByRole('row').filter({ hasText: login })
    await row.getByRole('button', { name: '停用' }).click()
    await officePage.getByRole('alertdialog').getByRole('button', { name: '停用' }).click()
    await officePage.getByRole('row').filter({ hasText: login }).waitFor({ state: 'detached' })

    const page = newcomer.context.pages()[0]!
    await page.goto(`${server.url}/projects`)
    await page.waitForURL(/\/login$/)

    // Nobody active works there any more: the unit can be retired, and keeps its row.
    const unitRow = officePage.getByTestId('unit-row').filter({ hasText: 'NORTH_PARK' })
    await unitRow.getByRole('button', { name: '撤销' }).click()
    await unitRow.getByText('已撤销').waitFor()
  })
})

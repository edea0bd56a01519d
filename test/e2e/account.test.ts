// A person the talent office has just added signs in on their phone with the one-time password, is taken to
// 修改密码 and can go nowhere else, sets their own password, and lands on their first screen.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { seriousAxeViolations, serverAs } from './phone-steps.ts'

describe.skipIf(!existsSync(chromiumPath))('a new account on a phone', () => {
  let server: RunningServer
  let phone: Phone

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    phone = await launchPhone()
  })

  afterAll(async () => {
    await phone?.close()
    await server?.stop()
  })

  it('changes its one-time password first, then opens the staff home', async () => {
    const admin = serverAs(server.url, 'admin')
    const { units } = await admin.request<{ units: { uuid: string; code: string }[] }>(`{ units { uuid code } }`)
    const east = units.find((unit) => unit.code === 'EAST_PARK')!
    const login = `new.staff.${Date.now() % 100_000}`
    const { createUser } = await admin.request<{ createUser: { oneTimePassword: string } }>(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { oneTimePassword } }`,
      { input: { clientMutationId: uuidv7(), login, name: '新来的', role: 'STAFF', unitId: east.uuid } },
    )

    const page = phone.context.pages()[0] ?? (await phone.context.newPage())
    await page.goto(`${server.url}/login`)
    await page.getByLabel('账号').fill(login)
    await page.getByLabel('密码').fill(createUser.oneTimePassword)
    await page.getByRole('button', { name: '登录' }).click()
    await page.waitForURL(/\/password$/)
    await page.getByText('您正在使用管理员给的一次性密码').waitFor()
    expect(await page.getByTestId('bottom-nav').count()).toBe(0)
    await page.goto(`${server.url}/today`)
    await page.waitForURL(/\/password$/)
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.getByLabel('一次性密码').fill(createUser.oneTimePassword)
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
})

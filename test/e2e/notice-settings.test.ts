// Notices leaving the app, on a phone: the office connects its webhook from the workspace, and a member of staff
// then finds the webhook column on 通知设置, pushes the daily digest, moves the quiet hours, and finds the choice
// kept after a reload — both screens at phone width, without horizontal scrolling.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { seriousAxeViolations, serverAs, signIn } from './phone-steps.ts'

const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

describe.skipIf(!existsSync(chromiumPath))('notices leaving the app', () => {
  let server: RunningServer
  let office: Phone
  let staff: Phone

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    office = await launchPhone()
    staff = await launchPhone()
  })

  afterAll(async () => {
    await office?.close()
    await staff?.close()
    await server?.stop()
  })

  it('the office connects its webhook, and the secret is not shown again', async () => {
    const page = office.context.pages()[0] ?? (await office.context.newPage())
    await signIn(page, server.url, 'admin')
    await page.getByTestId('nav-people').click()
    await page.getByTestId('workspace-deliveries').click()
    const form = page.getByTestId('webhook-form')
    await form.getByLabel('接收地址').fill('http://127.0.0.1:9/talent')
    await form.getByLabel('签名密钥').fill('gateway-secret-0123456789')
    await form.getByRole('button', { name: '保存' }).click()
    await form.getByText('已设置（…6789），不填则保留').waitFor()
    expect(await form.getByLabel('签名密钥').inputValue()).toBe('')
    await page.getByText('没有发送记录').waitFor()
    expect(await overflows(page)).toBe(false)
    expect(await seriousAxeViolations(page)).toEqual([])
  })

  it('staff choose the channels of each kind and their quiet hours, kept after a reload', async () => {
    const page = staff.context.pages()[0] ?? (await staff.context.newPage())
    await signIn(page, server.url, 'east.staff')
    await page.goto(`${server.url}/settings`)
    await page.getByTestId('notices-link').click()
    const digest = page.getByRole('checkbox', { name: '每日汇总 · 推送' })
    const webhook = page.getByRole('checkbox', { name: '诉求升级督办 · 政务微信等' })
    await webhook.waitFor()
    expect(await webhook.isChecked()).toBe(true)
    expect(await overflows(page)).toBe(false)
    // The server sends by Web Push too (main.ts registers it), so each kind offers push; the digest's is off
    // until chosen.
    expect(await digest.isChecked()).toBe(false)
    await page.getByRole('checkbox', { name: '账号被锁定 · 政务微信等' }).uncheck()
    await page.getByLabel('开始').fill('21:00')
    await page.getByRole('button', { name: '保存通知设置' }).click()
    await page.getByRole('status').filter({ hasText: '已保存' }).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.reload()
    await webhook.waitFor()
    expect(await page.getByRole('checkbox', { name: '账号被锁定 · 政务微信等' }).isChecked()).toBe(false)
    expect(await page.getByLabel('开始').inputValue()).toBe('21:00')
    const saved = await serverAs(server.url, 'east.staff').request<{
      myNotificationPreferences: { saved: boolean; quietHours: { start: string } }
    }>('{ myNotificationPreferences { saved quietHours { start } } }')
    expect(saved.myNotificationPreferences).toEqual({ saved: true, quietHours: { start: '21:00' } })
  })
})

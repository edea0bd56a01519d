// A phone that loses signal before the app is stored on it (no service worker in control yet) and opens a
// screen whose code it has not loaded sees why, and the way back, instead of a blank page; the bottom bar still
// leads to the screens it has, and once the signal is back the screen opens with 重新加载.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { signIn } from './phone-steps.ts'

describe.skipIf(!existsSync(chromiumPath))('a screen the phone has not stored, opened offline', () => {
  let server: RunningServer
  let phone: Phone
  let page: Page

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    phone = await launchPhone()
    // As in a browser whose worker has not taken the page yet: nothing but the loaded code is on the phone.
    await phone.context.addInitScript(() => {
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker
    })
    page = phone.context.pages()[0] ?? (await phone.context.newPage())
    await signIn(page, server.url, 'east.staff')
  })

  afterAll(async () => {
    await phone?.close()
    await server?.stop()
  })

  it('says it is not stored yet, keeps the bottom bar, and opens once the signal is back', async () => {
    await page.getByTestId('bottom-nav').waitFor()
    // 今日 has drawn: its code is on the phone, as the screens a user has opened are.
    await page.getByTestId('new-lead').waitFor()
    await phone.context.setOffline(true)
    await page.getByTestId('nav-search').click()
    const error = page.getByTestId('screen-error')
    await error.waitFor()
    expect(await error.textContent()).toContain('这个页面还没有存到本机，需要联网打开一次')

    // Another screen without its code fails the same way, and one already loaded opens.
    await page.getByTestId('nav-list').click()
    await page.waitForURL(/\/projects$/)
    expect(await error.textContent()).toContain('这个页面还没有存到本机')
    expect(await page.getByTestId('bottom-nav').count()).toBe(1)
    await page.getByTestId('nav-today').click()
    await error.waitFor({ state: 'detached' })
    expect(new URL(page.url()).pathname).toBe('/today')

    await page.getByTestId('nav-search').click()
    await error.waitFor()
    await phone.context.setOffline(false)
    await error.getByRole('button', { name: '重新加载' }).click()
    await page.waitForURL(/\/search$/)
    await page.getByRole('searchbox').first().waitFor()
    expect(await error.count()).toBe(0)
  })
})

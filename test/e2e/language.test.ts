// A staff member switches to English on 我的设置: the screen turns English at once, stays English after a
// reload (the phone's copy paints the first screen), and the server's refusal of a wrong password reads in
// English too.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { seriousAxeViolations, signIn } from './phone-steps.ts'

describe.skipIf(!existsSync(chromiumPath))('the language switch on a phone', () => {
  let server: RunningServer
  let phone: Phone
  let page: Page

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    phone = await launchPhone()
    page = phone.context.pages()[0] ?? (await phone.context.newPage())
    await signIn(page, server.url, 'east.staff')
  })

  afterAll(async () => {
    await phone?.close()
    await server?.stop()
  })

  it('turns the screens English, and they stay English after a reload', async () => {
    await page.getByTestId('settings-link').click()
    await page.getByRole('heading', { name: '我的设置' }).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByRole('radio', { name: 'English' }).check()
    await page.getByRole('heading', { name: 'My settings' }).waitFor()
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')

    await page.reload()
    await page.getByRole('heading', { name: 'My settings' }).waitFor()
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true)
    await page.getByTestId('bottom-nav').getByText('Today').waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
  })

  it('shows the server’s refusal in English', async () => {
    await page.getByTestId('password-link').click()
    await page.getByRole('heading', { name: 'Change password' }).waitFor()
    await page.getByLabel('Current password').fill('not-my-password-1')
    await page.getByLabel('New password', { exact: true }).fill('another-password-2')
    await page.getByLabel('New password again').fill('another-password-2')
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await page.getByRole('alert').filter({ hasText: 'The current password is incorrect' }).waitFor()
  })
})

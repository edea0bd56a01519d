// The staff home on a phone that has never opened the app (nothing saved yet, only the session cookie):
// today's list is asked for while the session query is still out, not one round trip after it, and once.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Request } from 'playwright-core'
import {
  chromiumPath,
  demoStaff,
  ensureClientBuilt,
  launchPhone,
  sessionCookie,
  startServer,
  type Phone,
  type RunningServer,
} from './harness.ts'

const operationOf = (request: Request) =>
  new URL(request.url()).searchParams.get('operationName') ??
  (request.postDataJSON() as { operationName?: string } | null)?.operationName ??
  null

describe.skipIf(!existsSync(chromiumPath))('the staff home on a cold start', () => {
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

  it('asks for today’s list beside the session query, once, and shows it', async () => {
    const [name, value] = (await sessionCookie(server.url, demoStaff.login)).split('=') as [string, string]
    await phone.context.addCookies([{ name, value, url: server.url }])
    const page = phone.context.pages()[0] ?? (await phone.context.newPage())
    const asked: string[] = []
    let todayAsked!: () => void
    const todayWasAsked = new Promise<'asked'>((resolve) => (todayAsked = () => resolve('asked')))
    page.on('request', (request) => {
      if (!request.url().includes('/graphql')) return
      const operation = operationOf(request)
      if (operation) asked.push(operation)
      if (operation === 'StaffToday') todayAsked()
    })
    // The session's answer is held back until the list has been asked for (or 10 s have passed).
    let heldMe: Promise<'asked' | 'not asked'> | null = null
    await page.route(/\/graphql\?.*operationName=Me(&|$)/, async (route) => {
      heldMe ??= Promise.race([
        todayWasAsked,
        new Promise<'not asked'>((resolve) => setTimeout(() => resolve('not asked'), 10_000)),
      ])
      await heldMe
      await route.continue()
    })

    await page.goto(`${server.url}/today`)
    await page.getByTestId('follow-up-card').first().waitFor()
    expect(await heldMe).toBe('asked')
    // Drawing the screen with the list already there does not ask for it again.
    await page.waitForTimeout(1_000)
    expect(asked.filter((operation) => operation === 'StaffToday')).toEqual(['StaffToday'])

    // A card opens its project inside the app, without loading the page again.
    await page.evaluate(() => ((window as { stillTheSamePage?: boolean }).stillTheSamePage = true))
    await page.getByTestId('follow-up-card').first().getByRole('link').click()
    await page.waitForURL(/\/projects\/[0-9a-f-]+$/)
    expect(await page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true)
  })
})

// Two people on the east park's board at once: the manager moves a project on by one stage, and the park's
// head, whose board is open on another phone, sees the card in its new column without reloading: the
// server's live stream (boardChanged over SSE) tells the head's board to read again.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { signIn } from './phone-steps.ts'

const card = (page: Page, stage: string, uuid: string) =>
  page.locator(`[data-testid="column-${stage}"] [data-project="${uuid}"]`)

describe.skipIf(!existsSync(chromiumPath))('the board, live on two phones', () => {
  let server: RunningServer
  let managerPhone: Phone
  let headPhone: Phone
  let manager: Page
  let head: Page

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    managerPhone = await launchPhone()
    headPhone = await launchPhone()
    manager = managerPhone.context.pages()[0] ?? (await managerPhone.context.newPage())
    head = headPhone.context.pages()[0] ?? (await headPhone.context.newPage())
  })

  afterAll(async () => {
    await headPhone?.close()
    await managerPhone?.close()
    await server?.stop()
  })

  it('shows the head a stage move the manager made, without a reload', async () => {
    await signIn(manager, server.url, 'east.manager')
    await manager.waitForURL(/\/pipeline$/)
    const lead = manager.getByTestId('column-LEAD').getByTestId('pipeline-card').first()
    await lead.waitFor()
    const uuid = (await lead.getAttribute('data-project'))!

    await signIn(head, server.url, 'east.head')
    // The head's board listens once its stream is open: the answer's headers have come.
    const listening = head.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        (response.headers()['content-type'] ?? '').startsWith('text/event-stream'),
    )
    await head.goto(`${server.url}/pipeline`)
    await card(head, 'LEAD', uuid).waitFor()
    await listening
    const loads = { count: 0 }
    head.on('load', () => loads.count++)

    await lead.getByRole('button', { name: /移动到/ }).click()
    await manager.getByTestId('move-sheet').getByRole('button', { name: '接洽' }).click()
    await card(manager, 'CONTACTED', uuid).waitFor()

    await card(head, 'CONTACTED', uuid).waitFor({ timeout: 20_000 })
    expect(await card(head, 'LEAD', uuid).count()).toBe(0)
    expect(loads.count).toBe(0)
  })
})

// A staff member signs in while online and does nothing else; later, in a village without signal, a
// project of theirs that this phone never opened opens with its timeline and its support requests, because
// the phone kept their working set in the background.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { offlineReady, openSync, serverAs, signIn } from './phone-steps.ts'

interface HeldProject {
  title: string
  activities: { summary: string }[]
}

describe.skipIf(!existsSync(chromiumPath))('the working set offline', () => {
  let server: RunningServer
  let phone: Phone
  let page: Page

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    phone = await launchPhone()
    page = phone.context.pages()[0] ?? (await phone.context.newPage())
  })

  afterAll(async () => {
    await phone?.close()
    await server?.stop()
  })

  it('opens a project of mine never opened on this phone, with its timeline, without signal', async () => {
    const staff = serverAs(server.url, 'east.staff')
    const { workingSet } = await staff.request<{ workingSet: { projectIds: string[] } }>(
      '{ workingSet { projectIds } }',
    )
    expect(workingSet.projectIds.length).toBeGreaterThan(1)
    // The least important of the set: the last the phone would fetch, and nowhere near the first screen.
    const uuid = workingSet.projectIds.at(-1)!
    const { node: project } = await staff.request<{ node: HeldProject }>(
      'query ($id: ID!) { node(id: $id) { ... on Project { title activities(last: 20) { summary } } } }',
      { id: Buffer.from(`Project:${uuid}`).toString('base64') },
    )

    await signIn(page, server.url, 'east.staff')
    await offlineReady(page)
    await openSync(page)
    const status = page.getByTestId('working-set-status')
    await expect
      .poll(() => status.textContent(), { timeout: 60_000 })
      .toContain(`${workingSet.projectIds.length} 个项目可离线查看`)
    await page.screenshot({ path: '/tmp/tp-working-set-status.png' })

    await phone.context.setOffline(true)
    await page.goto(`${server.url}/projects/${uuid}`)
    await page.getByText(project.title).first().waitFor()
    for (const activity of project.activities.slice(0, 3)) await page.getByText(activity.summary).first().waitFor()
    await page.getByTestId('project-support-requests').waitFor()
    expect(await page.getByText('本机还没有这个项目的数据').count()).toBe(0)
    await page.screenshot({ path: '/tmp/tp-working-set-offline.png', fullPage: true })
  })
})

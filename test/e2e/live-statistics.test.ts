// A county leader keeps 统计 open while the parks work: a lead logged in the east park shows in the year's
// count of leads within seconds, without a reload (the page's one statisticsChanged stream over SSE).
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { serverAs, signIn } from './phone-steps.ts'

const createLead = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { uuid } }`

describe.skipIf(!existsSync(chromiumPath))('统计, live', () => {
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

  it('counts a lead logged in a park while the page is open, without a reload', async () => {
    const page = phone.context.pages()[0] ?? (await phone.context.newPage())
    await signIn(page, server.url, 'leader')
    const listening = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        (response.headers()['content-type'] ?? '').startsWith('text/event-stream'),
    )
    await page.goto(`${server.url}/dashboard/statistics`)
    const total = page.getByTestId('stats-sources').locator('.card-meta').first()
    await total.waitFor()
    await listening
    const leadsIn = async () => Number((await total.textContent())?.match(/线索 ([\d,]+)/)?.[1]?.replace(/,/g, ''))
    const before = await leadsIn()
    expect(before).toBeGreaterThan(0)
    const loads = { count: 0 }
    page.on('load', () => loads.count++)

    await serverAs(server.url, 'east.staff').request(createLead, {
      input: {
        clientMutationId: randomUUID(),
        projectId: randomUUID(),
        talentId: randomUUID(),
        talentName: `钱立${String(Date.now()).slice(-5)}`,
        sourceChannel: 'REFERRAL',
      },
    })
    await expect.poll(leadsIn, { timeout: 20_000 }).toBe(before + 1)
    expect(loads.count).toBe(0)
  })
})

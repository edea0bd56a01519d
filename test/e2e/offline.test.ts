// A staff member's phone in the field: writes made without signal survive reloads, a closed browser and
// lost answers, and reach the server exactly once; two phones editing the same project offline end with
// one applied and the other asking which values to keep; a write the server refuses waits to be fixed.
import { existsSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page, Route } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { cspViolations, logLead, offlineReady, openSync, serverAs, signIn, waitAllSynced } from './phone-steps.ts'

const run = String(Date.now()).slice(-5)
const createLead = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { uuid version } }`
const isPost = (route: Route, operationName: string) =>
  route.request().method() === 'POST' && route.request().postDataJSON()?.operationName === operationName

describe.skipIf(!existsSync(chromiumPath))('a phone without signal', () => {
  let server: RunningServer
  let phone: Phone
  let page: Page
  let staff: ReturnType<typeof serverAs>
  let known: { uuid: string; title: string }
  const csp = cspViolations()

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    staff = serverAs(server.url, 'east.staff')
    const talentName = `陈立${run}`
    const input = {
      clientMutationId: randomUUID(),
      projectId: randomUUID(),
      talentId: randomUUID(),
      talentName,
      sourceChannel: 'REFERRAL',
    }
    await staff.request(createLead, { input })
    known = { uuid: input.projectId, title: `${talentName}项目` }
    phone = await launchPhone()
    await csp.watch(phone.context)
    page = phone.context.pages()[0] ?? (await phone.context.newPage())
    await signIn(page, server.url, 'east.staff')
    await offlineReady(page)
  })

  afterAll(async () => {
    await phone?.close()
    await server?.stop()
  })

  it(
    'keeps three leads and a follow-up made offline through a reload, ' + 'and sends each once when the signal is back',
    async () => {
      // Seen once online, so the project opens offline from the phone's cache.
      await page.getByTestId('nav-list').click()
      await page.getByTestId('project-card').filter({ hasText: known.title }).click()
      await page.getByTestId('log-follow-up').waitFor()

      await phone.context.setOffline(true)
      const names = ['甲', '乙', '丙'].map((name) => `${name}${run}`)
      for (const name of names) await logLead(page, name)
      await page.getByTestId('project-card').filter({ hasText: known.title }).click()
      await page.getByTestId('log-follow-up').click()
      await page.getByLabel('电话').check()
      await page.getByLabel('跟踪情况').fill(`电话沟通${run}，对方愿意来园区考察`)
      await page.getByTestId('save-follow-up').click()
      const followUp = page.getByTestId('pending-write').filter({ hasText: `电话沟通${run}` })
      expect(await followUp.textContent()).toContain('未同步')

      await page.reload()
      expect(await followUp.textContent()).toContain('未同步')
      await page.getByTestId('nav-list').click()
      for (const name of names)
        expect(await page.getByTestId('pending-lead').filter({ hasText: name }).textContent()).toContain('未同步')
      await openSync(page)
      const queue = page.getByTestId('sync-entry')
      await expect.poll(() => queue.count()).toBe(4)
      expect(await queue.allTextContents()).toEqual([
        expect.stringContaining(`登记线索：${names[0]}`),
        expect.stringContaining(`登记线索：${names[1]}`),
        expect.stringContaining(`登记线索：${names[2]}`),
        expect.stringMatching(new RegExp(`跟进记录：电话沟通${run}.*${known.title}`)),
      ])
      await page.screenshot({ path: '/tmp/tp-sync-offline.png' })

      await phone.context.setOffline(false)
      await waitAllSynced(page)
      for (const name of names) expect(await staff.projectsOf(name)).toHaveLength(1)
      const activities = await staff.request<{ node: { activities: { summary: string }[] } }>(
        `query ($id: ID!) { node(id: $id) { ... on Project { activities { summary } } } }`,
        {
          id: Buffer.from(`Project:${known.uuid}`).toString('base64'),
        },
      )
      expect(activities.node.activities.filter((activity) => activity.summary.includes(`电话沟通${run}`))).toHaveLength(
        1,
      )
    },
  )

  it('sends each lead once after the browser was closed in the middle of sending', async () => {
    await phone.context.setOffline(true)
    const names = ['丁', '戊', '己'].map((name) => `${name}${run}`)
    for (const name of names) await logLead(page, name)

    // The three leads go in one request (one mutation document, run in order); the server applies it and
    // the browser is closed before the answer arrives.
    let markCommitted = () => {}
    const committed = new Promise<void>((resolve) => (markCommitted = resolve))
    const batches: string[] = []
    await phone.context.route('**/graphql', async (route) => {
      if (!isPost(route, 'OutboxBatch')) return route.continue()
      batches.push(route.request().postData() ?? '')
      await route.fetch()
      markCommitted()
    })
    await phone.context.setOffline(false)
    await committed
    await phone.quit()
    // Closed in the middle: the server has all three, in the order they were made; the phone still holds them.
    expect(batches).toHaveLength(1)
    const positions = names.map((name) => batches[0]!.indexOf(name))
    expect(positions.every((at, index) => at > (positions[index - 1] ?? -1))).toBe(true)
    expect((await Promise.all(names.map((name) => staff.projectsOf(name)))).map((found) => found.length)).toEqual([
      1, 1, 1,
    ])

    phone = await launchPhone({ profile: phone.profile })
    await csp.watch(phone.context)
    page = phone.context.pages()[0] ?? (await phone.context.newPage())
    await page.goto(`${server.url}/sync`)
    await waitAllSynced(page)
    for (const name of names) expect(await staff.projectsOf(name)).toHaveLength(1)
  })

  it('sends a lead again when the answer to it was lost, and the server keeps it once', async () => {
    let attempts = 0
    await phone.context.route('**/graphql', async (route) => {
      if (!isPost(route, 'CreateLead')) return route.continue()
      if (++attempts > 1) return route.continue()
      await route.fetch() // the server commits it…
      await route.abort('failed') // …and the phone hears nothing back
    })
    const name = `庚${run}`
    await logLead(page, name)
    await waitAllSynced(page)
    expect(attempts).toBe(2)
    expect(await staff.projectsOf(name)).toHaveLength(1)
    await phone.context.unrouteAll({ behavior: 'ignoreErrors' })
  })

  it(
    'did all of the above (sign-in, leads offline, ' + 'the service worker, reopening) under the CSP, nothing blocked',
    () => {
      expect(csp.found).toEqual([])
    },
  )
})

// The inbox, live and offline. 人社局's officer has the app open; the east park's manager hands two requests to
// 人社局: the bell counts each and the open inbox lists the second, all without a reload. Then the officer
// loses signal, taps the notice (the mark waits in the outbox), and is back online: the mark reaches the
// server once, although the phone sent it twice (the first answer was lost).
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page, Route } from 'playwright-core'
import { uuidv7 } from 'uuidv7'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { offlineReady, serverAs, signIn, waitAllSynced } from './phone-steps.ts'

const run = String(Date.now()).slice(-5)

/** The entries in the phone's outbox (IndexedDB `tp-outbox`), whatever their state. */
const outboxSize = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('tp-outbox')
        open.onsuccess = () => {
          const db = open.result
          const store = db.objectStoreNames[0]!
          const count = db.transaction(store, 'readonly').objectStore(store).count()
          count.onsuccess = () => resolve(count.result)
          count.onerror = () => reject(count.error)
        }
        open.onerror = () => reject(open.error)
      }),
  )

describe.skipIf(!existsSync(chromiumPath))('the inbox of a department, live and offline', () => {
  let server: RunningServer
  let phone: Phone
  let officer: Page
  let manager: ReturnType<typeof serverAs>
  let hrss: ReturnType<typeof serverAs>
  let project: { uuid: string; title: string }
  let hrssUnit: string
  let secondRequest = ''

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    manager = serverAs(server.url, 'east.manager')
    hrss = serverAs(server.url, 'hrss')
    const signed = await manager.request<{ projects: { edges: { node: { uuid: string; title: string } }[] } }>(
      `query { projects(first: 1, stage: [SIGNED, LANDED, OPERATING], status: [ACTIVE]) {
        edges { node { uuid title } } } }`,
    )
    project = signed.projects.edges[0]!.node
    const units = await manager.request<{ units: { uuid: string; name: string }[] }>(
      'query { units(kind: [DEPARTMENT]) { uuid name } }',
    )
    hrssUnit = units.units.find((unit) => unit.name === '人社局')!.uuid
    phone = await launchPhone()
    officer = phone.context.pages()[0] ?? (await phone.context.newPage())
  })

  afterAll(async () => {
    await phone?.close()
    await server?.stop()
  })

  const handToHrss = async (description: string) => {
    const id = uuidv7()
    await manager.request(
      'mutation ($input: CreateSupportRequestInput!) { createSupportRequest(input: $input) { uuid } }',
      {
        input: {
          clientMutationId: uuidv7(),
          id,
          projectId: project.uuid,
          category: 'HOUSING',
          description,
          departmentId: hrssUnit,
        },
      },
    )
    return id
  }
  const unreadOnServer = async () =>
    (await hrss.request<{ unreadNoticeCount: number }>('query { unreadNoticeCount }')).unreadNoticeCount
  const badge = async () => {
    const shown = officer.getByTestId('notice-badge')
    return (await shown.count()) ? await shown.textContent() : '0'
  }
  const asBadge = (count: number) => (count > 99 ? '99+' : String(count))
  const unreadOfProject = () =>
    officer.locator('[data-testid="inbox-item"][data-read="false"]').filter({ hasText: `新交办诉求：${project.title}` })

  it('counts a request handed to the department, and lists it in the open inbox, without a reload', async () => {
    await signIn(officer, server.url, 'hrss')
    await officer.waitForURL(/\/requests$/)
    const before = await unreadOnServer()
    await expect.poll(badge, { timeout: 30_000 }).toBe(asBadge(before))
    // Gone if the page were loaded again.
    await officer.evaluate(() => Object.assign(window, { tpSamePage: true }))

    await handToHrss(`人才公寓 ${run}`)
    await expect.poll(badge, { timeout: 30_000 }).toBe(asBadge(before + 1))

    await officer.getByTestId('notice-bell').click()
    await officer.waitForURL(/\/inbox$/)
    await expect.poll(() => unreadOfProject().count(), { timeout: 30_000 }).toBeGreaterThan(0)
    const listed = await unreadOfProject().count()
    secondRequest = await handToHrss(`子女入学 ${run}`)
    await expect.poll(() => unreadOfProject().count(), { timeout: 30_000 }).toBe(listed + 1)
    await expect.poll(badge, { timeout: 30_000 }).toBe(asBadge(before + 2))
    expect(await officer.evaluate(() => (window as unknown as { tpSamePage?: boolean }).tpSamePage)).toBe(true)
    await officer.screenshot({ path: '/tmp/tp-inbox-live.png' })
  })

  it('marks a notice read offline, and sends the mark once when back online', async () => {
    const me = await hrss.request<{ me: { uuid: string } }>('query { me { uuid } }')
    const admin = serverAs(server.url, 'admin')
    const marks = async () =>
      (
        await admin.request<{ auditLog: { edges: unknown[] } }>(
          'query ($filter: AuditLogFilter) { auditLog(first: 50, filter: $filter) { edges { cursor } } }',
          { filter: { action: 'markNoticesRead', actorId: me.me.uuid } },
        )
      ).auditLog.edges.length
    const marksBefore = await marks()
    const noticeOf = async (requestId: string) => {
      const data = await hrss.request<{
        notices: { edges: { node: { readAt: string | null; subject: { uuid: string } | null } }[] }
      }>('query { notices(first: 50) { edges { node { readAt subject { uuid } } } } }')
      return data.notices.edges.map((edge) => edge.node).find((node) => node.subject?.uuid === requestId)
    }
    expect((await noticeOf(secondRequest))?.readAt).toBeNull()

    // The request's screen is a chunk of its own: offline it comes from the service worker.
    await offlineReady(officer)
    await phone.context.setOffline(true)
    // The newest first: the notice of the second request.
    await unreadOfProject().first().click()
    await officer.waitForURL(new RegExp(`/requests/${secondRequest}$`))
    expect(await outboxSize(officer)).toBe(1)

    // The server applies the first send, and its answer is lost: the phone sends the mark again.
    let sends = 0
    await phone.context.route('**/graphql', async (route: Route) => {
      const body = route.request().method() === 'POST' ? (route.request().postData() ?? '') : ''
      if (!body.includes('markNoticesRead')) return route.continue()
      if (++sends > 1) return route.continue()
      await route.fetch()
      await route.abort('failed')
    })
    await phone.context.setOffline(false)
    // The request's own screen has no header: the outbox itself says when everything is sent.
    await expect.poll(() => outboxSize(officer), { timeout: 30_000 }).toBe(0)
    expect(sends).toBe(2)
    await officer.goBack()
    await officer.waitForURL(/\/inbox$/)
    await waitAllSynced(officer)
    const tapped = officer
      .getByTestId('inbox-item')
      .filter({ hasText: `新交办诉求：${project.title}` })
      .first()
    expect(await tapped.getAttribute('data-read')).toBe('true')
    expect((await noticeOf(secondRequest))?.readAt).not.toBeNull()
    expect(await marks()).toBe(marksBefore + 1)
    await phone.context.unrouteAll({ behavior: 'ignoreErrors' })
  })
})

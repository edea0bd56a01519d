// Web Push on a phone, in Chromium. What is real: the app's service worker (Workbox's, importing
// push-handler.js) receives a push through Chromium's own push path (DevTools' ServiceWorker.deliverPushMessage,
// as the Application panel's "Push" button does), shows the notification, and its click handler navigates the
// open app to the notice's object. What is not: the push service (none is reachable here; the payload arrives
// already decrypted, as a browser hands it to the worker) and the click itself, which a headless browser cannot
// make on an OS notification: the test dispatches a notificationclick event in the worker, with the real
// notification, so the handler runs as it would (only its window focus is refused, as for any untrusted event).
// The switch on 我的设置 is real too: with no push service in reach, it says so instead of spinning.
import { existsSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { offlineReady, serverAs, signIn } from './phone-steps.ts'

const shownNotifications = (page: Page) =>
  page.evaluate(async () =>
    (await (await navigator.serviceWorker.ready).getNotifications()).map((shown) => ({
      title: shown.title,
      body: shown.body,
      tag: shown.tag,
      data: shown.data as { url: string; noticeId: string },
    })),
  )

describe.skipIf(!existsSync(chromiumPath))('push reminders on the phone', () => {
  let server: RunningServer
  let phone: Phone
  let page: Page

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    phone = await launchPhone()
    await phone.context.grantPermissions(['notifications'], { origin: server.url })
    page = phone.context.pages()[0] ?? (await phone.context.newPage())
    await signIn(page, server.url, 'east.staff')
    await offlineReady(page)
  })
  afterAll(async () => {
    await phone?.close()
    await server?.stop()
  })

  it('shows a pushed notice, and opening it brings the app to the notice’s project', async () => {
    const projects = await serverAs(server.url, 'east.staff').request<{
      projects: { edges: { node: { uuid: string; title: string } }[] }
    }>('{ projects(first: 1) { edges { node { uuid title } } } }')
    const project = projects.projects.edges[0]!.node
    const notice = {
      title: `线索待首次联系：${project.title}`,
      body: '明天到期',
      url: `/projects/${project.uuid}`,
      noticeId: randomUUID(),
    }

    const cdp = await phone.context.newCDPSession(page)
    const registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] = []
    cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => registrations.push(...event.registrations))
    await cdp.send('ServiceWorker.enable')
    await expect.poll(() => registrations.find((one) => one.scopeURL === `${server.url}/`)).toBeTruthy()
    const { registrationId } = registrations.find((one) => one.scopeURL === `${server.url}/`)!
    // Under CI's full load Chromium has dropped a push event now and then (seen in three runs in a row, never
    // alone; cause not found): the message is delivered again until it shows, at most three times. Its tag
    // makes a repeat replace the shown notice, so the check below still finds exactly one.
    for (let attempt = 0; attempt < 3 && (await shownNotifications(page)).length === 0; attempt++) {
      await cdp.send('ServiceWorker.deliverPushMessage', {
        origin: server.url,
        registrationId,
        data: JSON.stringify(notice),
      })
      await expect
        .poll(async () => (await shownNotifications(page)).length, { timeout: 5_000 })
        .toBe(1)
        .catch(() => undefined)
    }

    await expect
      .poll(() => shownNotifications(page), { timeout: 15_000 })
      .toEqual([
        {
          title: notice.title,
          body: notice.body,
          tag: notice.noticeId,
          data: { url: `${server.url}${notice.url}`, noticeId: notice.noticeId },
        },
      ])

    await page.goto(`${server.url}/today`)
    await offlineReady(page)
    const [worker] = phone.context.serviceWorkers()
    // The worker's globals, which the test's DOM types do not describe.
    type WorkerScope = {
      registration: ServiceWorkerRegistration
      dispatchEvent(event: Event): boolean
      NotificationEvent: new (type: string, init: { notification: Notification }) => Event
    }
    await worker!.evaluate(async () => {
      const scope = self as unknown as WorkerScope
      const [shown] = await scope.registration.getNotifications()
      scope.dispatchEvent(new scope.NotificationEvent('notificationclick', { notification: shown! }))
    })
    await page.waitForURL(`${server.url}${notice.url}`)
    await page.getByText(project.title).first().waitFor()
    // Opened means handled: the notification leaves the tray.
    expect(await shownNotifications(page)).toEqual([])
  })

  it('says so when the phone cannot reach a push service, and the switch is left off', async () => {
    await page.goto(`${server.url}/settings`)
    await page.getByTestId('push-switch').check()
    await page.getByRole('alert').filter({ hasText: '连不上它的推送服务' }).waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('push-switch').isChecked()).toBe(false)
    expect(await page.getByTestId('push-switch').isEnabled()).toBe(true)
    expect(await page.getByRole('alert').textContent()).toContain('收件箱')
  })
})

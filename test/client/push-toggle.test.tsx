// 在此手机接收推送 on 我的设置: where push cannot work the screen says why and offers no switch; subscribing
// sends the browser's subscription to the server; a refusal leaves no silent subscription behind.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library'
import { PushToggle } from '../../client/src/account/push-toggle.tsx'
import { endPushHere } from '../../client/src/account/push-end.ts'
import { setUser } from '../../client/src/session/session.ts'
import { leader } from './leader-fixtures.ts'

const serverKey = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]).toString('base64url')
const endpoint = 'https://fcm.googleapis.com/fcm/send/phone-1'

/** The browser's Web Push pieces; `subscription` is what PushManager holds. */
function stubBrowserPush(permission: NotificationPermission) {
  const browser = { subscription: null as null | { endpoint: string; unsubscribed: boolean } }
  const pushManager = {
    getSubscription: async () => browser.subscription && fakeSubscription(browser.subscription),
    subscribe: async () => {
      browser.subscription = { endpoint, unsubscribed: false }
      return fakeSubscription(browser.subscription)
    },
  }
  function fakeSubscription(held: { endpoint: string; unsubscribed: boolean }) {
    return {
      endpoint: held.endpoint,
      options: { applicationServerKey: null },
      toJSON: () => ({ endpoint: held.endpoint, keys: { p256dh: 'BPhone', auth: 'secret' } }),
      unsubscribe: async () => {
        held.unsubscribed = true
        browser.subscription = null
        return true
      },
    }
  }
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { ready: Promise.resolve({ pushManager }), getRegistration: async () => ({ pushManager }) },
  })
  vi.stubGlobal('PushManager', class {})
  vi.stubGlobal('Notification', { permission, requestPermission: async () => permission })
  return browser
}

/** The server: its key, and the subscription's fate (`refuse` answers it with a coded error). */
function serveWebPush(refuse?: string) {
  const sent: { operationName: string; variables: Record<string, unknown> }[] = []
  vi.stubGlobal('fetch', async (url: RequestInfo | URL, init?: RequestInit) => {
    const get = new URL(String(url), 'http://phone').searchParams
    const request = init?.body
      ? (JSON.parse(String(init.body)) as { operationName: string; variables: Record<string, unknown> })
      : { operationName: get.get('operationName')!, variables: JSON.parse(get.get('variables') ?? '{}') }
    sent.push(request)
    const reply =
      request.operationName === 'WebPushPublicKey'
        ? { data: { webPushPublicKey: serverKey } }
        : request.operationName === 'WebPushSubscribed'
          ? { data: { webPushSubscribed: false } }
          : refuse
            ? { data: null, errors: [{ message: refuse, extensions: { code: 'BAD_USER_INPUT' } }] }
            : { data: { subscribeWebPush: true } }
    return new Response(JSON.stringify(reply), { headers: { 'content-type': 'application/json' } })
  })
  return sent
}

beforeEach(() => {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true })
  setUser(leader)
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  Reflect.deleteProperty(navigator, 'serviceWorker')
})

describe('push on this phone', () => {
  it('says a browser without push cannot have it, and that the inbox has the reminders', async () => {
    render(() => <PushToggle />)
    expect((await screen.findByTestId('push-unavailable')).textContent).toBe(
      '此浏览器不能接收推送提醒。提醒仍会显示在应用内的收件箱中。',
    )
    expect(screen.queryByRole('switch')).toBeNull()
  })

  it('says how to allow notifications once they were blocked', async () => {
    stubBrowserPush('denied')
    render(() => <PushToggle />)
    expect((await screen.findByTestId('push-unavailable')).textContent).toContain('通知已被拒绝')
    expect(screen.queryByRole('switch')).toBeNull()
  })

  it('subscribes this browser with the server’s key and tells the server', async () => {
    stubBrowserPush('granted')
    const sent = serveWebPush()
    render(() => <PushToggle />)
    fireEvent.click(await screen.findByRole('switch', { name: '在此手机接收推送' }))
    expect((await screen.findByText('已开启：新的提醒会推送到这台手机')).getAttribute('role')).toBe('status')
    expect(screen.getByRole('switch')).toHaveProperty('checked', true)
    const subscribed = sent.find((request) => request.operationName === 'SubscribeWebPush')
    expect(subscribed?.variables.input).toMatchObject({ endpoint, p256dh: 'BPhone', auth: 'secret' })
  })

  it('leaves no subscription behind when the server refuses it, and says why', async () => {
    const browser = stubBrowserPush('granted')
    serveWebPush('推送地址须为 https 地址')
    render(() => <PushToggle />)
    fireEvent.click(await screen.findByRole('switch'))
    expect((await screen.findByRole('alert')).textContent).toBe('推送地址须为 https 地址')
    expect(screen.getByRole('switch')).toHaveProperty('checked', false)
    expect(browser.subscription).toBeNull()
  })

  it('ends on this browser when the user signs out (session.ts), with no server needed', async () => {
    const browser = stubBrowserPush('granted')
    serveWebPush()
    render(() => <PushToggle />)
    fireEvent.click(await screen.findByRole('switch'))
    await screen.findByText('已开启：新的提醒会推送到这台手机')
    vi.stubGlobal('fetch', async () => Response.error())
    await endPushHere()
    expect(browser.subscription).toBeNull()
  })
})

// Web Push on this phone: whether it can work here, and subscribing or unsubscribing this browser. Honest about
// the cases where it cannot: no service worker or PushManager (old browsers, chat apps' built-in browsers), a
// refused permission, or a phone that cannot reach its push service (Chrome's is Google's FCM, which an
// intranet or a phone without Google services cannot reach: subscribe() then fails or never answers, so it is
// given a deadline). The reminders are in the app's inbox whatever happens here.
import { uuidv7 } from 'uuidv7'
import { graphql } from '../graphql.ts'
import { client } from '../urql/client.ts'
import { errorMessage, isNetworkFailure } from '../urql/errors.ts'
import { inAppBrowser } from '../pwa/in-app-browser.ts'
import { t } from '../i18n/index.ts'

const PublicKeyQuery = graphql(`
  query WebPushPublicKey {
    webPushPublicKey
  }
`)
const SubscribedQuery = graphql(`
  query WebPushSubscribed($endpoint: String!) {
    webPushSubscribed(endpoint: $endpoint)
  }
`)
const SubscribeMutation = graphql(`
  mutation SubscribeWebPush($input: SubscribeWebPushInput!) {
    subscribeWebPush(input: $input)
  }
`)
const UnsubscribeMutation = graphql(`
  mutation UnsubscribeWebPush($input: UnsubscribeWebPushInput!) {
    unsubscribeWebPush(input: $input)
  }
`)

/** Long enough for a slow network to reach FCM; short enough that nobody watches a spinner for nothing. */
export const subscribeTimeoutMs = 15_000

export type PushAvailability = 'available' | 'in-app-browser' | 'unsupported' | 'denied'

/** Why push cannot work in this browser, or 'available'. */
export function pushAvailability(): PushAvailability {
  if (inAppBrowser) return 'in-app-browser'
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return 'unsupported'
  if (typeof window === 'undefined' || !('PushManager' in window) || !('Notification' in window)) return 'unsupported'
  return Notification.permission === 'denied' ? 'denied' : 'available'
}

export type PushResult = { ok: true; subscribed: boolean } | { ok: false; message: string }

class Deadline extends Error {}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Deadline()), ms)
  })
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer))
}

/** The app's service worker registration, or null when none is active here (a webview, or blocked). */
async function registration(): Promise<ServiceWorkerRegistration | null> {
  try {
    return await withDeadline(navigator.serviceWorker.ready, 5_000)
  } catch {
    return null
  }
}

/** Whether this browser is subscribed for the signed-in user (the server may have dropped it, or another took it). */
export async function isSubscribedHere(): Promise<boolean> {
  if (pushAvailability() !== 'available') return false
  const subscription = await (await registration())?.pushManager.getSubscription()
  if (!subscription) return false
  const answer = await client
    .query(SubscribedQuery, { endpoint: subscription.endpoint }, { requestPolicy: 'network-only' })
    .toPromise()
  // Offline, the browser's own word is the best there is.
  return answer.data ? answer.data.webPushSubscribed : isNetworkFailure(answer.error)
}

export async function subscribeHere(): Promise<PushResult> {
  const availability = pushAvailability()
  if (availability !== 'available') return { ok: false, message: unavailableMessage(availability) }
  if ((await Notification.requestPermission()) !== 'granted') return { ok: false, message: t('settings.push.denied') }
  const worker = await registration()
  if (!worker) return { ok: false, message: t('settings.push.unsupported') }
  const key = await client.query(PublicKeyQuery, {}, { requestPolicy: 'network-only' }).toPromise()
  if (!key.data) return { ok: false, message: failure(key.error) }
  let subscription: PushSubscription
  try {
    subscription = await withDeadline(pushSubscription(worker, key.data.webPushPublicKey), subscribeTimeoutMs)
  } catch {
    return { ok: false, message: t('settings.push.unreachable') }
  }
  const { endpoint, keys } = subscription.toJSON()
  const sent = await client
    .mutation(SubscribeMutation, {
      input: {
        clientMutationId: uuidv7(),
        endpoint: endpoint ?? '',
        p256dh: keys?.p256dh ?? '',
        auth: keys?.auth ?? '',
      },
    })
    .toPromise()
  if (sent.data?.subscribeWebPush) return { ok: true, subscribed: true }
  // A subscription the server does not know would only ever be a silent one.
  await subscription.unsubscribe().catch(() => false)
  return { ok: false, message: failure(sent.error) }
}

/** The browser's subscription for this server's key; one made for another key (a new server) is replaced. */
async function pushSubscription(worker: ServiceWorkerRegistration, publicKey: string): Promise<PushSubscription> {
  const applicationServerKey = base64urlBytes(publicKey)
  const existing = await worker.pushManager.getSubscription()
  const existingKey = existing?.options.applicationServerKey
  if (existing && existingKey && sameBytes(new Uint8Array(existingKey), applicationServerKey)) return existing
  await existing?.unsubscribe()
  return worker.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey })
}

/**
 * Ends push on this browser. The browser's subscription goes first: its push service then refuses the server's
 * next push (410) and the server forgets it, so this works offline too; the server is told at once when it can be.
 */
export async function unsubscribeHere(): Promise<PushResult> {
  const subscription = await (await registration())?.pushManager.getSubscription()
  if (!subscription) return { ok: true, subscribed: false }
  const { endpoint } = subscription
  await subscription.unsubscribe().catch(() => false)
  await client.mutation(UnsubscribeMutation, { input: { clientMutationId: uuidv7(), endpoint } }).toPromise()
  return { ok: true, subscribed: false }
}

export function unavailableMessage(availability: Exclude<PushAvailability, 'available'>): string {
  if (availability === 'in-app-browser') return t('settings.push.inAppBrowser')
  return availability === 'denied' ? t('settings.push.denied') : t('settings.push.unsupported')
}

function failure(error: Parameters<typeof errorMessage>[0] | undefined): string {
  return isNetworkFailure(error) ? t('settings.push.offline') : errorMessage(error, t('error.unknown'))
}

function base64urlBytes(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=')
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index])
}

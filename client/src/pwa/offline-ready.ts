// Offline-ready means a service worker controls this page: then a reload without network still opens
// the app. In-app browsers on iOS (WKWebView) have no service worker at all, and some Android ones drop it:
// this tests for both, so that the badge tells the truth rather than what the user agent claims. A chat
// app's browser counts as not ready even with a worker: it may drop it at any time, and cannot be opened
// from the home screen without signal anyway. The badge, the notice and the toast all read offlineSupport().
import { createSignal } from 'solid-js'
import { t } from '../i18n/index.ts'
import { inAppBrowser } from './in-app-browser.ts'

const sw = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined
const [controlled, setControlled] = createSignal(Boolean(sw?.controller))

/** Set once a service worker has controlled a page in this browser profile. */
const controlledBeforeKey = 'tp.swControlled'

function remember(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {
    // Private mode or a locked-down webview: the hint is then lost, the test still runs each time.
  }
}

function recall(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

/** A page that loads without a controller although one controlled this profile before: it did not last. */
const droppedAfterReload = Boolean(sw) && !sw?.controller && recall(controlledBeforeKey) === '1'

sw?.addEventListener('controllerchange', () => setControlled(Boolean(sw.controller)))
if (sw?.controller) remember(controlledBeforeKey, '1')
sw?.addEventListener('controllerchange', () => {
  if (sw.controller) remember(controlledBeforeKey, '1')
})

/**
 * ready: a reload without network opens the app; installing: not yet (first visit); inApp: a chat app's
 * browser; unsupported: this browser runs no service worker (iOS in-app browsers); dropped: it had one and lost it.
 */
export type OfflineSupport = 'ready' | 'installing' | 'inApp' | 'unsupported' | 'dropped'

export function offlineSupport(browser = inAppBrowser): OfflineSupport {
  if (browser) return 'inApp'
  if (!sw) return 'unsupported'
  if (controlled()) return 'ready'
  return droppedAfterReload ? 'dropped' : 'installing'
}

export const offlineReady = () => offlineSupport() === 'ready'

/** Set once 已可离线使用 was said on this device: it is news once, not at every sign-in. */
const announcedKey = 'tp.offlineReadyAnnounced'

/** Whether to say 已可离线使用 now that the page became ready: once per device, and never where it is not. */
export function takeReadyAnnouncement(): boolean {
  if (!offlineReady() || recall(announcedKey) === '1') return false
  remember(announcedKey, '1')
  return true
}

/**
 * The app will not open without signal here: a chat app's browser, or one whose service worker is missing
 * or was dropped. The notice that says so (shell/in-app-notice.tsx) is only downloaded when this holds.
 */
export function needsOfflineNotice(browser = inAppBrowser): boolean {
  const support = offlineSupport(browser)
  return support === 'inApp' || support === 'unsupported' || support === 'dropped'
}

/** What the badge and the sync screen say about it. */
export function supportMessage(): string {
  const support = offlineSupport()
  if (support === 'ready') return t('sync.offline.ready')
  if (support === 'installing') return t('sync.offline.installing')
  if (support === 'dropped') return t('sync.offline.dropped')
  return t('sync.offline.unsupported')
}

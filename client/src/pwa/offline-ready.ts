// Offline-ready means a service worker controls this page: then a reload without network still opens
// the app. In-app browsers on iOS (WKWebView) never get one, and the badge tells the user so.
import { createSignal } from 'solid-js'

const sw = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined
const [controlled, setControlled] = createSignal(Boolean(sw?.controller))

sw?.addEventListener('controllerchange', () => setControlled(Boolean(sw.controller)))

export const offlineReady = controlled
export const serviceWorkerSupported = Boolean(sw)

// Registers the service worker and tells the update prompt that a new version is waiting. (Whether the app
// opens offline is offline-ready.ts's to say: a service worker controls the page.) Written against the
// browser's own API rather than with workbox-window, which every phone would download on its first load
// (2 kB gzip).
import { createSignal } from 'solid-js'

/** Staff keep the app open for days: look for a new version hourly. */
const updateEveryMs = 60 * 60 * 1000

export function registerServiceWorker(url = '/sw.js') {
  const [needRefresh, setNeedRefresh] = createSignal(false)
  const container = typeof navigator === 'undefined' ? undefined : navigator.serviceWorker
  let registration: ServiceWorkerRegistration | undefined

  /** A worker that finishes installing while another is active waits for the user; the first one does not. */
  function follow(worker: ServiceWorker | null) {
    if (!worker) return
    const isUpdate = Boolean(container?.controller) || Boolean(registration?.active && registration.active !== worker)
    const settle = () => {
      if (worker.state !== 'installed') return
      worker.removeEventListener('statechange', settle)
      if (isUpdate) setNeedRefresh(true)
    }
    worker.addEventListener('statechange', settle)
    settle()
  }

  container?.register(url, { scope: '/' }).then(
    (registered) => {
      registration = registered
      // A version found on an earlier visit may still be waiting for its answer.
      if (registered.waiting && container.controller) setNeedRefresh(true)
      follow(registered.installing)
      registered.addEventListener('updatefound', () => follow(registered.installing))
      setInterval(() => void registered.update(), updateEveryMs)
    },
    () => {
      // No service worker here (blocked, or a webview without one): the offline badge says so.
    },
  )

  /** Lets the waiting version take over; the page reloads once it controls it (see reload-prompt.tsx). */
  function activateUpdate() {
    registration?.waiting?.postMessage({ type: 'SKIP_WAITING' })
  }

  return { needRefresh, setNeedRefresh, activateUpdate }
}

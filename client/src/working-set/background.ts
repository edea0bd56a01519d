// Runs the working set's refresh in the background: a while after sign-in, when the browser is idle (the
// first screen's own requests go first), again on coming back online, on returning to the app and every
// quarter of an hour. A phone on Data Saver (navigator.connection.saveData) refreshes only when asked.
import { createEffect, on, onCleanup } from 'solid-js'
import { user } from '../session/session.ts'
import { online } from '../network.ts'
import { refreshWorkingSet } from './refresh.ts'
import { showSaved } from './state.ts'

const startDelay = 5_000
const every = 15 * 60 * 1000

/** True when the user asked the browser to save data: no downloads they did not ask for. */
export function savingData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection
  return connection?.saveData === true
}

/** Resolves when the browser is idle (or after a second where it cannot tell). */
export function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2_000 })
    else setTimeout(resolve, 1_000)
  })
}

const quiet = 60_000
let lastStarted = 0

function refreshInBackground() {
  if (savingData() || !user() || !online() || Date.now() - lastStarted < quiet) return
  lastStarted = Date.now()
  void refreshWorkingSet({ yieldBetween: whenIdle })
}

/** Call once in the app shell, inside a reactive root. */
export function keepWorkingSetOnceSignedIn() {
  let timer: ReturnType<typeof setTimeout> | undefined
  createEffect(
    on([() => user()?.id, online], ([id, isOnline]) => {
      clearTimeout(timer)
      if (!id) return
      showSaved(id)
      if (isOnline)
        timer = setTimeout(() => {
          lastStarted = 0
          void whenIdle().then(refreshInBackground)
        }, startDelay)
    }),
  )
  const interval = setInterval(refreshInBackground, every)
  const onVisible = () => {
    if (document.visibilityState === 'visible') refreshInBackground()
  }
  document.addEventListener('visibilitychange', onVisible)
  onCleanup(() => {
    clearTimeout(timer)
    clearInterval(interval)
    document.removeEventListener('visibilitychange', onVisible)
  })
}

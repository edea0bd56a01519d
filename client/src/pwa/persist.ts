// Asks the browser to keep this site's storage (the outbox) when the phone runs short of space. Chrome
// grants it silently to an installed or often-used app; asked once after sign-in, and once more if the
// app is installed later, since Chrome decides again then.
import { createEffect, createSignal, on } from 'solid-js'
import { user } from '../session/session.ts'
import { isInstalled } from './in-app-browser.ts'

const askedKey = 'tp.persistAsked'

/** true: kept; false: may be cleared by the browser; null: not known (no Storage API). */
const [persisted, setPersisted] = createSignal<boolean | null>(null)
export { persisted }

export async function requestPersistentStorage(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (!storage?.persist || !storage.persisted) return null
  if (await storage.persisted()) return setPersisted(true)
  const context = isInstalled() ? 'installed' : 'browser'
  let asked: string | null = null
  try {
    asked = localStorage.getItem(askedKey)
    localStorage.setItem(askedKey, context)
  } catch {
    // Without localStorage it may ask again next time, which is harmless.
  }
  if (asked === context || asked === 'installed') return setPersisted(false)
  return setPersisted(await storage.persist())
}

/** Call once in the app shell: asks when someone has signed in. */
export function keepStorageOnceSignedIn() {
  createEffect(
    on(
      () => user()?.id,
      (id) => {
        if (id) void requestPersistentStorage().catch(() => setPersisted(null))
      },
    ),
  )
}

// Whether the browser believes it is online. A failed request counts as offline too (see urql/errors.ts);
// this signal only drives what the user sees and when the outbox wakes up.
import { createSignal } from 'solid-js'

const [online, setOnline] = createSignal(typeof navigator === 'undefined' ? true : navigator.onLine)

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => setOnline(true))
  window.addEventListener('offline', () => setOnline(false))
}

export { online }

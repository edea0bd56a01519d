// The locks someone else caused on this account since the owner's last sign-in, as the sign-in answered them
// (session.ts). Kept for this visit (a sign-in as someone new reloads the page) until read. The notice that
// shows them (lock-notice.tsx) loads only when there are any: most sign-ins have none.
import { createSignal } from 'solid-js'

export interface LoginLockEvent {
  lockedAt: string
  address: string
  failures: number
}

const storageKey = 'tp.loginLockNotice'

function saved(): LoginLockEvent[] {
  try {
    return JSON.parse(sessionStorage.getItem(storageKey) ?? '[]') as LoginLockEvent[]
  } catch {
    return []
  }
}

const [events, setEvents] = createSignal<LoginLockEvent[]>(saved())
export { events as loginLockEvents }

export function announceLoginLocks(locks: readonly LoginLockEvent[]): void {
  try {
    if (locks.length) sessionStorage.setItem(storageKey, JSON.stringify(locks))
    else sessionStorage.removeItem(storageKey)
  } catch {
    // Without storage the notice shows until the page is left, which is enough.
  }
  setEvents([...locks])
}

// After a sign-in: someone else locked themselves out of this account by guessing its password since the
// owner's last sign-in. The owner is told when, from where and how often, so they can change the password
// or tell the talent office. Kept for this visit (a sign-in as someone new reloads the page) until read.
import { createSignal, For, Show } from 'solid-js'
import { t } from '../i18n/index.ts'
import { yearMonthDay, countyParts } from '../format.ts'

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

export function announceLoginLocks(locks: readonly LoginLockEvent[]): void {
  try {
    if (locks.length) sessionStorage.setItem(storageKey, JSON.stringify(locks))
    else sessionStorage.removeItem(storageKey)
  } catch {
    // Without storage the notice shows until the page is left, which is enough.
  }
  setEvents([...locks])
}

export function LoginLockNotice() {
  return (
    <Show when={events().length > 0}>
      <aside class="notice" role="alert" data-testid="login-lock-notice">
        <p>
          <strong>{t('login.lockNotice.title')}</strong>
        </p>
        <ul>
          <For each={events()}>
            {(lock) => (
              <li>
                {t('login.lockNotice.item', {
                  time: `${yearMonthDay(new Date(lock.lockedAt))} ${countyParts(new Date(lock.lockedAt)).time}`,
                  address: lock.address,
                  failures: lock.failures,
                })}
              </li>
            )}
          </For>
        </ul>
        <p>{t('login.lockNotice.advice')}</p>
        <button type="button" class="button button-small" onClick={() => announceLoginLocks([])}>
          {t('login.lockNotice.dismiss')}
        </button>
      </aside>
    </Show>
  )
}

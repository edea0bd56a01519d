// After a sign-in: someone else locked themselves out of this account by guessing its password since the
// owner's last sign-in. The owner is told when, from where and how often, so they can change the password
// or tell the talent office. The events: lock-events.ts; this notice is a lazy chunk (app.tsx).
import { For, Show } from 'solid-js'
import { t } from '../i18n/index.ts'
import { yearMonthDay, countyParts } from '../format.ts'
import { announceLoginLocks, loginLockEvents as events } from './lock-events.ts'

export { announceLoginLocks }

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

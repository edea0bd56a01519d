// The top bar: where the user is, whether the phone is online and offline-ready, and sign-out.
import { Show } from 'solid-js'
import { user, logout } from '../session/session.ts'
import { pendingCount } from '../outbox/index.ts'
import { online } from '../network.ts'
import { t } from '../i18n/index.ts'
import { SyncStatus } from './sync-status.tsx'
import { OfflineBadge } from './offline-badge.tsx'

async function signOut() {
  if (!online()) return alert(t('logout.offline'))
  if (pendingCount() > 0 && !confirm(t('logout.unsyncedWarning', { count: pendingCount() }))) return
  const result = await logout()
  if (!result.ok) alert(result.message)
}

export function AppHeader(props: { title: string }) {
  return (
    <header class="app-header">
      <div class="header-row">
        <h1>{props.title}</h1>
        <Show when={user()}>
          {(current) => (
            <button type="button" class="link-button" data-testid="logout" onClick={() => void signOut()}>
              <span class="who">{current().name}</span> {t('logout.button')}
            </button>
          )}
        </Show>
      </div>
      <div class="header-row header-status">
        <SyncStatus />
        <OfflineBadge />
      </div>
    </header>
  )
}

// Sign-out: the server must be reachable (it ends the session), and unsynced writes are said first:
// they stay on this phone and wait for this same user's next sign-in here.
import { createSignal, Show } from 'solid-js'
import { logout, user } from '../session/session.ts'
import { outbox, pendingCount } from '../outbox/index.ts'
import { online } from '../network.ts'
import { t } from '../i18n/index.ts'
import { ConfirmDialog } from '../components/confirm-dialog.tsx'

export function LogoutButton() {
  const [asking, setAsking] = createSignal<number | false>(false)
  const [problem, setProblem] = createSignal<string>()

  async function signOut() {
    setAsking(false)
    const result = await logout()
    if (!result.ok) setProblem(result.message)
  }

  async function start() {
    setProblem(undefined)
    if (!online()) return setProblem(t('logout.offline'))
    // Read from the outbox itself, not the screen's copy, which may not be loaded yet.
    const owner = user()?.id
    const count = owner ? (await outbox.entries(owner)).length : pendingCount()
    if (count > 0) return setAsking(count)
    void signOut()
  }

  return (
    <Show when={user()}>
      {(current) => (
        <>
          <button type="button" class="link-button" data-testid="logout" onClick={() => void start()}>
            <span class="who">{current().name}</span> {t('logout.button')}
          </button>
          <Show when={problem()}>
            {(message) => (
              <p class="header-problem" role="alert">
                {message()}
              </p>
            )}
          </Show>
          <Show when={asking()}>
            <ConfirmDialog
              title={t('sync.logout.title')}
              body={t('sync.logout.body', { count: asking() || 0, name: current().name })}
              confirmLabel={t('logout.button')}
              onCancel={() => setAsking(false)}
              onConfirm={() => void signOut()}
            />
          </Show>
        </>
      )}
    </Show>
  )
}

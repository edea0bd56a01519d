import { createSignal, Show } from 'solid-js'
import { Navigate } from '@solidjs/router'
import { login, user } from '../session/session.ts'
import { online } from '../network.ts'
import { t } from '../i18n/index.ts'
import { Field } from '../components/field.tsx'
import { OfflineBadge } from '../shell/offline-badge.tsx'

export default function LoginRoute() {
  const [account, setAccount] = createSignal('')
  const [password, setPassword] = createSignal('')
  const [error, setError] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    const result = await login(account().trim(), password())
    setBusy(false)
    if (!result.ok) setError(result.message)
  }

  return (
    <Show when={!user()} fallback={<Navigate href="/" />}>
      <main class="login">
        <div class="login-brand">
          <img src="/icons/icon-192.png" alt="" width="72" height="72" />
          <h1>{t('app.name')}</h1>
          <p>{t('login.subtitle')}</p>
          <OfflineBadge />
        </div>
        <form class="login-form" onSubmit={(event) => void submit(event)} novalidate>
          <Field label={t('login.account')} for="login-account" hint={t('login.accountHint')}>
            <input
              id="login-account"
              name="username"
              autocomplete="username"
              autocapitalize="off"
              required
              value={account()}
              onInput={(event) => setAccount(event.currentTarget.value)}
            />
          </Field>
          <Field label={t('login.password')} for="login-password">
            <input
              id="login-password"
              name="password"
              type="password"
              autocomplete="current-password"
              required
              value={password()}
              onInput={(event) => setPassword(event.currentTarget.value)}
            />
          </Field>
          <Show when={error() ?? (!online() ? t('login.offline') : undefined)}>
            {(message) => (
              <p class="form-error" role="alert">
                {message()}
              </p>
            )}
          </Show>
          <button
            class="button button-primary button-block"
            type="submit"
            disabled={busy() || !account() || !password()}
          >
            {busy() ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </main>
    </Show>
  )
}

// 修改密码: everyone's own, and the only screen of someone who signed in with a one-time password. It needs the
// server (the password is checked there and other sessions end), so offline it says so instead of queuing.
import { createSignal, Show } from 'solid-js'
import { useNavigate } from '@solidjs/router'
import { minPasswordLength, passwordIssue } from '@talent/rules/account'
import { graphql } from '../graphql.ts'
import { sendOnline } from '../urql/send-online.ts'
import { t } from '../i18n/index.ts'
import { Field } from '../components/field.tsx'
import { FormError } from '../components/form-error.tsx'
import { setUser, user } from '../session/session.ts'
import { roleHome } from '../shell/nav-items.ts'
import { AppHeader } from '../shell/app-header.tsx'

const ChangePassword = graphql(`
  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      id
      mustChangePassword
    }
  }
`)

export default function PasswordRoute() {
  const navigate = useNavigate()
  const [current, setCurrent] = createSignal('')
  const [next, setNext] = createSignal('')
  const [again, setAgain] = createSignal('')
  const [error, setError] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)
  const forced = () => user()?.mustChangePassword === true

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    const me = user()
    if (!me || busy()) return
    // The same rule the server applies (@talent/rules/account), told in the reader's language.
    const issue = passwordIssue(next(), me.login ?? '')
    const problem = issue
      ? t(`account.password.issue.${issue}`, { min: minPasswordLength })
      : next() !== again()
        ? t('account.password.mismatch')
        : null
    if (problem) return setError(problem)
    setBusy(true)
    setError(undefined)
    const sent = await sendOnline(
      ChangePassword,
      { currentPassword: current(), newPassword: next() },
      t('account.password.offline'),
    )
    setBusy(false)
    if (!sent.ok) return setError(sent.message)
    setUser({ ...me, mustChangePassword: false })
    navigate(roleHome[me.role] ?? '/', { replace: true })
  }

  return (
    <div class="screen">
      <AppHeader title={t('account.password.title')} />
      <main class="content staff-form">
        <Show when={forced()}>
          <p class="notice" role="status">
            {t('account.password.forced')}
          </p>
        </Show>
        <form onSubmit={(event) => void submit(event)} novalidate>
          <Field label={t(forced() ? 'account.password.oneTime' : 'account.password.current')} for="password-current">
            <input
              id="password-current"
              type="password"
              autocomplete="current-password"
              required
              value={current()}
              onInput={(event) => setCurrent(event.currentTarget.value)}
            />
          </Field>
          <Field label={t('account.password.new')} for="password-new" hint={t('account.password.rule')}>
            <input
              id="password-new"
              type="password"
              autocomplete="new-password"
              required
              value={next()}
              onInput={(event) => setNext(event.currentTarget.value)}
            />
          </Field>
          <Field label={t('account.password.again')} for="password-again">
            <input
              id="password-again"
              type="password"
              autocomplete="new-password"
              required
              value={again()}
              onInput={(event) => setAgain(event.currentTarget.value)}
            />
          </Field>
          <FormError message={error()} />
          <button type="submit" class="primary" disabled={busy()}>
            {busy() ? t('account.password.saving') : t('account.password.submit')}
          </button>
        </form>
      </main>
    </div>
  )
}

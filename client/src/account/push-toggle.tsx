// 在此手机接收推送: the switch for Web Push on this phone, on 我的设置. Where push cannot work it says why and
// offers no switch; a subscription that does not come through in time ends in a sentence, not a spinner.
import { createSignal, onMount, Show } from 'solid-js'
import { t } from '../i18n/index.ts'
import { FormError } from '../components/form-error.tsx'
import {
  isSubscribedHere,
  pushAvailability,
  subscribeHere,
  unavailableMessage,
  unsubscribeHere,
  type PushResult,
} from './push-subscription.ts'

export function PushToggle() {
  const availability = pushAvailability()
  const [subscribed, setSubscribed] = createSignal(false)
  const [busy, setBusy] = createSignal(false)
  const [done, setDone] = createSignal<string>()
  const [error, setError] = createSignal<string>()

  onMount(() => {
    if (availability === 'available') void isSubscribedHere().then(setSubscribed, () => setSubscribed(false))
  })

  async function toggle(on: boolean) {
    // The switch shows the choice while it is being carried out, and what came of it after.
    setSubscribed(on)
    setBusy(true)
    setDone(undefined)
    setError(undefined)
    let result: PushResult
    try {
      result = on ? await subscribeHere() : await unsubscribeHere()
    } catch {
      result = { ok: false, message: t('settings.push.unreachable') }
    } finally {
      setBusy(false)
    }
    if (result.ok) {
      setSubscribed(result.subscribed)
      setDone(result.subscribed ? t('settings.push.on') : t('settings.push.off'))
    } else {
      setSubscribed(false)
      setError(result.message)
    }
  }

  return (
    <section class="push-toggle" data-testid="push-toggle" aria-labelledby="push-toggle-title">
      <h2 id="push-toggle-title">{t('settings.push.title')}</h2>
      <Show
        when={availability === 'available'}
        fallback={
          <p class="notice" data-testid="push-unavailable">
            {availability !== 'available' && unavailableMessage(availability)}
          </p>
        }
      >
        <label class="check-field">
          <input
            type="checkbox"
            role="switch"
            data-testid="push-switch"
            checked={subscribed()}
            aria-checked={subscribed()}
            disabled={busy()}
            onChange={(event) => void toggle(event.currentTarget.checked)}
          />
          <span>{t('settings.push.toggle')}</span>
        </label>
        <Show when={busy()}>
          <p role="status">{t('settings.push.working')}</p>
        </Show>
        <Show when={done()}>
          <p role="status" class="notice">
            {done()}
          </p>
        </Show>
        <FormError message={error()} />
      </Show>
      <p class="hint">{t('settings.push.hint')}</p>
    </section>
  )
}

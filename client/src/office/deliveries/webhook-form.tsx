// The office's webhook: address, signing secret (written, never shown again), on/off, and the kinds sent to
// people who have not chosen their own.
import { createSignal, For, Show } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { noticeKinds } from '@talent/rules/enums'
import { t, type MessageKey } from '../../i18n/index.ts'
import { FormError } from '../../components/form-error.tsx'
import { sendOnline } from '../../urql/send-online.ts'
import { readFragment, type ResultOf } from '../../graphql.ts'
import { SaveOfficeWebhook, WebhookFields } from './documents.ts'

type Webhook = ResultOf<typeof WebhookFields>
type Kind = Webhook['defaultKinds'][number]

const kinds: readonly Kind[] = noticeKinds
const suggested: Kind[] = [
  'FOLLOW_UP_DUE',
  'PROJECT_ASSIGNED',
  'SUPPORT_ASSIGNED',
  'SUPPORT_REASSIGNED',
  'SUPPORT_ESCALATED',
  'ACCOUNT_LOCKED',
]

export function WebhookForm(props: { current: Webhook | null }) {
  const [saved, setSaved] = createSignal(props.current)
  const [url, setUrl] = createSignal(props.current?.url ?? '')
  const [secret, setSecret] = createSignal('')
  const [enabled, setEnabled] = createSignal(props.current?.enabled ?? true)
  const [chosen, setChosen] = createSignal<Kind[]>(props.current?.defaultKinds ?? suggested)
  const [error, setError] = createSignal<string>()
  const [note, setNote] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    if (busy()) return
    setBusy(true)
    setError(undefined)
    setNote(undefined)
    const input = {
      clientMutationId: uuidv7(),
      url: url(),
      secret: secret() || null,
      enabled: enabled(),
      defaultKinds: chosen(),
    }
    const sent = await sendOnline(SaveOfficeWebhook, { input }, t('office.settings.online'))
    setBusy(false)
    if (!sent.ok) return setError(sent.message)
    setSaved(readFragment(WebhookFields, sent.data.setOfficeWebhook))
    setSecret('')
    setNote(t('office.webhook.saved'))
  }

  const toggle = (kind: Kind, on: boolean) =>
    setChosen(on ? [...chosen(), kind] : chosen().filter((other) => other !== kind))

  return (
    <form class="settings-form" onSubmit={(event) => void submit(event)} novalidate data-testid="webhook-form">
      <h2>{t('office.webhook.title')}</h2>
      <p class="card-meta">{t('office.webhook.hint')}</p>
      <label class="field">
        <span>{t('office.webhook.url')}</span>
        <input type="url" name="url" inputmode="url" value={url()} onInput={(e) => setUrl(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('office.webhook.secret')}</span>
        <input
          type="password"
          name="secret"
          autocomplete="new-password"
          value={secret()}
          onInput={(e) => setSecret(e.currentTarget.value)}
        />
        <Show when={saved()}>
          {(current) => <span class="muted">{t('office.webhook.secretKeep', { hint: current().secretHint })}</span>}
        </Show>
      </label>
      <label class="webhook-check">
        <input
          type="checkbox"
          name="enabled"
          checked={enabled()}
          onChange={(e) => setEnabled(e.currentTarget.checked)}
        />
        <span>{t('office.webhook.enabled')}</span>
      </label>
      <fieldset class="webhook-kinds">
        <legend>{t('office.webhook.defaultKinds')}</legend>
        <For each={kinds}>
          {(kind) => (
            <label class="webhook-check">
              <input
                type="checkbox"
                checked={chosen().includes(kind)}
                onChange={(e) => toggle(kind, e.currentTarget.checked)}
              />
              <span>{t(`notice.kind.${kind}` as MessageKey)}</span>
            </label>
          )}
        </For>
      </fieldset>
      <FormError message={error()} />
      <p class="settings-note" role="status">
        {note()}
      </p>
      <button type="submit" class="primary" disabled={busy()}>
        {busy() ? t('office.settings.saving') : t('office.settings.save')}
      </button>
    </form>
  )
}

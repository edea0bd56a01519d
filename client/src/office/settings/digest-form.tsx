// The daily digest's time: when, on the county's working days, everyone hears what waits for them.
import { createSignal } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t } from '../../i18n/index.ts'
import { FormError } from '../../components/form-error.tsx'
import { sendOnline } from '../../urql/send-online.ts'
import { readFragment, type ResultOf } from '../../graphql.ts'
import { SaveSettings, SettingsFields } from './documents.ts'

type Digest = ResultOf<typeof SettingsFields>['digest']

export function DigestForm(props: { digest: Digest; onSaved: () => void }) {
  const [time, setTime] = createSignal(props.digest.time)
  const [error, setError] = createSignal<string>()
  const [note, setNote] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    if (busy()) return
    setBusy(true)
    setError(undefined)
    setNote(undefined)
    const sent = await sendOnline(
      SaveSettings,
      { input: { clientMutationId: uuidv7(), digest: { version: props.digest.version, time: time() } } },
      t('office.settings.online'),
    )
    setBusy(false)
    if (!sent.ok) return setError(sent.message)
    setTime(readFragment(SettingsFields, sent.data.updateSettings).digest.time)
    setNote(t('office.settings.saved'))
    props.onSaved()
  }

  return (
    <form class="settings-form" onSubmit={(event) => void submit(event)} novalidate data-testid="digest-form">
      <h2>{t('office.settings.digest')}</h2>
      <p class="settings-note">{t('office.settings.digestHint')}</p>
      <label class="settings-number">
        <span>{t('office.settings.digestTime')}</span>
        <input type="time" name="digestTime" value={time()} onInput={(event) => setTime(event.currentTarget.value)} />
      </label>
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

// The response clocks and the 三色 threshold: four numbers of days, saved together under their version.
import { createSignal, For } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t, type MessageKey } from '../../i18n/index.ts'
import { FormError } from '../../components/form-error.tsx'
import { sendOnline } from '../../urql/send-online.ts'
import { readFragment, type ResultOf } from '../../graphql.ts'
import { SaveSettings, SettingsFields } from './documents.ts'

type Clocks = ResultOf<typeof SettingsFields>['clocks']
type ClockField = Exclude<keyof Clocks, 'version'>

const fields: [ClockField, MessageKey][] = [
  ['firstContactWorkingDays', 'office.settings.firstContact'],
  ['assessWorkingDays', 'office.settings.assess'],
  ['referrerAnswerDays', 'office.settings.referrer'],
  ['yellowWithinDays', 'office.settings.yellow'],
]

export function ClockForm(props: { clocks: Clocks; onSaved: () => void }) {
  // The form starts from what the server holds; a save answers with the new values and version.
  const [values, setValues] = createSignal<Clocks>({ ...props.clocks })
  const [error, setError] = createSignal<string>()
  const [note, setNote] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    if (busy()) return
    setBusy(true)
    setError(undefined)
    setNote(undefined)
    const clocks = { ...values(), version: props.clocks.version }
    const { __typename: _typename, ...input } = clocks as Clocks & { __typename?: string }
    const sent = await sendOnline(
      SaveSettings,
      { input: { clientMutationId: uuidv7(), clocks: input } },
      t('office.settings.online'),
    )
    setBusy(false)
    if (!sent.ok) return setError(sent.message)
    setValues({ ...readFragment(SettingsFields, sent.data.updateSettings).clocks })
    setNote(t('office.settings.saved'))
    props.onSaved()
  }

  return (
    <form class="settings-form" onSubmit={(event) => void submit(event)} novalidate data-testid="clock-form">
      <h2>{t('office.settings.clocks')}</h2>
      <div class="settings-grid">
        <For each={fields}>
          {([field, label]) => (
            <label class="settings-number">
              <span>{t(label)}</span>
              <input
                type="number"
                inputmode="numeric"
                min="0"
                name={field}
                value={values()[field]}
                onInput={(event) => setValues({ ...values(), [field]: Number(event.currentTarget.value) })}
              />
            </label>
          )}
        </For>
      </div>
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

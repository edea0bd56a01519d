// The support-request due days, one number per category, saved together under their version.
import { createSignal, Index } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t, type MessageKey } from '../../i18n/index.ts'
import { FormError } from '../../components/form-error.tsx'
import { sendOnline } from '../../urql/send-online.ts'
import type { ResultOf } from '../../graphql.ts'
import { SaveSettings, type SettingsFields } from './documents.ts'

type SupportDue = ResultOf<typeof SettingsFields>['supportDue']
type Category = SupportDue['days'][number]['category']

export function SupportDueForm(props: { supportDue: SupportDue; onSaved: () => void }) {
  const [days, setDays] = createSignal(
    props.supportDue.days.map(({ category, workingDays }) => ({ category, workingDays })),
  )
  const [error, setError] = createSignal<string>()
  const [note, setNote] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)
  const change = (category: Category, workingDays: number) =>
    setDays(days().map((row) => (row.category === category ? { category, workingDays } : row)))

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    if (busy()) return
    setBusy(true)
    setError(undefined)
    setNote(undefined)
    const sent = await sendOnline(
      SaveSettings,
      { input: { clientMutationId: uuidv7(), supportDue: { version: props.supportDue.version, days: days() } } },
      t('office.settings.online'),
    )
    setBusy(false)
    if (!sent.ok) return setError(sent.message)
    setNote(t('office.settings.saved'))
    props.onSaved()
  }

  return (
    <form class="settings-form" onSubmit={(event) => void submit(event)} novalidate data-testid="support-due-form">
      <h2>{t('office.settings.supportDue')}</h2>
      <div class="settings-grid">
        <Index each={days()}>
          {(row) => (
            <label class="settings-number">
              <span>{t(`office.settings.category.${row().category}` as MessageKey)}</span>
              <input
                type="number"
                inputmode="numeric"
                min="1"
                name={row().category}
                value={row().workingDays}
                onInput={(event) => change(row().category, Number(event.currentTarget.value))}
              />
            </label>
          )}
        </Index>
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

// Saving one section of the office's settings, the same way for each form: online only, one save at a time,
// the server's refusal or a "saved" note under the form, and the screen told to read the settings again.
import { createSignal } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t } from '../../i18n/index.ts'
import { FormError } from '../../components/form-error.tsx'
import { sendOnline } from '../../urql/send-online.ts'
import { readFragment, type ResultOf, type VariablesOf } from '../../graphql.ts'
import { SaveSettings, SettingsFields } from './documents.ts'

type Section = Omit<VariablesOf<typeof SaveSettings>['input'], 'clientMutationId'>
export type SavedSettings = ResultOf<typeof SettingsFields>

export function createSettingsSave(onSaved: () => void) {
  const [error, setError] = createSignal<string>()
  const [note, setNote] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)

  /** Sends the section; the settings as saved, or null when refused (the reason is shown). */
  async function save(section: Section): Promise<SavedSettings | null> {
    if (busy()) return null
    setBusy(true)
    setError(undefined)
    setNote(undefined)
    const sent = await sendOnline(
      SaveSettings,
      { input: { clientMutationId: uuidv7(), ...section } },
      t('office.settings.online'),
    )
    setBusy(false)
    if (!sent.ok) {
      setError(sent.message)
      return null
    }
    setNote(t('office.settings.saved'))
    onSaved()
    return readFragment(SettingsFields, sent.data.updateSettings)
  }

  /** The refusal, the note and the save button, under each form. */
  const Footer = () => (
    <>
      <FormError message={error()} />
      <p class="settings-note" role="status">
        {note()}
      </p>
      <button type="submit" class="primary" disabled={busy()}>
        {busy() ? t('office.settings.saving') : t('office.settings.save')}
      </button>
    </>
  )

  return { save, Footer }
}

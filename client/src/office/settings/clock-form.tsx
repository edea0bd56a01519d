// The response clocks and the 三色 threshold: four numbers of days, saved together under their version.
import { createSignal, For } from 'solid-js'
import { t, type MessageKey } from '../../i18n/index.ts'
import type { ResultOf } from '../../graphql.ts'
import type { SettingsFields } from './documents.ts'
import { createSettingsSave } from './save.tsx'

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
  const { save, Footer } = createSettingsSave(() => props.onSaved())

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    const { __typename: _typename, ...clocks } = { ...values(), version: props.clocks.version } as Clocks & {
      __typename?: string
    }
    const saved = await save({ clocks })
    if (saved) setValues({ ...saved.clocks })
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
      <Footer />
    </form>
  )
}

// The support-request due days, one number per category, saved together under their version.
import { createSignal, Index } from 'solid-js'
import { t, type MessageKey } from '../../i18n/index.ts'
import type { ResultOf } from '../../graphql.ts'
import type { SettingsFields } from './documents.ts'
import { createSettingsSave } from './save.tsx'

type SupportDue = ResultOf<typeof SettingsFields>['supportDue']
type Category = SupportDue['days'][number]['category']

export function SupportDueForm(props: { supportDue: SupportDue; onSaved: () => void }) {
  const [days, setDays] = createSignal(
    props.supportDue.days.map(({ category, workingDays }) => ({ category, workingDays })),
  )
  const { save, Footer } = createSettingsSave(() => props.onSaved())
  const change = (category: Category, workingDays: number) =>
    setDays(days().map((row) => (row.category === category ? { category, workingDays } : row)))

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    await save({ supportDue: { version: props.supportDue.version, days: days() } })
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
      <Footer />
    </form>
  )
}

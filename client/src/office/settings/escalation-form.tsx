// The escalation chain beyond the talent office (分管县领导, 县委督查室 …): each level a name, a unit and the working
// days after the previous level, at most five, saved whole under its version. Online only, like every setting.
import { createSignal, For, Index, Show } from 'solid-js'
import { t } from '../../i18n/index.ts'
import type { ResultOf } from '../../graphql.ts'
import type { SettingsFields } from './documents.ts'
import { createSettingsSave } from './save.tsx'

type Escalation = ResultOf<typeof SettingsFields>['escalation']
type Level = Escalation['levels'][number]
const maxLevels = 5

export function EscalationForm(props: {
  escalation: Escalation
  units: readonly { uuid: string; name: string }[]
  onSaved: () => void
}) {
  const [levels, setLevels] = createSignal<Level[]>(
    props.escalation.levels.map(({ label, unitId, afterWorkingDays }) => ({ label, unitId, afterWorkingDays })),
  )
  const { save, Footer } = createSettingsSave(() => props.onSaved())
  const change = (index: number, values: Partial<Level>) =>
    setLevels(levels().map((level, at) => (at === index ? { ...level, ...values } : level)))

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    await save({ escalation: { version: props.escalation.version, levels: levels() } })
  }

  return (
    <form class="settings-form" onSubmit={(event) => void submit(event)} novalidate data-testid="escalation-form">
      <h2>{t('office.settings.escalation')}</h2>
      <p class="settings-note">{t('office.settings.escalationHint')}</p>
      <Show when={levels().length > 0} fallback={<p class="settings-note">{t('office.settings.noLevels')}</p>}>
        <ol class="settings-levels">
          <Index each={levels()}>
            {(level, index) => (
              <li class="settings-grid">
                <label class="settings-number">
                  <span>{t('office.settings.levelLabel')}</span>
                  <input
                    name={`label-${index}`}
                    maxLength={20}
                    value={level().label}
                    onInput={(event) => change(index, { label: event.currentTarget.value })}
                  />
                </label>
                <label class="settings-number">
                  <span>{t('office.settings.levelUnit')}</span>
                  <select
                    name={`unit-${index}`}
                    value={level().unitId}
                    onChange={(event) => change(index, { unitId: event.currentTarget.value })}
                  >
                    <option value="">{t('office.settings.chooseUnit')}</option>
                    <For each={props.units}>{(unit) => <option value={unit.uuid}>{unit.name}</option>}</For>
                  </select>
                </label>
                <label class="settings-number">
                  <span>{t('office.settings.levelDays')}</span>
                  <input
                    type="number"
                    inputmode="numeric"
                    min="1"
                    max="30"
                    name={`days-${index}`}
                    value={level().afterWorkingDays}
                    onInput={(event) => change(index, { afterWorkingDays: Number(event.currentTarget.value) })}
                  />
                </label>
                <button
                  type="button"
                  onClick={() => setLevels(levels().filter((_, at) => at !== index))}
                  aria-label={t('office.settings.removeLevel', { n: String(index + 2) })}
                >
                  {t('office.settings.remove')}
                </button>
              </li>
            )}
          </Index>
        </ol>
      </Show>
      <button
        type="button"
        disabled={levels().length >= maxLevels}
        onClick={() => setLevels([...levels(), { label: '', unitId: '', afterWorkingDays: 3 }])}
      >
        {t('office.settings.addLevel')}
      </button>
      <Footer />
    </form>
  )
}

// One unit's targets in a form: a box per indicator that assesses its kind of unit (0 = 不考核), saved all
// at once or not at all.
import { createSignal, For } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t } from '../../i18n/index.ts'
import { Field } from '../../components/field.tsx'
import { FormError } from '../../components/form-error.tsx'
import { sendOnline } from '../../urql/send-online.ts'
import { OfficeSetTargets } from './documents.ts'
import { num, type Scheme, type Unit } from './scheme-data.ts'

export function UnitTargets(props: { scheme: Scheme; unit: Unit; onDone: (changed: boolean) => void }) {
  const indicators = props.scheme.indicators.filter((indicator) => indicator.unitKinds.includes(props.unit.kind))
  const [values, setValues] = createSignal<Record<string, string>>(
    Object.fromEntries(
      indicators.map((indicator) => {
        const target = indicator.targets.find((item) => item.unit.uuid === props.unit.uuid)
        return [indicator.uuid, target ? num(target.value) : '']
      }),
    ),
  )
  const [error, setError] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    if (busy()) return
    setError(undefined)
    // A box left empty is no target yet: it is not sent, rather than saved as 0 (不考核).
    const targets = indicators
      .filter((indicator) => values()[indicator.uuid]?.trim())
      .map((indicator) => ({
        indicatorId: indicator.uuid,
        unitId: props.unit.uuid,
        value: Number(values()[indicator.uuid]),
      }))
    setBusy(true)
    const sent = await sendOnline(
      OfficeSetTargets,
      { input: { clientMutationId: uuidv7(), schemeId: props.scheme.uuid, targets } },
      t('office.assessment.online'),
    )
    setBusy(false)
    if (!sent.ok) return setError(sent.message)
    props.onDone(true)
  }

  return (
    <form class="office-new" onSubmit={(event) => void submit(event)} data-testid="unit-targets">
      <h3>{t('office.targets.editTitle', { unit: props.unit.name })}</h3>
      <div class="office-grid">
        <For each={indicators}>
          {(indicator) => (
            <Field label={`${indicator.name}（${indicator.code}）`} for={`target-${indicator.code}`}>
              <input
                id={`target-${indicator.code}`}
                type="number"
                inputmode="decimal"
                step="any"
                min="0"
                value={values()[indicator.uuid] ?? ''}
                onInput={(event) => setValues({ ...values(), [indicator.uuid]: event.currentTarget.value })}
              />
            </Field>
          )}
        </For>
      </div>
      <FormError message={error()} />
      <div class="office-actions">
        <button type="submit" class="button button-primary" disabled={busy()}>
          {t('office.assessment.save')}
        </button>
        <button type="button" class="button" onClick={() => props.onDone(false)}>
          {t('office.assessment.cancel')}
        </button>
      </div>
    </form>
  )
}

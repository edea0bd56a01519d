// One indicator, new or changed: its code (the targets sheet's column), name, what it counts, weight, the
// kinds of unit it assesses and its 指标说明. A change is sent under the indicator's version.
import { createSignal, For } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t } from '../../i18n/index.ts'
import { Field } from '../../components/field.tsx'
import { FormError } from '../../components/form-error.tsx'
import { sendOnline } from '../../urql/send-online.ts'
import { OfficeCreateIndicator, OfficeUpdateIndicator } from './documents.ts'
import { assessedKinds, kindLabel, metricLabel, metrics, type AssessedKind, type Indicator } from './scheme-data.ts'

export function IndicatorForm(props: {
  schemeId: string
  indicator: Indicator | null
  onDone: (changed: boolean) => void
}) {
  const from = props.indicator
  const [code, setCode] = createSignal(from?.code ?? '')
  const [name, setName] = createSignal(from?.name ?? '')
  const [metric, setMetric] = createSignal<Indicator['metric']>(from?.metric ?? 'LEADS_LOGGED')
  const [weight, setWeight] = createSignal(from ? String(from.weight) : '')
  const [kinds, setKinds] = createSignal<AssessedKind[]>(
    (from?.unitKinds.filter((kind) => kind !== 'OFFICE') as AssessedKind[]) ?? ['PARK', 'TOWN'],
  )
  const [note, setNote] = createSignal(from?.note ?? '')
  const [error, setError] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    if (busy()) return
    setBusy(true)
    setError(undefined)
    const fields = {
      code: code(),
      name: name(),
      metric: metric(),
      weight: weight().trim() === '' ? Number.NaN : Number(weight()),
      unitKinds: kinds(),
      note: note().trim() || null,
    }
    const sent = from
      ? await sendOnline(
          OfficeUpdateIndicator,
          { input: { clientMutationId: uuidv7(), id: from.uuid, version: from.version, ...fields } },
          t('office.assessment.online'),
        )
      : await sendOnline(
          OfficeCreateIndicator,
          { input: { clientMutationId: uuidv7(), id: uuidv7(), schemeId: props.schemeId, ...fields } },
          t('office.assessment.online'),
        )
    setBusy(false)
    if (!sent.ok) return setError(sent.message)
    props.onDone(true)
  }

  const toggle = (kind: AssessedKind, on: boolean) =>
    setKinds(on ? [...kinds().filter((k) => k !== kind), kind] : kinds().filter((k) => k !== kind))

  return (
    <form class="office-new" onSubmit={(event) => void submit(event)} data-testid="indicator-form">
      <h3>{from ? t('office.assessment.editIndicator', { code: from.code }) : t('office.assessment.addIndicator')}</h3>
      <Field label={t('office.assessment.code')} for="indicator-code" hint={t('office.assessment.codeHint')}>
        <input
          id="indicator-code"
          autocapitalize="characters"
          autocomplete="off"
          value={code()}
          onInput={(event) => setCode(event.currentTarget.value)}
        />
      </Field>
      <Field label={t('office.assessment.indicatorName')} for="indicator-name">
        <input id="indicator-name" value={name()} onInput={(event) => setName(event.currentTarget.value)} />
      </Field>
      <Field label={t('office.assessment.metric')} for="indicator-metric">
        <select
          id="indicator-metric"
          value={metric()}
          onChange={(event) => setMetric(event.currentTarget.value as Indicator['metric'])}
        >
          <For each={metrics}>{(choice) => <option value={choice}>{metricLabel(choice)}</option>}</For>
        </select>
      </Field>
      <Field label={t('office.assessment.weight')} for="indicator-weight">
        <input
          id="indicator-weight"
          type="number"
          inputmode="decimal"
          step="any"
          value={weight()}
          onInput={(event) => setWeight(event.currentTarget.value)}
        />
      </Field>
      <fieldset>
        <legend>{t('office.assessment.unitKinds')}</legend>
        <For each={assessedKinds}>
          {(kind) => (
            <label class="office-choice">
              <input
                type="checkbox"
                checked={kinds().includes(kind)}
                onChange={(event) => toggle(kind, event.currentTarget.checked)}
              />
              {kindLabel(kind)}
            </label>
          )}
        </For>
      </fieldset>
      <Field label={t('office.assessment.note')} for="indicator-note">
        <textarea id="indicator-note" rows={3} value={note()} onInput={(event) => setNote(event.currentTarget.value)} />
      </Field>
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

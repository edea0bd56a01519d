// The scheme's name and bonus rates: over-completion (rate and cap) and the 双招双引 points per class A/B/C
// with their cap per unit, and the youth age limit. Saved under the scheme's version.
import { createSignal, For } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t, type MessageKey } from '../../i18n/index.ts'
import { Field } from '../../components/field.tsx'
import { FormError } from '../../components/form-error.tsx'
import { sendOnline } from '../../urql/send-online.ts'
import { OfficeUpdateScheme } from './documents.ts'
import type { Scheme } from './scheme-data.ts'

const rateFields = [
  'overBonusRate',
  'overBonusCapRatio',
  'classBonusA',
  'classBonusB',
  'classBonusC',
  'classBonusCap',
  'youthAgeLimit',
] as const
type RateField = (typeof rateFields)[number]

/** An empty box is sent as null, which the server refuses in words, rather than as a silent 0. */
const numberOf = (text: string) => (text.trim() === '' ? null : Number(text))

export function Rates(props: { scheme: Scheme; onChanged: () => void }) {
  const [name, setName] = createSignal(props.scheme.name)
  const [values, setValues] = createSignal(
    Object.fromEntries(rateFields.map((field) => [field, String(props.scheme[field])])) as Record<RateField, string>,
  )
  const [error, setError] = createSignal<string>()
  const [saved, setSaved] = createSignal(false)
  const [busy, setBusy] = createSignal(false)

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    // A second click would carry the same version and come back a conflict.
    if (busy()) return
    setBusy(true)
    setError(undefined)
    setSaved(false)
    const rates = Object.fromEntries(rateFields.map((field) => [field, numberOf(values()[field])]))
    const sent = await sendOnline(
      OfficeUpdateScheme,
      {
        input: {
          clientMutationId: uuidv7(),
          id: props.scheme.uuid,
          version: props.scheme.version,
          name: name(),
          ...(rates as Record<RateField, number>),
        },
      },
      t('office.assessment.online'),
    )
    setBusy(false)
    if (!sent.ok) return setError(sent.message)
    setSaved(true)
    props.onChanged()
  }

  return (
    <form class="office-new office-rates" onSubmit={(event) => void submit(event)} data-testid="scheme-rates">
      <h2>{t('office.assessment.rates')}</h2>
      <Field label={t('office.assessment.name')} for="scheme-name">
        <input id="scheme-name" value={name()} onInput={(event) => setName(event.currentTarget.value)} />
      </Field>
      <div class="office-grid">
        <For each={rateFields}>
          {(field) => (
            <Field
              label={t(`office.assessment.${field}` as MessageKey)}
              for={`scheme-${field}`}
              hint={field === 'overBonusRate' ? t('office.assessment.overBonusRateHint') : undefined}
            >
              <input
                id={`scheme-${field}`}
                type="number"
                inputmode="decimal"
                step="any"
                value={values()[field]}
                onInput={(event) => setValues({ ...values(), [field]: event.currentTarget.value })}
              />
            </Field>
          )}
        </For>
      </div>
      <FormError message={error()} />
      <button type="submit" class="button button-primary" disabled={busy()}>
        {t('office.assessment.save')}
      </button>
      <span role="status" class="card-meta">
        {saved() ? t('office.assessment.saved') : ''}
      </span>
    </form>
  )
}

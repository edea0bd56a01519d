// The scheme's indicators: what each counts, its weight and 指标说明, the kinds of unit it assesses, and the
// weights' total (the office aims at a round 100). Added and changed in a form, deleted with a reason.
import { createSignal, For, Show } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t } from '../../i18n/index.ts'
import { FormError } from '../../components/form-error.tsx'
import { sendOnline } from '../../urql/send-online.ts'
import { OfficeDeleteIndicator } from './documents.ts'
import { IndicatorForm } from './indicator-form.tsx'
import { kindLabel, metricLabel, num, type Indicator, type Scheme } from './scheme-data.ts'

export function Indicators(props: { scheme: Scheme; onChanged: () => void }) {
  const [editing, setEditing] = createSignal<Indicator | 'new' | null>(null)
  const [deleting, setDeleting] = createSignal<Indicator | null>(null)
  const [reason, setReason] = createSignal('')
  const [error, setError] = createSignal<string>()
  const total = () => props.scheme.indicators.reduce((sum, indicator) => sum + indicator.weight, 0)

  async function remove(indicator: Indicator) {
    setError(undefined)
    const sent = await sendOnline(
      OfficeDeleteIndicator,
      { input: { clientMutationId: uuidv7(), id: indicator.uuid, version: indicator.version, reason: reason() } },
      t('office.assessment.online'),
    )
    if (!sent.ok) return setError(sent.message)
    setDeleting(null)
    props.onChanged()
  }

  return (
    <section data-testid="indicators">
      <h2>{t('office.assessment.indicators')}</h2>
      <table class="office-table office-grid-table">
        <thead>
          <tr>
            <th scope="col">{t('office.assessment.code')}</th>
            <th scope="col">{t('office.assessment.indicatorName')}</th>
            <th scope="col">{t('office.assessment.metric')}</th>
            <th scope="col">{t('office.assessment.weight')}</th>
            <th scope="col">{t('office.assessment.unitKinds')}</th>
            <th scope="col">{t('office.assessment.note')}</th>
            <th scope="col">{t('office.assessment.actions')}</th>
          </tr>
        </thead>
        <tbody>
          <For
            each={props.scheme.indicators}
            fallback={
              <tr>
                <td colSpan={7}>{t('office.assessment.noIndicators')}</td>
              </tr>
            }
          >
            {(indicator) => (
              <tr data-testid="indicator-row" data-code={indicator.code}>
                <td>{indicator.code}</td>
                <td>{indicator.name}</td>
                <td>{metricLabel(indicator.metric)}</td>
                <td class="number">{num(indicator.weight)}</td>
                <td>{indicator.unitKinds.map(kindLabel).join('、')}</td>
                <td>{indicator.note ?? ''}</td>
                <td class="office-actions">
                  <button type="button" onClick={() => setEditing(indicator)}>
                    {t('office.assessment.edit')}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      setReason('')
                      setDeleting(indicator)
                    }}
                  >
                    {t('office.assessment.delete')}
                  </button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={7} data-testid="weight-total">
              {t('office.assessment.weightTotal', { total: num(total()) })}
            </td>
          </tr>
        </tfoot>
      </table>
      <Show when={deleting()}>
        {(indicator) => (
          <form
            class="office-new"
            onSubmit={(event) => {
              event.preventDefault()
              void remove(indicator())
            }}
          >
            <label for="indicator-delete-reason">
              {t('office.assessment.deleteReason', { code: indicator().code })}
            </label>
            <input
              id="indicator-delete-reason"
              value={reason()}
              onInput={(event) => setReason(event.currentTarget.value)}
            />
            <div class="office-actions">
              <button type="submit" class="button button-danger">
                {t('office.assessment.confirmDelete')}
              </button>
              <button type="button" class="button" onClick={() => setDeleting(null)}>
                {t('office.assessment.cancel')}
              </button>
            </div>
          </form>
        )}
      </Show>
      <FormError message={error()} />
      <Show
        when={editing()}
        keyed
        fallback={
          <button type="button" class="button" onClick={() => setEditing('new')}>
            {t('office.assessment.addIndicator')}
          </button>
        }
      >
        {(current) => (
          <IndicatorForm
            schemeId={props.scheme.uuid}
            indicator={current === 'new' ? null : current}
            onDone={(changed) => {
              setEditing(null)
              if (changed) props.onChanged()
            }}
          />
        )}
      </Show>
    </section>
  )
}

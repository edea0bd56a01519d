// The 人才投入 form: checked on the phone, then queued in the outbox, so it saves with no network.
import { createSignal, Show } from 'solid-js'
import { t } from '../i18n/index.ts'
import { Field } from '../components/field.tsx'
import { FormError } from '../components/form-error.tsx'
import { createOutboxForm } from '../components/outbox-form.ts'
import { countyToday } from '../staff/dates.ts'
import { emptySpending, recordSpendingWrite, validateSpending } from './spending-form.ts'

export function SpendingEntry(props: { unitId: string | null }) {
  const [saved, setSaved] = createSignal(false)
  const { setForm, bind, error, saveError, busy, submit } = createOutboxForm({
    fields: emptySpending(countyToday()),
    idPrefix: 'spending',
    validate: (fields) => validateSpending(fields, countyToday()),
    writes: (fields, me) => recordSpendingWrite(fields, props.unitId, me.id),
    onQueued: () => {
      setForm({ amount: '', purpose: '' })
      setSaved(true)
    },
  })
  return (
    <form class="office-new" onSubmit={(event) => void submit(event)} novalidate data-testid="spending-form">
      <h2 class="section-title">{t('manager.spending.new')}</h2>
      <Field label={t('manager.spending.spentOn')} for="spending-spentOn" required error={error('spentOn')}>
        <input {...bind('spentOn')} type="date" max={countyToday()} />
      </Field>
      <Field
        label={t('manager.spending.amount')}
        for="spending-amount"
        required
        hint={t('manager.spending.amountHint')}
        error={error('amount')}
      >
        <input {...bind('amount')} inputmode="decimal" autocomplete="off" />
      </Field>
      <Field label={t('manager.spending.purpose')} for="spending-purpose" required error={error('purpose')}>
        <input {...bind('purpose')} autocomplete="off" />
      </Field>
      <FormError message={saveError()} />
      <button type="submit" class="button button-primary" disabled={busy()} data-testid="save-spending">
        {t('manager.spending.submit')}
      </button>
      {/* Always in the page, so that screen readers announce what is put in it. */}
      <p class="card-meta" role="status" data-testid="spending-saved">
        <Show when={saved()}>{t('manager.spending.saved')}</Show>
      </p>
    </form>
  )
}

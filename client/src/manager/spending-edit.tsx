// Correcting one 人才投入 record, or removing it with a reason: checked here by the entry form's rules, then
// queued in the outbox on the version the list shows (with the user's own waiting writes counted), so it works
// offline like the entry itself. The server keeps the removed record's last values and the reason in the audit
// log. Each form sits in a row of its own under the record it changes.
import { countyToday } from '../staff/dates.ts'
import { t } from '../i18n/index.ts'
import { Field } from '../components/field.tsx'
import { FormError } from '../components/form-error.tsx'
import { createOutboxForm } from '../components/outbox-form.ts'
import { deleteSpendingWrite, updateSpendingWrite, validateSpending } from './spending-form.ts'
import type { SpendingRow } from './spending-rows.ts'

interface Props {
  row: SpendingRow
  onDone: () => void
}

export function SpendingEdit(props: Props) {
  const { spentOn, amount, purpose } = props.row
  const { bind, error, saveError, busy, submit } = createOutboxForm({
    fields: { spentOn, amount, purpose },
    idPrefix: `spending-${props.row.uuid}`,
    validate: (fields) => validateSpending(fields, countyToday()),
    writes: (fields, me) => {
      const write = updateSpendingWrite(props.row, fields, me.id)
      if (!write) props.onDone()
      return write
    },
    onQueued: () => props.onDone(),
  })
  return (
    <form
      class="spending-change"
      onSubmit={(event) => void submit(event)}
      novalidate
      aria-label={t('manager.spending.editOf', { purpose: props.row.purpose })}
      data-testid="spending-edit"
    >
      <Field label={t('manager.spending.spentOn')} for={bind('spentOn').id} required error={error('spentOn')}>
        <input {...bind('spentOn')} type="date" max={countyToday()} />
      </Field>
      <Field label={t('manager.spending.amount')} for={bind('amount').id} required error={error('amount')}>
        <input {...bind('amount')} inputmode="decimal" autocomplete="off" />
      </Field>
      <Field label={t('manager.spending.purpose')} for={bind('purpose').id} required error={error('purpose')}>
        <input {...bind('purpose')} autocomplete="off" />
      </Field>
      <FormError message={saveError()} />
      <div class="office-actions">
        <button type="submit" class="button button-small button-primary" disabled={busy()}>
          {t('manager.spending.saveEdit')}
        </button>
        <button type="button" class="button button-small" onClick={() => props.onDone()}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}

export function SpendingRemove(props: Props) {
  const { bind, error, saveError, busy, submit } = createOutboxForm({
    fields: { reason: '' },
    idPrefix: `spending-${props.row.uuid}`,
    validate: (fields) => ({
      reason: fields.reason.trim() ? undefined : ('manager.spending.error.reason' as const),
    }),
    writes: (fields, me) => deleteSpendingWrite(props.row, fields.reason, me.id),
    onQueued: () => props.onDone(),
  })
  return (
    <form
      class="spending-change"
      onSubmit={(event) => void submit(event)}
      novalidate
      aria-label={t('manager.spending.removeOf', { purpose: props.row.purpose })}
      data-testid="spending-remove"
    >
      <p>{t('manager.spending.removeWhat', { purpose: props.row.purpose, amount: props.row.amount })}</p>
      <Field label={t('manager.spending.reason')} for={bind('reason').id} required error={error('reason')}>
        <input {...bind('reason')} maxLength={500} autocomplete="off" />
      </Field>
      <FormError message={saveError()} />
      <div class="office-actions">
        <button type="submit" class="button button-small button-danger" disabled={busy()}>
          {t('manager.spending.confirmRemove')}
        </button>
        <button type="button" class="button button-small" onClick={() => props.onDone()}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}

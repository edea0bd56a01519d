// The 人才投入 form's checks (the server's are in server/src/domain/talent-spending.ts, the amount rule and
// the purpose's length shared through @talent/rules/spending) and the outbox writes it makes: a new record, a
// change of one (on the version the list shows), a removal with its reason.
import { uuidv7 } from 'uuidv7'
import { spendingAmountOk, spendingLimits } from '@talent/rules/spending'
import type { Problem } from '../components/form-helpers.ts'
import type { WriteOf } from '../outbox/types.ts'
import { outboxWrite } from '../outbox/write.ts'
import type { SpendingRow } from './spending-rows.ts'

export interface SpendingForm {
  /** YYYY-MM-DD, the county's day. */
  spentOn: string
  amount: string
  purpose: string
}

export type SpendingErrors = Partial<Record<keyof SpendingForm, Problem>>

export const emptySpending = (today: string): SpendingForm => ({ spentOn: today, amount: '', purpose: '' })

export function validateSpending(form: SpendingForm, today: string): SpendingErrors {
  const errors: SpendingErrors = {}
  if (!form.spentOn) errors.spentOn = { key: 'manager.spending.error.date' }
  else if (form.spentOn > today) errors.spentOn = { key: 'manager.spending.error.future' }
  if (!spendingAmountOk(form.amount)) errors.amount = { key: 'manager.spending.error.amount' }
  const purpose = form.purpose.trim()
  if (!purpose) errors.purpose = { key: 'manager.spending.error.purpose' }
  else if (purpose.length > spendingLimits.purpose)
    errors.purpose = { key: 'lead.error.tooLong', values: { max: spendingLimits.purpose } }
  return errors
}

/** The write of a form that passed validateSpending; `unitId` null: the user's own unit. */
export function recordSpendingWrite(
  form: SpendingForm,
  unitId: string | null,
  ownerId: string,
): WriteOf<'recordTalentSpending'> {
  const input = {
    clientMutationId: uuidv7(),
    id: uuidv7(),
    unitId,
    spentOn: form.spentOn,
    amount: form.amount.trim(),
    purpose: form.purpose.trim(),
  }
  return outboxWrite('recordTalentSpending', input, ownerId)
}

/** The change a valid form makes to `row`, naming only the fields that differ; null when none does. */
export function updateSpendingWrite(
  row: SpendingRow,
  form: SpendingForm,
  ownerId: string,
): WriteOf<'updateTalentSpending'> | null {
  const values = { spentOn: form.spentOn, amount: form.amount.trim(), purpose: form.purpose.trim() }
  const changed = {
    ...(values.spentOn !== row.spentOn ? { spentOn: values.spentOn } : {}),
    ...(Number(values.amount) !== Number(row.amount) ? { amount: values.amount } : {}),
    ...(values.purpose !== row.purpose ? { purpose: values.purpose } : {}),
  }
  if (!Object.keys(changed).length) return null
  const input = { clientMutationId: uuidv7(), id: row.uuid, version: row.version, ...changed }
  return outboxWrite('updateTalentSpending', input, ownerId)
}

/** The removal of `row`, with the reason the audit log keeps. */
export function deleteSpendingWrite(
  row: SpendingRow,
  reason: string,
  ownerId: string,
): WriteOf<'deleteTalentSpending'> {
  const input = { clientMutationId: uuidv7(), id: row.uuid, version: row.version, reason: reason.trim() }
  return outboxWrite('deleteTalentSpending', input, ownerId)
}

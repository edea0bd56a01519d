// The 人才投入 form's checks (the server's are in server/src/domain/talent-spending.ts, the amount rule and
// the purpose's length shared through @talent/rules/spending) and the outbox write it makes.
import { uuidv7 } from 'uuidv7'
import { spendingAmountOk, spendingLimits } from '@talent/rules/spending'
import type { Problem } from '../components/form-helpers.ts'
import type { OutboxEntryOf, WriteOf } from '../outbox/types.ts'
import { outboxWrite } from '../outbox/write.ts'

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

/** Spending still waiting in the outbox for `unitId` (null: the user's own), as the list shows it. */
export function pendingSpending(
  entries: readonly { operation: string | null }[],
  unitId: string | null,
): OutboxEntryOf<'recordTalentSpending'>['variables']['input'][] {
  return entries
    .filter((entry): entry is OutboxEntryOf<'recordTalentSpending'> => entry.operation === 'recordTalentSpending')
    .map((entry) => entry.variables.input)
    .filter((input) => (input.unitId ?? null) === unitId)
}

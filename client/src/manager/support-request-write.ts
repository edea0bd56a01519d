// A new support request as an outbox write, and the form's checks (the server's: a category, and a description
// no longer than @talent/rules/limits allows), so that a request logged offline is not refused later for a blank.
import { uuidv7 } from 'uuidv7'
import { supportRequestLimits } from '@talent/rules/limits'
import type { Problem } from '../components/form-helpers.ts'
import type { WriteOf } from '../outbox/types.ts'
import { outboxWrite } from '../outbox/write.ts'
import { endOfCountyDay } from '../staff/dates.ts'
import type { SupportCategory } from '../department/support-steps.ts'

export interface SupportRequestForm {
  category: SupportCategory | ''
  description: string
  departmentId: string
  /** YYYY-MM-DD, or empty for the default ten working days. */
  due: string
}

export type SupportRequestErrors = Partial<Record<keyof SupportRequestForm, Problem>>

export const emptySupportRequest = (): SupportRequestForm => ({
  category: '',
  description: '',
  departmentId: '',
  due: '',
})

export function validateSupportRequest(form: SupportRequestForm, today: string): SupportRequestErrors {
  const errors: SupportRequestErrors = {}
  if (!form.category) errors.category = { key: 'manager.request.error.category' }
  if (!form.description.trim()) errors.description = { key: 'manager.request.error.description' }
  else if (form.description.trim().length > supportRequestLimits.description)
    errors.description = { key: 'manager.request.error.tooLong', values: { max: supportRequestLimits.description } }
  if (form.due && form.due < today) errors.due = { key: 'manager.request.error.duePast' }
  return errors
}

/** Builds the write from a form that passed validation; the request's id is made here, on the phone. */
export function createSupportRequestWrite(
  projectUuid: string,
  form: SupportRequestForm & { category: SupportCategory },
  ownerId: string,
): WriteOf<'createSupportRequest'> {
  return outboxWrite(
    'createSupportRequest',
    {
      clientMutationId: uuidv7(),
      id: uuidv7(),
      projectId: projectUuid,
      category: form.category,
      description: form.description.trim(),
      departmentId: form.departmentId || null,
      // A due day lasts to its end in the county, as the server's default does.
      dueAt: form.due ? endOfCountyDay(form.due).toISOString() : null,
    },
    ownerId,
  )
}

// The follow-up form's checks (the server's are in server/src/domain/follow-up.ts, the lengths shared through
// @talent/rules/limits) and the write it makes.
import { followUpLimits } from '@talent/rules/limits'
import type { Problem } from '../components/form-helpers.ts'
import type { ActivityKind } from './labels.ts'
import type { LogActivityInput } from './project-writes.ts'
import { addDays, countyToday, endOfCountyDay, occurredAtFor } from './dates.ts'

export interface FollowUpForm {
  kind: ActivityKind | ''
  /** YYYY-MM-DD, the county's day. */
  occurredOn: string
  summary: string
  nextStep: string
  nextFollowUpOn: string
}

export type FollowUpErrors = Partial<Record<keyof FollowUpForm, Problem>>

/** A follow-up made today, the next one due a week on. */
export const emptyFollowUp = (today: string): FollowUpForm => ({
  kind: '',
  occurredOn: today,
  summary: '',
  nextStep: '',
  nextFollowUpOn: addDays(today, 7),
})

export function validateFollowUp(form: FollowUpForm, now = new Date()): FollowUpErrors {
  const today = countyToday(now)
  const errors: FollowUpErrors = {}
  if (!form.kind) errors.kind = { key: 'staff.followUp.error.kind' }
  if (!form.occurredOn) errors.occurredOn = { key: 'staff.followUp.error.date' }
  else if (form.occurredOn > today) errors.occurredOn = { key: 'staff.followUp.error.future' }
  if (!form.summary.trim()) errors.summary = { key: 'staff.followUp.error.summary' }
  if (form.nextFollowUpOn && form.nextFollowUpOn < today)
    errors.nextFollowUpOn = { key: 'staff.followUp.error.nextBeforeToday' }
  for (const name of ['summary', 'nextStep'] as const) {
    const max = followUpLimits[name]
    if (!errors[name] && form[name].trim().length > max) errors[name] = { key: 'lead.error.tooLong', values: { max } }
  }
  return errors
}

/** The logActivity fields of a form that passed validateFollowUp. */
export function followUpFields(
  form: FollowUpForm,
  now = new Date(),
): Omit<LogActivityInput, 'clientMutationId' | 'id' | 'projectId'> {
  return {
    kind: form.kind || 'NOTE',
    occurredAt: occurredAtFor(form.occurredOn, now).toISOString(),
    summary: form.summary.trim(),
    nextStep: form.nextStep.trim() || null,
    nextFollowUpAt: form.nextFollowUpOn ? endOfCountyDay(form.nextFollowUpOn).toISOString() : null,
  }
}

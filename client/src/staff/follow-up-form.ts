// The follow-up form's checks (the server's are in server/src/domain/follow-up.ts, the lengths shared through
// @talent/rules/limits) and the writes it makes: a new follow-up, or the correction of one (only what changed).
import { followUpLimits } from '@talent/rules/limits'
import type { Problem } from '../components/form-helpers.ts'
import type { ActivityKind } from './labels.ts'
import type { EditActivityInput, LogActivityInput } from './project-writes.ts'
import { addDays, countyDate, countyToday, endOfCountyDay, occurredAtFor } from './dates.ts'

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

/**
 * What keeps the form from being saved. A correction (`before`, the follow-up as it was) may keep a next
 * follow-up day that has passed since: only a day newly chosen must not be before today.
 */
export function validateFollowUp(form: FollowUpForm, now = new Date(), before?: FollowUpForm): FollowUpErrors {
  const today = countyToday(now)
  const errors: FollowUpErrors = {}
  if (!form.kind) errors.kind = { key: 'staff.followUp.error.kind' }
  if (!form.occurredOn) errors.occurredOn = { key: 'staff.followUp.error.date' }
  else if (form.occurredOn > today) errors.occurredOn = { key: 'staff.followUp.error.future' }
  if (!form.summary.trim()) errors.summary = { key: 'staff.followUp.error.summary' }
  if (form.nextFollowUpOn && form.nextFollowUpOn < today && form.nextFollowUpOn !== before?.nextFollowUpOn)
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

/** A logged follow-up as the form shows it, its times as the county's days. */
export function followUpFormOf(activity: {
  kind: ActivityKind
  occurredAt: string
  summary: string
  nextStep?: string | null
  nextFollowUpAt?: string | null
}): FollowUpForm {
  return {
    kind: activity.kind,
    occurredOn: countyDate(activity.occurredAt),
    summary: activity.summary,
    nextStep: activity.nextStep ?? '',
    nextFollowUpOn: activity.nextFollowUpAt ? countyDate(activity.nextFollowUpAt) : '',
  }
}

export type FollowUpChanges = Omit<EditActivityInput, 'clientMutationId' | 'id' | 'version'>

/**
 * The editActivity fields the user changed from `before`; empty when nothing changed. The time of day is kept
 * unless the day itself changed, so a follow-up corrected only in its words keeps its place on the timeline.
 */
export function changedFollowUp(before: FollowUpForm, after: FollowUpForm, now = new Date()): FollowUpChanges {
  const was = followUpFields(before, now)
  const next = followUpFields(after, now)
  const changes: FollowUpChanges = {}
  if (after.kind !== before.kind) changes.kind = next.kind
  if (after.occurredOn !== before.occurredOn) changes.occurredAt = next.occurredAt
  if (next.summary !== was.summary) changes.summary = next.summary
  if (next.nextStep !== was.nextStep) changes.nextStep = next.nextStep
  if (after.nextFollowUpOn !== before.nextFollowUpOn) changes.nextFollowUpAt = next.nextFollowUpAt
  return changes
}

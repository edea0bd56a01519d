// What the forms share beside their outbox plumbing (outbox-form.ts): their problems and the focus on them.
import { t, type MessageKey } from '../i18n/index.ts'

export type Problem = { key: MessageKey; values?: Record<string, string | number> }
/** One field's problem: with values to fill in, or a message key alone. */
export type FieldProblem = Problem | MessageKey

export const problemText = (problem: FieldProblem | undefined) =>
  problem === undefined ? undefined : typeof problem === 'string' ? t(problem) : t(problem.key, problem.values)

/** True when a check found anything: a field's problem, or a sub-form (a group of fields) with one. */
export function hasProblems(errors: object): boolean {
  return Object.values(errors).some((problem: unknown) =>
    typeof problem === 'object' && problem !== null && !('key' in problem) ? hasProblems(problem) : Boolean(problem),
  )
}

/** Moves focus to the first field with an error (a radio group: its first radio). */
export function focusFirstInvalid() {
  const invalid = document.querySelector<HTMLElement>('[aria-invalid="true"]')
  const target = invalid instanceof HTMLFieldSetElement ? invalid.querySelector<HTMLElement>('input') : invalid
  target?.focus()
}

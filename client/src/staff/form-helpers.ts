// Small pieces the staff forms share.
import { t, type MessageKey } from '../i18n/index.ts'

export type Problem = { key: MessageKey; values?: Record<string, string | number> }

export const problemText = (problem: Problem | undefined) => (problem ? t(problem.key, problem.values) : undefined)

/** Moves focus to the first field with an error (a radio group: its first radio). */
export function focusFirstInvalid() {
  const invalid = document.querySelector<HTMLElement>('[aria-invalid="true"]')
  const target = invalid instanceof HTMLFieldSetElement ? invalid.querySelector<HTMLElement>('input') : invalid
  target?.focus()
}

export const saveFailedMessage = (failure: unknown) =>
  t('lead.error.saveFailed', { message: failure instanceof Error ? failure.message : String(failure) })

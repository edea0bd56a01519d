// The plumbing of every form that saves by queuing outbox writes: its fields and their inputs, the check
// before anything is queued (the first field in error takes the focus), one save at a time, the writes
// queued in their order, then the next screen; or, when nothing could be saved, why.
import { createSignal } from 'solid-js'
import { createStore } from 'solid-js/store'
import { enqueueWrite } from '../outbox/index.ts'
import type { NewWrite } from '../outbox/types.ts'
import { user, type SessionUser } from '../session/session.ts'
import { t } from '../i18n/index.ts'
import { focusFirstInvalid, hasProblems, problemText, type FieldProblem } from './form-helpers.ts'

/** The writes to queue, in order; or why not: words to show, or null when the screen has said it already. */
export type SaveOutcome = NewWrite | readonly NewWrite[] | string | null

/** The fields an <input> or <textarea> edits as typed. */
type TextField<Fields> = { [K in keyof Fields]: string extends Fields[K] ? K : never }[keyof Fields] & string
/** The fields whose check gives one problem (not a sub-form's group of them). */
type ProblemField<Errors> = {
  [K in keyof Errors]-?: Errors[K] extends FieldProblem | undefined ? K : never
}[keyof Errors]

export interface OutboxFormSpec<Fields extends object, Errors extends object> {
  /** The fields as the form opens. */
  fields: Fields
  /** Bound inputs' ids are `${idPrefix}-${name}`: the ids their labels name. */
  idPrefix?: string
  /** The problems that keep the form from being saved; none without it. */
  validate?: (fields: Fields) => Errors
  /** Run once the check passed, by the signed-in user. */
  writes: (fields: Fields, me: SessionUser) => SaveOutcome | Promise<SaveOutcome>
  /** The writes are in the outbox: where the user goes next. */
  onQueued: (fields: Fields) => void
}

export function createOutboxForm<Fields extends object, Errors extends object = Record<string, never>>(
  spec: OutboxFormSpec<Fields, Errors>,
) {
  const [form, setForm] = createStore<Fields>(spec.fields)
  const [errors, setErrors] = createSignal<Partial<Errors>>({})
  const [saveError, setSaveError] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    if (busy()) return
    const found = spec.validate?.(form) ?? {}
    setErrors(() => found)
    if (hasProblems(found)) return queueMicrotask(focusFirstInvalid)
    const me = user()
    if (!me) return setSaveError(t('common.signedOut'))
    setBusy(true)
    try {
      const outcome = await spec.writes(form, me)
      if (outcome === null) return
      if (typeof outcome === 'string') return setSaveError(outcome)
      // One at a time: the outbox sends them in the order they were stored, and a move must follow its records.
      for (const write of [outcome].flat()) await enqueueWrite(write)
      spec.onQueued(form)
    } catch (failure) {
      setSaveError(t('common.saveFailed', { message: failure instanceof Error ? failure.message : String(failure) }))
    } finally {
      setBusy(false)
    }
  }

  return {
    form,
    setForm,
    errors,
    /** The problem of one field, in words. */
    error: (name: ProblemField<Errors>) => problemText(errors()[name] as FieldProblem | undefined),
    /** The props that tie an <input> or <textarea> to a text field, its id and its problem. */
    bind: (name: TextField<Fields>) => ({
      id: spec.idPrefix ? `${spec.idPrefix}-${name}` : name,
      name,
      value: form[name] as string,
      'aria-invalid': Boolean((errors() as Record<string, unknown>)[name]),
      onInput: (event: InputEvent & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
        (setForm as (name: string, value: string) => void)(name, event.currentTarget.value),
    }),
    saveError,
    busy,
    submit,
  }
}

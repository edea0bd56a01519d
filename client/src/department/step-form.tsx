// The form of one step (a progress note, a resolution, a reason, a department, a score), queued in the
// outbox on submit with the version the request will have by then.
import { For, Show } from 'solid-js'
import type { MessageKey } from '../i18n/index.ts'
import { t } from '../i18n/index.ts'
import { outbox } from '../outbox/index.ts'
import { Field } from '../components/field.tsx'
import { createOutboxForm } from '../components/outbox-form.ts'
import { emptyStep, supportStepWrite, validateStep, type SupportStep } from './support-steps.ts'

const textLabel: Partial<Record<SupportStep, MessageKey>> = {
  assign: 'department.field.assignNote',
  reassign: 'department.field.reassignReason',
  progress: 'department.field.note',
  resolve: 'department.field.resolution',
  reject: 'department.field.rejectReason',
  reopen: 'department.field.reopenReason',
}

export interface StepTarget {
  uuid: string
  version: number
  departmentUuid: string | null
}

export function StepFormPanel(props: {
  step: SupportStep
  request: StepTarget
  departments: readonly { uuid: string; name: string }[]
  onDone: () => void
}) {
  const { form, setForm, bind, errors, error, saveError, busy, submit } = createOutboxForm({
    fields: emptyStep(),
    idPrefix: 'step',
    validate: (fields) => validateStep(props.step, fields, props.request.departmentUuid),
    writes: async (fields, me) =>
      supportStepWrite(props.step, props.request, fields, me.id, await outbox.entries(me.id)),
    onQueued: () => props.onDone(),
  })
  const choosesDepartment = () => props.step === 'assign' || props.step === 'reassign'
  const scores = () => (props.step === 'close' || props.step === 'rate' ? [1, 2, 3, 4, 5] : [])

  return (
    <form class="step-form" onSubmit={(event) => void submit(event)} novalidate data-testid={`step-form-${props.step}`}>
      <Show when={choosesDepartment()}>
        <Field
          label={t(props.step === 'assign' ? 'department.field.department' : 'department.field.reassignTo')}
          for="step-department"
          required
          error={error('departmentId')}
        >
          <select
            id="step-department"
            aria-invalid={Boolean(errors().departmentId)}
            value={form.departmentId}
            onChange={(event) => setForm('departmentId', event.currentTarget.value)}
          >
            <option value="">{t('department.field.choose')}</option>
            <For
              each={props.departments.filter(
                (unit) => props.step !== 'reassign' || unit.uuid !== props.request.departmentUuid,
              )}
            >
              {(unit) => <option value={unit.uuid}>{unit.name}</option>}
            </For>
          </select>
        </Field>
      </Show>
      <Show when={textLabel[props.step]}>
        {(label) => (
          <Field label={t(label())} for="step-text" required={props.step !== 'assign'} error={error('text')}>
            <textarea {...bind('text')} rows="3" />
          </Field>
        )}
      </Show>
      <Show when={scores().length}>
        <fieldset class="scores" aria-invalid={Boolean(errors().satisfaction)}>
          <legend>
            {t('department.field.satisfaction')}
            <Show when={props.step === 'rate'}>
              <span class="required" aria-hidden="true">
                {' '}
                *
              </span>
            </Show>
          </legend>
          <div class="score-row">
            <For each={scores()}>
              {(score) => (
                <label class="score">
                  <input
                    type="radio"
                    name="satisfaction"
                    value={score}
                    checked={form.satisfaction === score}
                    onChange={() => setForm('satisfaction', score)}
                  />
                  <span>{t('department.field.score', { score })}</span>
                </label>
              )}
            </For>
          </div>
          <Show
            when={error('satisfaction')}
            fallback={
              <Show when={props.step === 'close'}>
                <small class="hint">{t('department.field.satisfactionOptional')}</small>
              </Show>
            }
          >
            {(message) => (
              <small class="error" role="alert">
                {message()}
              </small>
            )}
          </Show>
        </fieldset>
      </Show>
      <Show when={saveError()}>
        {(message) => (
          <p class="form-error" role="alert">
            {message()}
          </p>
        )}
      </Show>
      <div class="row">
        <button type="button" class="button" onClick={() => props.onDone()}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="button button-primary button-grow" disabled={busy()}>
          {t(`department.action.${props.step}`)}
        </button>
      </div>
    </form>
  )
}

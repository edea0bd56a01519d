// The generic correction form of a refused write: one field per input the write carries, the server's
// message beside the field it names; sending puts it back in its place in the queue.
import { createSignal, For, Match, Show, Switch } from 'solid-js'
import { createStore } from 'solid-js/store'
import { useNavigate } from '@solidjs/router'
import { useClient } from '@urql/solid'
import { outbox, outboxEntries, type OutboxEntry } from '../outbox/index.ts'
import { t } from '../i18n/index.ts'
import { Field } from '../components/field.tsx'
import { inputOf } from '../outbox/overlay.ts'
import { entryTitle } from './describe.ts'
import { editableFields, fieldLabel, fromFormValue, toFormValue, type EditableField } from './fields.ts'

export function EntryForm(props: { entry: OutboxEntry }) {
  const navigate = useNavigate()
  const client = useClient()
  // The fields are read once: a form must not change under the user's thumbs when the queue moves.
  const input = inputOf(props.entry)
  const fields = editableFields(input)
  const [values, setValues] = createStore<Record<string, string | boolean>>(
    Object.fromEntries(fields.map((field) => [field.key, toFormValue(field, input[field.key])])),
  )
  const [busy, setBusy] = createSignal(false)
  const problemOf = (key: string) => props.entry.lastError?.problems?.find((problem) => problem.field === key)?.message
  const unplaced = () =>
    props.entry.lastError?.problems?.filter((problem) => !fields.some((field) => field.key === problem.field)) ?? []

  async function resend(event: SubmitEvent) {
    event.preventDefault()
    setBusy(true)
    const corrected = { ...input }
    for (const field of fields) corrected[field.key] = fromFormValue(field, values[field.key] ?? '')
    await outbox.amend(props.entry.seq, { ...props.entry.variables, input: corrected })
    navigate('/sync', { replace: true })
  }

  const bind = (field: EditableField) => ({
    id: `entry-${field.key}`,
    name: field.key,
    'aria-invalid': Boolean(problemOf(field.key)),
    'aria-describedby': problemOf(field.key) ? `entry-${field.key}-error` : undefined,
  })
  const onText = (key: string) => (event: { currentTarget: { value: string } }) =>
    setValues(key, event.currentTarget.value)

  return (
    <form class="content" onSubmit={(event) => void resend(event)} novalidate data-testid="entry-form">
      <h2 class="section-title">{entryTitle(props.entry, outboxEntries(), client)}</h2>
      <Show when={props.entry.lastError}>
        {(error) => (
          <p class="form-error" role="alert">
            {error().message} <code class="sync-code">{error().code}</code>
          </p>
        )}
      </Show>
      <For each={unplaced()}>
        {(problem) => (
          <p class="form-error">
            {fieldLabel(problem.field)}：{problem.message}
          </p>
        )}
      </For>
      <Show when={!fields.length}>
        <p class="hint">{t('sync.correct.nothingToEdit')}</p>
      </Show>
      <For each={fields}>
        {(field) => (
          <Field
            label={fieldLabel(field.key)}
            for={`entry-${field.key}`}
            error={problemOf(field.key)}
            hint={field.kind === 'list' ? t('sync.correct.listHint') : undefined}
          >
            <Switch fallback={<input {...bind(field)} value={String(values[field.key])} onInput={onText(field.key)} />}>
              <Match when={field.kind === 'textarea'}>
                <textarea {...bind(field)} rows="3" value={String(values[field.key])} onInput={onText(field.key)} />
              </Match>
              <Match when={field.kind === 'select'}>
                <select {...bind(field)} value={String(values[field.key])} onChange={onText(field.key)}>
                  <option value="">{t('sync.value.empty')}</option>
                  <For each={field.options}>{(option) => <option value={option.value}>{option.label}</option>}</For>
                </select>
              </Match>
              <Match when={field.kind === 'checkbox'}>
                <input
                  {...bind(field)}
                  type="checkbox"
                  checked={values[field.key] === true}
                  onChange={(event) => setValues(field.key, event.currentTarget.checked)}
                />
              </Match>
              <Match when={field.kind === 'number'}>
                <input
                  {...bind(field)}
                  type="number"
                  inputmode="decimal"
                  value={String(values[field.key])}
                  onInput={onText(field.key)}
                />
              </Match>
              <Match when={field.kind === 'date'}>
                <input {...bind(field)} type="date" value={String(values[field.key])} onInput={onText(field.key)} />
              </Match>
              <Match when={field.kind === 'datetime'}>
                <input
                  {...bind(field)}
                  type="datetime-local"
                  value={String(values[field.key])}
                  onInput={onText(field.key)}
                />
              </Match>
            </Switch>
          </Field>
        )}
      </For>
      <div class="action-bar action-bar-form">
        <button type="button" class="button" onClick={() => navigate('/sync')}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          class="button button-primary button-grow"
          disabled={busy()}
          data-testid="resend-corrected"
        >
          {t('sync.correct.submit')}
        </button>
      </div>
    </form>
  )
}

// A set of radio buttons drawn as large tiles (thumbs, not mouse pointers), with its error underneath.
import { For, Show } from 'solid-js'
import './staff.css'

export interface Choice<V extends string> {
  value: V
  label: string
  hint?: string
}

export function ChoiceGroup<V extends string>(props: {
  legend: string
  name: string
  choices: readonly Choice<V>[]
  value: V | ''
  onChange: (value: V) => void
  required?: boolean
  error?: string
  columns?: 1 | 2 | 3
}) {
  return (
    <fieldset
      class="field choice-group"
      classList={{ 'field-invalid': Boolean(props.error) }}
      aria-invalid={Boolean(props.error)}
    >
      <legend>
        {props.legend}
        <Show when={props.required}>
          <span class="required" aria-hidden="true">
            {' '}
            *
          </span>
        </Show>
      </legend>
      <div class={`choice-grid choice-cols-${props.columns ?? 3}`}>
        <For each={props.choices}>
          {(choice) => (
            <label class="choice" classList={{ 'choice-checked': props.value === choice.value }}>
              <input
                type="radio"
                name={props.name}
                value={choice.value}
                checked={props.value === choice.value}
                onChange={() => props.onChange(choice.value)}
              />
              <span class="choice-label">{choice.label}</span>
              <Show when={choice.hint}>{(hint) => <small class="choice-hint">{hint()}</small>}</Show>
            </label>
          )}
        </For>
      </div>
      <Show when={props.error}>
        {(error) => (
          <small class="error" role="alert">
            {error()}
          </small>
        )}
      </Show>
    </fieldset>
  )
}

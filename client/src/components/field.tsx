// A labelled form field with its error underneath; inputs are 48px tall for thumbs.
import { Show, type JSX } from 'solid-js'

export function Field(props: {
  label: string
  for: string
  required?: boolean
  hint?: string
  error?: string
  children: JSX.Element
}) {
  return (
    <div class="field" classList={{ 'field-invalid': Boolean(props.error) }}>
      <label for={props.for}>
        {props.label}
        <Show when={props.required}>
          <span class="required" aria-hidden="true">
            {' '}
            *
          </span>
        </Show>
      </label>
      {props.children}
      <Show
        when={props.error}
        fallback={<Show when={props.hint}>{(hint) => <small class="hint">{hint()}</small>}</Show>}
      >
        {(error) => (
          <small class="error" role="alert" id={`${props.for}-error`}>
            {error()}
          </small>
        )}
      </Show>
    </div>
  )
}

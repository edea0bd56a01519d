// A form's refusal, read out by screen readers as it appears; nothing when there is none.
import { Show } from 'solid-js'

export function FormError(props: { message: string | undefined }) {
  return (
    <Show when={props.message}>
      {(message) => (
        <p class="form-error" role="alert">
          {message()}
        </p>
      )}
    </Show>
  )
}

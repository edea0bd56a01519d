// A confirmation in the page (not window.confirm, which in-app browsers may suppress): says what will
// happen, cancel first and focused, the destructive action set apart.
import { onCleanup, onMount } from 'solid-js'
import { Portal } from 'solid-js/web'
import { t } from '../i18n/index.ts'

export function ConfirmDialog(props: {
  title: string
  body: string
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
}) {
  let cancel: HTMLButtonElement | undefined
  const previous = document.activeElement as HTMLElement | null
  const onKey = (event: KeyboardEvent) => event.key === 'Escape' && props.onCancel()
  onMount(() => {
    cancel?.focus()
    document.addEventListener('keydown', onKey)
  })
  onCleanup(() => {
    document.removeEventListener('keydown', onKey)
    previous?.focus?.()
  })
  // At the end of <body>: inside the sticky header it would sit under the bottom bar.
  return (
    <Portal>
      <div class="dialog-backdrop">
        <div
          class="dialog"
          role="alertdialog"
          aria-modal="true"
          aria-labelledby="confirm-title"
          aria-describedby="confirm-body"
        >
          <h2 id="confirm-title">{props.title}</h2>
          <p id="confirm-body">{props.body}</p>
          <div class="dialog-actions">
            <button type="button" class="button button-grow" ref={cancel} onClick={() => props.onCancel()}>
              {t('common.cancel')}
            </button>
            <button type="button" class="button button-danger button-grow" onClick={() => props.onConfirm()}>
              {props.confirmLabel}
            </button>
          </div>
        </div>
      </div>
    </Portal>
  )
}

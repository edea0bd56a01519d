// The talent office runs the escalation at once rather than waiting for the server's timer: every late request
// goes up to the office, and on up the chain set in 设置 where its working days have passed. Online only, like
// every office action; the answer says how many moved.
import { createSignal, Show } from 'solid-js'
import { graphql } from '../graphql.ts'
import { sendOnline } from '../urql/send-online.ts'
import { online } from '../network.ts'
import { t } from '../i18n/index.ts'
import { FormError } from '../components/form-error.tsx'

const EscalateOverdue = graphql(`
  mutation EscalateOverdue {
    escalateOverdueSupportRequests
  }
`)

export function EscalateNow(props: { onEscalated: () => void }) {
  const [busy, setBusy] = createSignal(false)
  const [error, setError] = createSignal<string>()
  const [note, setNote] = createSignal<string>()

  async function run() {
    if (busy()) return
    setBusy(true)
    setError(undefined)
    setNote(undefined)
    const sent = await sendOnline(EscalateOverdue, {}, t('department.escalated.online'))
    setBusy(false)
    if (!sent.ok) return setError(sent.message)
    const count = sent.data.escalateOverdueSupportRequests
    setNote(count > 0 ? t('department.escalated.ran', { count }) : t('department.escalated.ranNone'))
    props.onEscalated()
  }

  return (
    <section class="escalate-now" data-testid="escalate-now">
      <button
        type="button"
        class="button button-primary button-block"
        disabled={busy() || !online()}
        onClick={() => void run()}
      >
        {busy() ? t('department.escalated.running') : t('department.escalated.run')}
      </button>
      <Show when={note()}>
        <p class="notice" role="status">
          {note()}
        </p>
      </Show>
      <FormError message={error()} />
    </section>
  )
}

// 撤回同意: the talent no longer agrees to the use of their personal data (PIPL). Recorded with a note, online
// only: from then on the server masks the contact data for everyone and stops listing the talent's lead.
import { createSignal, Show } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t } from '../i18n/index.ts'
import { sendOnline } from '../urql/send-online.ts'
import { Field } from '../components/field.tsx'
import { WithdrawConsentMutation } from './talent-details-data.ts'

export function ConsentWithdrawal(props: { talentId: string }) {
  const [asking, setAsking] = createSignal(false)
  const [note, setNote] = createSignal('')
  const [error, setError] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)

  async function withdraw(event: SubmitEvent) {
    event.preventDefault()
    if (!note().trim()) return setError(t('staff.details.error.note'))
    setBusy(true)
    const input = { clientMutationId: uuidv7(), talentId: props.talentId, note: note().trim() }
    const sent = await sendOnline(WithdrawConsentMutation, { input }, t('staff.details.offline'))
    setBusy(false)
    if (!sent.ok) return setError(sent.message)
    setAsking(false)
  }

  return (
    <Show
      when={asking()}
      fallback={
        <button
          type="button"
          class="button button-block"
          onClick={() => setAsking(true)}
          data-testid="withdraw-consent"
        >
          {t('staff.details.withdraw')}
        </button>
      }
    >
      <form onSubmit={(event) => void withdraw(event)} novalidate>
        <Field
          label={t('staff.details.withdrawNote')}
          for="consent-note"
          required
          hint={t('staff.details.withdrawHint')}
          error={error()}
        >
          <input
            id="consent-note"
            value={note()}
            aria-invalid={Boolean(error())}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
        </Field>
        <div class="row">
          <button type="button" class="button" onClick={() => setAsking(false)}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            class="button button-primary button-grow"
            disabled={busy()}
            data-testid="confirm-withdraw"
          >
            {t('staff.details.withdrawSubmit')}
          </button>
        </div>
      </form>
    </Show>
  )
}

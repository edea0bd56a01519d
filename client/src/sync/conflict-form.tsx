// Someone else changed the record first. Each field where the two differ shows my value and the
// server's current one; the user picks, and the write goes again on the current version.
import { createSignal, For, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { useNavigate } from '@solidjs/router'
import { useClient } from '@urql/solid'
import { outbox, outboxEntries, type OutboxEntry } from '../outbox/index.ts'
import { t } from '../i18n/index.ts'
import { entryTitle } from './describe.ts'
import { conflictFields, currentOf, rebasedLaterWrites, resolvedVariables, type Choice } from './conflict.ts'
import { displayValue, fieldLabel } from './fields.ts'

export function ConflictForm(props: { entry: OutboxEntry }) {
  const navigate = useNavigate()
  const client = useClient()
  const fields = conflictFields(props.entry)
  const differing = fields.filter((field) => field.differs)
  const [choices, setChoices] = createStore<Record<string, Choice>>(
    Object.fromEntries(differing.map((field) => [field.key, 'mine' as Choice])),
  )
  const [busy, setBusy] = createSignal(false)
  const version = () => currentOf(props.entry)?.version

  async function resend(event: SubmitEvent) {
    event.preventDefault()
    setBusy(true)
    // The later writes move first: they stay behind this one until it is acknowledged.
    for (const later of rebasedLaterWrites(props.entry, outboxEntries())) await outbox.amend(later.seq, later.variables)
    await outbox.amend(props.entry.seq, resolvedVariables(props.entry, { ...choices }))
    navigate('/sync', { replace: true })
  }

  return (
    <form class="content" onSubmit={(event) => void resend(event)} data-testid="conflict-form">
      <h2 class="section-title">{entryTitle(props.entry, outboxEntries(), client)}</h2>
      <p class="notice" role="alert">
        {props.entry.lastError?.message}
      </p>
      <p class="hint">{t('sync.conflict.help', { version: String(version()) })}</p>
      <For each={differing}>
        {(field) => (
          <fieldset class="conflict-field" data-testid={`conflict-${field.key}`}>
            <legend>{fieldLabel(field.key)}</legend>
            <label class="conflict-option">
              <input
                type="radio"
                name={`choice-${field.key}`}
                value="mine"
                checked={choices[field.key] === 'mine'}
                onChange={() => setChoices(field.key, 'mine')}
              />
              <span>
                <small>{t('sync.conflict.mine')}</small>
                {displayValue(field.key, field.mine)}
              </span>
            </label>
            <label class="conflict-option">
              <input
                type="radio"
                name={`choice-${field.key}`}
                value="theirs"
                checked={choices[field.key] === 'theirs'}
                onChange={() => setChoices(field.key, 'theirs')}
              />
              <span>
                <small>{t('sync.conflict.theirs')}</small>
                {displayValue(field.key, field.theirs)}
              </span>
            </label>
          </fieldset>
        )}
      </For>
      <Show when={!differing.length}>
        <p class="conflict-same">{t('sync.conflict.noDifference')}</p>
      </Show>
      <Show when={fields.length > differing.length}>
        <p class="conflict-same">
          {t('sync.conflict.same', {
            fields: fields
              .filter((field) => !field.differs)
              .map((field) => fieldLabel(field.key))
              .join('、'),
          })}
        </p>
      </Show>
      <div class="action-bar action-bar-form">
        <button type="button" class="button" onClick={() => navigate('/sync')}>
          {t('common.cancel')}
        </button>
        <button type="submit" class="button button-primary button-grow" disabled={busy()} data-testid="resend-resolved">
          {t('sync.conflict.submit')}
        </button>
      </div>
    </form>
  )
}

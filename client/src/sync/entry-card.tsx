// One write waiting on the phone: what it is, the record it touches, since when, and where it stands;
// a refused one with the server's message and code, and what the user can do about it.
import { createSignal, For, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { useClient } from '@urql/solid'
import { isWaiting, outbox, outboxEntries, sendingSeq, type OutboxEntry } from '../outbox/index.ts'
import { operationName } from '../outbox/write.ts'
import { t } from '../i18n/index.ts'
import { entryTitle, operationLabel, recordLabel } from './describe.ts'
import { currentOf } from './conflict.ts'
import { fieldLabel } from './fields.ts'
import { ConfirmDialog } from '../components/confirm-dialog.tsx'

const sinceFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

function state(entry: OutboxEntry): { label: string; tag: string } {
  if (sendingSeq() === entry.seq) return { label: t('sync.state.sending'), tag: 'tag-sending' }
  if (entry.status === 'failed')
    return currentOf(entry)
      ? { label: t('sync.state.conflict'), tag: 'tag-failed' }
      : { label: t('sync.state.failed'), tag: 'tag-failed' }
  if (isWaiting(entry)) return { label: t('sync.state.blocked'), tag: 'tag-unsynced' }
  return { label: t('sync.state.waiting'), tag: 'tag-unsynced' }
}

export function EntryCard(props: { entry: OutboxEntry; position: number }) {
  const client = useClient()
  const [confirming, setConfirming] = createSignal(false)
  const title = () => entryTitle(props.entry, outboxEntries(), client)
  const failed = () => props.entry.status === 'failed'
  const conflict = () => Boolean(currentOf(props.entry))
  // Another unit follows this talent: the message says who, and no correction or resend changes that.
  const claimed = () => props.entry.lastError?.code === 'CLAIMED'
  const later = () =>
    outboxEntries().filter(
      (other) => other.seq > props.entry.seq && other.recordIds.some((id) => props.entry.recordIds.includes(id)),
    ).length
  const discardBody = () =>
    [t('sync.discard.body', { title: title() }), later() ? t('sync.discard.later', { count: later() }) : '']
      .join(' ')
      .trim()

  return (
    <li
      class="card sync-entry"
      classList={{ 'card-failed': failed(), 'card-pending': !failed() }}
      data-testid="sync-entry"
    >
      <div class="card-head">
        <h3 class="card-title">
          <span class="sync-position">{props.position}.</span> {title()}
        </h3>
        <span class={`tag ${state(props.entry).tag}`}>{state(props.entry).label}</span>
      </div>
      <Show when={recordLabel(props.entry, outboxEntries(), client)} keyed>
        {(record) => (
          <p class="card-meta">
            {operationLabel(operationName(props.entry))}
            {title().includes(record) ? '' : ` · ${record}`}
          </p>
        )}
      </Show>
      <p class="card-meta">
        {t('sync.since', { time: sinceFormat.format(new Date(props.entry.createdAt)) })}
        <Show when={props.entry.attempts > 0}> · {t('sync.attempts', { count: props.entry.attempts })}</Show>
      </p>
      <Show when={props.entry.lastError}>
        {(error) => (
          <div class="card-error" role={failed() ? 'alert' : undefined}>
            <p>
              {error().message}
              <Show when={!claimed()} fallback={<span class="sync-claimed-help">{t('sync.claimed.help')}</span>}>
                {' '}
                <code class="sync-code">{error().code}</code>
              </Show>
            </p>
            <Show when={error().problems?.length}>
              <ul class="sync-problems">
                <For each={error().problems}>
                  {(problem) => (
                    <li>
                      {fieldLabel(problem.field)}：{problem.message}
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </div>
        )}
      </Show>
      <Show when={failed()}>
        <div class="sync-actions">
          <Show when={!claimed()}>
            <A href={`/sync/${props.entry.seq}`} class="button button-small button-primary">
              {conflict() ? t('sync.action.resolve') : t('sync.action.correct')}
            </A>
          </Show>
          <Show when={!conflict() && !claimed()}>
            <button type="button" class="button button-small" onClick={() => void outbox.retry(props.entry.seq)}>
              {t('sync.action.resend')}
            </button>
          </Show>
          <button type="button" class="button button-small button-danger" onClick={() => setConfirming(true)}>
            {t('common.discard')}
          </button>
        </div>
      </Show>
      <Show when={confirming()}>
        <ConfirmDialog
          title={t('sync.discard.title')}
          body={discardBody()}
          confirmLabel={t('sync.discard.confirm')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false)
            void outbox.discard(props.entry.seq)
          }}
        />
      </Show>
    </li>
  )
}

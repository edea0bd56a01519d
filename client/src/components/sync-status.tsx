// 在线/离线, how many writes wait, and the failed ones with the server's reason: retry or discard.
import { createSignal, For, Show } from 'solid-js'
import { online } from '../network.ts'
import { failedEntries, outbox, outboxEntries, pendingCount, sendingSeq, type OutboxEntry } from '../outbox/index.ts'
import { leadOf, leadTitle } from '../lead/create-lead.ts'
import { t } from '../i18n/index.ts'

function entryTitle(entry: OutboxEntry): string {
  const lead = leadOf(entry.variables)
  return lead ? leadTitle(lead) : entry.operation
}

export function SyncStatus() {
  const [open, setOpen] = createSignal(false)
  const summary = () => {
    if (sendingSeq() !== null) return t('sync.syncing')
    if (failedEntries().length) return t('sync.failed', { count: failedEntries().length })
    if (pendingCount()) return t('sync.pending', { count: pendingCount() })
    return t('sync.allSynced')
  }
  return (
    <>
      <button
        type="button"
        class="pill"
        classList={{ 'pill-ok': online() && !pendingCount(), 'pill-warn': !online() || pendingCount() > 0, 'pill-bad': failedEntries().length > 0 }}
        data-testid="sync-status"
        aria-expanded={open()}
        onClick={() => setOpen(!open())}
      >
        <span class="dot" classList={{ 'dot-on': online() }} />
        {online() ? t('sync.online') : t('sync.offline')} · {summary()}
      </button>
      <Show when={open()}>
        <div class="popover sync-panel" role="dialog" aria-label={t('sync.details')}>
          <p>
            {online() ? t('sync.online') : t('sync.offline')} · {summary()}
          </p>
          <ul class="sync-list">
            <For each={outboxEntries()}>
              {(entry) => (
                <li classList={{ 'sync-failed': entry.status === 'failed' }}>
                  <span>{entry.lastError ? t('sync.failedItem', { title: entryTitle(entry), message: entry.lastError.message }) : entryTitle(entry)}</span>
                  <Show when={entry.status === 'failed'}>
                    <div class="row">
                      <button type="button" class="button button-small" onClick={() => void outbox.retry(entry.seq)}>
                        {t('common.retry')}
                      </button>
                      <button
                        type="button"
                        class="button button-small button-danger"
                        onClick={() => confirm(t('sync.discardConfirm')) && void outbox.discard(entry.seq)}
                      >
                        {t('common.discard')}
                      </button>
                    </div>
                  </Show>
                </li>
              )}
            </For>
          </ul>
          <button type="button" class="button button-quiet" onClick={() => setOpen(false)}>
            {t('common.close')}
          </button>
        </div>
      </Show>
    </>
  )
}

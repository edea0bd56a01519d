// The header's sync indicator: 在线/离线 and what waits; it opens 同步, where each write can be seen and handled.
import { A } from '@solidjs/router'
import { online } from '../network.ts'
import { failedEntries, outboxLoaded, pendingCount, sendingSeq } from '../outbox/index.ts'
import { t } from '../i18n/index.ts'

export function SyncStatus() {
  const summary = () => {
    if (!outboxLoaded()) return t('sync.status.reading')
    if (sendingSeq() !== null) return t('sync.syncing')
    if (failedEntries().length) return t('sync.failed', { count: failedEntries().length })
    if (pendingCount()) return t('sync.pending', { count: pendingCount() })
    return t('sync.allSynced')
  }
  return (
    <A
      href="/sync"
      class="pill"
      classList={{
        'pill-ok': outboxLoaded() && online() && !pendingCount(),
        'pill-warn': !online() || pendingCount() > 0,
        'pill-bad': failedEntries().length > 0,
      }}
      data-testid="sync-status"
      aria-live="polite"
    >
      <span class="dot" classList={{ 'dot-on': online() }} />
      {online() ? t('sync.online') : t('sync.offline')} · {summary()}
    </A>
  )
}

// 同步: everything the phone still holds for the server, in the order it will be sent; what is being
// sent now; what the server refused and why; and whether this phone is ready to work offline.
import { For, Show } from 'solid-js'
import { online } from '../network.ts'
import { failedEntries, outbox, outboxEntries, outboxLoaded, pendingCount, sendingSeq } from '../outbox/index.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { EntryCard } from './entry-card.tsx'
import { OfflineSection } from './offline-section.tsx'
import './sync.css'

export default function SyncScreen() {
  // A write the server refused waits for the user, not for the network: it is not counted as waiting to be sent.
  const waiting = () => pendingCount() - failedEntries().length
  const summary = () => {
    if (!outboxLoaded()) return t('sync.status.reading')
    if (!pendingCount()) return t('sync.screen.allSynced')
    if (!waiting()) return t('sync.screen.needsYou', { count: failedEntries().length })
    if (!online()) return t('sync.screen.offlineWaiting', { count: waiting() })
    if (sendingSeq() !== null) return t('sync.screen.sending', { count: waiting() })
    return t('sync.screen.waiting', { count: waiting() })
  }
  const canSendNow = () => online() && waiting() > 0 && sendingSeq() === null

  return (
    <div class="screen">
      <AppHeader title={t('sync.screen.title')} />
      <main class="content sync-screen">
        <section class="sync-summary" aria-live="polite" data-testid="sync-summary">
          <p>
            <strong>{online() ? t('sync.online') : t('sync.offline')}</strong> · {summary()}
          </p>
          <Show when={failedEntries().length}>
            <p class="sync-summary-bad">{t('sync.screen.failedHelp', { count: failedEntries().length })}</p>
          </Show>
          <Show when={canSendNow()}>
            <button type="button" class="button button-small" onClick={() => void outbox.wake()}>
              {t('sync.screen.sendNow')}
            </button>
          </Show>
        </section>

        <Show when={pendingCount()}>
          <h2 class="section-title">{t('sync.screen.queue', { count: pendingCount() })}</h2>
          <p class="hint">{t('sync.screen.queueHelp')}</p>
          <ol class="cards sync-queue" data-testid="sync-queue">
            <For each={outboxEntries()}>{(entry, index) => <EntryCard entry={entry} position={index() + 1} />}</For>
          </ol>
        </Show>

        <OfflineSection />
      </main>
    </div>
  )
}

// Whether this phone can be taken to the field: the app opens without signal, the browser keeps its
// storage, and — in a chat app's browser — how to move to one that does both.
import { Show } from 'solid-js'
import { offlineSupport, supportMessage } from '../pwa/offline-ready.ts'
import { inAppBrowser, isInstalled } from '../pwa/in-app-browser.ts'
import { persisted } from '../pwa/persist.ts'
import { t } from '../i18n/index.ts'
import { OfflineHelp } from '../shell/offline-help.tsx'
import { WorkingSetStatus } from '../working-set/working-set-status.tsx'

export function OfflineSection() {
  const ready = () => offlineSupport() === 'ready'
  return (
    <section class="offline-section" aria-labelledby="offline-title" data-testid="offline-section">
      <h2 id="offline-title" class="section-title">
        {t('sync.offline.title')}
      </h2>
      <div class="offline-status">
        <span
          class="status-chip"
          classList={{ 'status-ok': ready(), 'status-warn': !ready() && offlineSupport() !== 'installing' }}
          data-testid="offline-readiness"
        >
          {ready()
            ? t('offline.ready')
            : offlineSupport() === 'installing'
              ? t('offline.preparing')
              : t('offline.notReady')}
        </span>
        <Show when={persisted() !== null}>
          <span
            class="status-chip"
            classList={{ 'status-ok': persisted() === true, 'status-warn': persisted() === false }}
          >
            {persisted() ? t('sync.offline.persisted') : t('sync.offline.notPersisted')}
          </span>
        </Show>
        <Show when={isInstalled()}>
          <span class="status-chip status-ok">{t('sync.offline.installed')}</span>
        </Show>
      </div>
      <p>{supportMessage()}</p>
      <WorkingSetStatus />
      <Show when={inAppBrowser}>
        <p class="notice">{t('sync.inApp.body')}</p>
      </Show>
      <Show when={!ready() || inAppBrowser || !isInstalled()}>
        <OfflineHelp />
      </Show>
    </section>
  )
}

// 可离线 ✓/✗: whether this phone opens the app without signal (a service worker controls the page),
// so staff know before they go to the field; tapping it says why and, if not, what to do.
import { createSignal, lazy, Show } from 'solid-js'
import { offlineReady, supportMessage } from '../pwa/offline-ready.ts'
import { t } from '../i18n/index.ts'

// The how-to is read by few, and only once they tap the badge: it is not part of the first screen.
const OfflineHelp = lazy(() => import('../sync/offline-help.tsx').then((module) => ({ default: module.OfflineHelp })))

export function OfflineBadge() {
  const [open, setOpen] = createSignal(false)
  return (
    <>
      <button
        type="button"
        class="pill"
        classList={{ 'pill-ok': offlineReady(), 'pill-warn': !offlineReady() }}
        data-testid="offline-badge"
        aria-expanded={open()}
        onClick={() => setOpen(!open())}
      >
        {offlineReady() ? t('offline.ready') : t('offline.notReady')}
      </button>
      <Show when={open()}>
        <div class="popover" role="note">
          <p>{offlineReady() ? t('offline.readyHelp') : supportMessage()}</p>
          <Show when={!offlineReady()}>
            <OfflineHelp />
          </Show>
          <button type="button" class="button button-quiet button-small" onClick={() => setOpen(false)}>
            {t('common.close')}
          </button>
        </div>
      </Show>
    </>
  )
}

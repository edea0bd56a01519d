// 可离线 ✓/✗: whether this phone opens the app without signal (a service worker controls the page),
// so staff know before they go to the field; tapping it says why and, if not, what to do. While the first
// install is under way (a first visit, the login page) it says so, not ✗: nothing is wrong yet.
import { createSignal, lazy, Show } from 'solid-js'
import { offlineSupport, supportMessage } from '../pwa/offline-ready.ts'
import { t } from '../i18n/index.ts'

// The how-to is read by few, and only once they tap the badge: it is not part of the first screen.
const OfflineHelp = lazy(() => import('./offline-help.tsx').then((module) => ({ default: module.OfflineHelp })))

export function OfflineBadge() {
  const [open, setOpen] = createSignal(false)
  const support = () => offlineSupport()
  const label = () =>
    support() === 'ready'
      ? t('offline.ready')
      : support() === 'installing'
        ? t('offline.preparing')
        : t('offline.notReady')
  return (
    <>
      <button
        type="button"
        class="pill"
        classList={{
          'pill-ok': support() === 'ready',
          'pill-warn': support() !== 'ready' && support() !== 'installing',
        }}
        data-testid="offline-badge"
        aria-expanded={open()}
        onClick={() => setOpen(!open())}
      >
        {label()}
      </button>
      <Show when={open()}>
        <div class="popover" role="note">
          <p>{support() === 'ready' ? t('offline.readyHelp') : supportMessage()}</p>
          <Show when={support() !== 'ready' && support() !== 'installing'}>
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

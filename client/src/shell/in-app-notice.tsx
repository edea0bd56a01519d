// Shown on every screen in a chat app's browser (or one that runs no service worker): the app will not
// open without signal here, and what to do instead. It can be put aside for the rest of the visit.
import { createSignal, Show } from 'solid-js'
import { needsOfflineNotice } from '../pwa/offline-ready.ts'
import { inAppBrowser } from '../pwa/in-app-browser.ts'
import { t } from '../i18n/index.ts'
import { OfflineHelp } from './offline-help.tsx'
import '../sync/sync.css'

const dismissedKey = 'tp.inAppNoticeDismissed'

function wasDismissed(): boolean {
  try {
    return sessionStorage.getItem(dismissedKey) === '1'
  } catch {
    return false
  }
}

export function InAppBrowserNotice() {
  const [dismissed, setDismissed] = createSignal(wasDismissed())
  const [open, setOpen] = createSignal(false)
  const applies = () => needsOfflineNotice(inAppBrowser)
  const dismiss = () => {
    setDismissed(true)
    try {
      sessionStorage.setItem(dismissedKey, '1')
    } catch {
      // Then it shows again on the next page load, which is acceptable.
    }
  }
  return (
    <Show when={applies() && !dismissed()}>
      <aside class="in-app-notice" aria-label={t('sync.inApp.label')} data-testid="in-app-notice">
        <p>
          <strong>{inAppBrowser ? t('sync.inApp.title') : t('sync.inApp.noWorkerTitle')}</strong>{' '}
          {t('sync.inApp.short')}
        </p>
        <Show when={open()}>
          <OfflineHelp />
        </Show>
        <div class="row">
          <button type="button" class="button button-small" aria-expanded={open()} onClick={() => setOpen(!open())}>
            {open() ? t('sync.inApp.hide') : t('sync.inApp.how')}
          </button>
          <button type="button" class="button button-small button-quiet" onClick={dismiss}>
            {t('sync.inApp.later')}
          </button>
        </div>
      </aside>
    </Show>
  )
}

// A new build is waiting: ask before reloading, since a reload in the middle of a form loses it.
import { createEffect, onCleanup, Show } from 'solid-js'
import { useRegisterSW } from 'virtual:pwa-register/solid'
import { t } from '../i18n/index.ts'

export function ReloadPrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      // Look for a new version hourly: staff keep the app open for days.
      if (registration) setInterval(() => void registration.update(), 60 * 60 * 1000)
    },
  })
  async function update() {
    // workbox-window reloads only a page that a service worker already controlled when it loaded; a page
    // opened before the first install would go on running the old code under the new worker.
    navigator.serviceWorker?.addEventListener('controllerchange', () => location.reload(), { once: true })
    await updateServiceWorker(true)
  }
  // The offline-ready note is news once; the badge in the header keeps saying it.
  createEffect(() => {
    if (!offlineReady()) return
    const timer = setTimeout(() => setOfflineReady(false), 6_000)
    onCleanup(() => clearTimeout(timer))
  })
  return (
    <Show
      when={needRefresh()}
      fallback={
        <Show when={offlineReady()}>
          <div class="toast" role="status">
            <span>{t('update.offlineReady')}</span>
            <button class="button button-small button-quiet" type="button" onClick={() => setOfflineReady(false)}>
              {t('common.close')}
            </button>
          </div>
        </Show>
      }
    >
      <div class="toast" role="status">
        <span>{t('update.available')}</span>
        <button class="button button-small" type="button" onClick={() => void update()}>
          {t('update.reload')}
        </button>
        <button class="button button-small button-quiet" type="button" onClick={() => setNeedRefresh(false)}>
          {t('update.later')}
        </button>
      </div>
    </Show>
  )
}

// A new build is waiting: ask before reloading, since a reload in the middle of a form loses it.
import { createEffect, onCleanup, Show } from 'solid-js'
import { t } from '../i18n/index.ts'
import { registerServiceWorker } from './register-sw.ts'

export function ReloadPrompt() {
  const { needRefresh, setNeedRefresh, offlineReady, setOfflineReady, activateUpdate } = registerServiceWorker()
  function update() {
    // Reload once the new version controls the page, whether or not an older one controlled it before.
    navigator.serviceWorker?.addEventListener('controllerchange', () => location.reload(), { once: true })
    activateUpdate()
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
        <button class="button button-small" type="button" onClick={update}>
          {t('update.reload')}
        </button>
        <button class="button button-small button-quiet" type="button" onClick={() => setNeedRefresh(false)}>
          {t('update.later')}
        </button>
      </div>
    </Show>
  )
}

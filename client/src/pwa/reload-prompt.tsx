// A new build is waiting: ask before reloading, since a reload in the middle of a form loses it. And the
// first time this device becomes offline-ready, say so briefly at the top, where it covers no field.
import { createEffect, createSignal, on, onCleanup, Show } from 'solid-js'
import { t } from '../i18n/index.ts'
import { registerServiceWorker } from './register-sw.ts'
import { offlineReady, takeReadyAnnouncement } from './offline-ready.ts'

/** Long enough to read three words, short enough not to sit on the screen. */
export const readyToastMs = 4_000

export function ReloadPrompt() {
  const { needRefresh, setNeedRefresh, activateUpdate } = registerServiceWorker()
  const [announcing, setAnnouncing] = createSignal(false)
  function update() {
    // Reload once the new version controls the page, whether or not an older one controlled it before.
    navigator.serviceWorker?.addEventListener('controllerchange', () => location.reload(), { once: true })
    activateUpdate()
  }
  // The same truth as the header's badge (offline-ready.ts): said when it turns ✓, once per device; the
  // badge keeps saying it after.
  createEffect(
    on(offlineReady, (ready) => {
      if (!ready || !takeReadyAnnouncement()) return
      setAnnouncing(true)
      const timer = setTimeout(() => setAnnouncing(false), readyToastMs)
      onCleanup(() => clearTimeout(timer))
    }),
  )
  return (
    <>
      <Show when={announcing() && !needRefresh()}>
        <div class="toast toast-top" role="status" data-testid="offline-ready-toast">
          <span>{t('update.offlineReady')}</span>
        </div>
      </Show>
      <Show when={needRefresh()}>
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
    </>
  )
}

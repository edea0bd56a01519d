import { createSignal, Show } from 'solid-js'
import { offlineReady } from '../pwa/offline-ready.ts'
import { t } from '../i18n/index.ts'

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
        <div class="popover" role="note" onClick={() => setOpen(false)}>
          {offlineReady() ? t('offline.readyHelp') : t('offline.notReadyHelp')}
        </div>
      </Show>
    </>
  )
}

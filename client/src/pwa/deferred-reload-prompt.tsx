// The service worker's registration (workbox-window) and the update prompt load once the page has
// loaded: nothing on the first screen needs them, and on a slow phone they would delay it.
import { createSignal, lazy, Show } from 'solid-js'

const ReloadPrompt = lazy(() => import('./reload-prompt.tsx').then((module) => ({ default: module.ReloadPrompt })))

const [pageLoaded, setPageLoaded] = createSignal(document.readyState === 'complete')
if (!pageLoaded()) window.addEventListener('load', () => setPageLoaded(true), { once: true })

export function DeferredReloadPrompt() {
  return (
    <Show when={pageLoaded()}>
      <ReloadPrompt />
    </Show>
  )
}

// The service worker's registration and the update prompt start once the page has loaded: nothing on the
// first screen needs them, and on a slow phone they would compete with it.
import { createSignal, Show } from 'solid-js'
import { ReloadPrompt } from './reload-prompt.tsx'

const [pageLoaded, setPageLoaded] = createSignal(document.readyState === 'complete')
if (!pageLoaded()) window.addEventListener('load', () => setPageLoaded(true), { once: true })

export function DeferredReloadPrompt() {
  return (
    <Show when={pageLoaded()}>
      <ReloadPrompt />
    </Show>
  )
}

// What a screen shows instead of going blank when it cannot render: most often, offline, a screen whose code
// the phone has not stored yet (no service worker in control when it went offline). Solid's lazy() keeps a
// failed import, so the way out is a reload once there is signal, or another screen; nothing typed is lost
// (the outbox and the drafts live in IndexedDB).
import { createEffect, ErrorBoundary, on, type ParentProps } from 'solid-js'
import { A, useLocation } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { AppHeader } from './app-header.tsx'

/** A screen's code or its stylesheet that did not load: Vite's words, then Chromium's, Firefox's and Safari's. */
const chunkLoadFailure =
  /Unable to preload CSS|dynamically imported module|error loading dynamically|module script failed/i

export function isChunkLoadFailure(error: unknown): boolean {
  return chunkLoadFailure.test(error instanceof Error ? error.message : String(error))
}

export function ScreenError(props: { error: unknown; reset: () => void }) {
  // Another screen, chosen from the bottom bar, gets its own chance.
  const location = useLocation()
  createEffect(on(() => location.pathname, props.reset, { defer: true }))
  return (
    <div class="screen" data-testid="screen-error">
      <AppHeader title={t('screenError.title')} />
      <main class="content">
        <p class="empty">{isChunkLoadFailure(props.error) ? t('screenError.notStored') : t('screenError.failed')}</p>
        <button type="button" class="button button-primary button-block" onClick={() => window.location.reload()}>
          {t('screenError.reload')}
        </button>
        <A href="/" class="button button-quiet button-block">
          {t('screenError.home')}
        </A>
      </main>
    </div>
  )
}

export function ScreenErrorBoundary(props: ParentProps) {
  return (
    <ErrorBoundary
      fallback={(error, reset) => {
        console.error(error)
        return <ScreenError error={error} reset={reset} />
      }}
    >
      {props.children}
    </ErrorBoundary>
  )
}

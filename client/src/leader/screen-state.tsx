// What every leader screen says above its content: offline with the saved figures, the server's refusal,
// loading, or nothing saved to show offline.
import { Match, Switch, type JSX } from 'solid-js'
import { online } from '../network.ts'
import { t } from '../i18n/index.ts'

export interface ReadState {
  loading: () => boolean
  offline: () => boolean
  failed: () => string | null
  data: () => unknown
}

export function ScreenState(props: { read: ReadState; children: JSX.Element }) {
  return (
    <Switch fallback={props.children}>
      <Match when={props.read.failed()}>
        {(message) => <p class="form-error">{t('leader.loadFailed', { message: message() })}</p>}
      </Match>
      <Match when={props.read.loading()}>
        <p class="splash">{t('common.loading')}</p>
      </Match>
      <Match when={!props.read.data() && (props.read.offline() || !online())}>
        <p class="notice">{t('leader.offlineNothing')}</p>
      </Match>
    </Switch>
  )
}

/** Offline but showing what was saved: say so, so that nobody reads old figures as today's. */
export function OfflineNote(props: { shown: boolean }) {
  return (
    <Switch>
      <Match when={props.shown && !online()}>
        <p class="notice">{t('leader.offlineSaved')}</p>
      </Match>
    </Switch>
  )
}

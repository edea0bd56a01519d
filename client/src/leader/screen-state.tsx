// What every leader screen says above its content: offline with the saved figures, the server's refusal,
// loading, or nothing saved to show offline.
import { Match, Switch, type JSX } from 'solid-js'
import { online } from '../network.ts'
import { t } from '../i18n/index.ts'
import type { ReadState } from '../urql/read.ts'
import { SavedNote, Splash } from '../shell/read-state.tsx'

export function ScreenState(props: { read: ReadState; children: JSX.Element }) {
  return (
    <Switch fallback={props.children}>
      <Match when={props.read.failed()}>
        {(message) => <p class="form-error">{t('leader.loadFailed', { message: message() })}</p>}
      </Match>
      <Match when={props.read.loading()}>
        <Splash />
      </Match>
      <Match when={!props.read.data() && (props.read.offline() || !online())}>
        <p class="notice">{t('leader.offlineNothing')}</p>
      </Match>
    </Switch>
  )
}

/** Offline but showing the saved figures: the leader's words for it. */
export function OfflineNote(props: { shown: boolean }) {
  return <SavedNote shown={props.shown} text={t('leader.offlineSaved')} />
}

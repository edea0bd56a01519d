// What a screen says of its read beside what it shows: the wait for the first answer, the saved answer shown
// offline, and the server's refusal, which each screen words in its own sentence. The app shell shows the same
// splash while the session loads, so these load with it rather than with each screen.
import { Show } from 'solid-js'
import { online } from '../network.ts'
import { t } from '../i18n/index.ts'
import type { ReadState } from '../urql/read.ts'

export function Splash() {
  return <p class="splash">{t('common.loading')}</p>
}

/** Offline but showing what was saved: say so, so that nobody reads old data as today's. */
export function SavedNote(props: { shown: boolean; text: string }) {
  return (
    <Show when={props.shown && !online()}>
      <p class="notice">{props.text}</p>
    </Show>
  )
}

/** The server refused the read (a phone out of reach is no refusal): its words, in the screen's sentence. */
export function LoadFailed(props: { read: Pick<ReadState, 'failed'>; say: (message: string) => string }) {
  return <Show when={props.read.failed()}>{(message) => <p class="form-error">{props.say(message())}</p>}</Show>
}

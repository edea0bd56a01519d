// /settings/notifications (我的通知设置): for each kind of notice, whether it is pushed to this phone and whether it
// goes out by the office's channel (政务微信, 钉钉, SMS), and the quiet hours. The inbox has every notice whatever
// is chosen. A column the server cannot send by is not shown.
import { createSignal, For, Show } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t, type MessageKey } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { FormError } from '../components/form-error.tsx'
import { LoadFailed, Splash } from '../shell/read-state.tsx'
import { createRead } from '../urql/read.ts'
import { sendOnline } from '../urql/send-online.ts'
import { readFragment, type ResultOf } from '../graphql.ts'
import {
  MyNotificationPreferencesQuery,
  PreferencesFields,
  SaveNotificationPreferences,
} from './notification-documents.ts'
import { PushEnableSlot } from './push-enable-slot.tsx'
import './notification-settings.css'

type Preferences = ResultOf<typeof PreferencesFields>
type KindRow = Preferences['kinds'][number]

function PreferencesForm(props: { initial: Preferences }) {
  const [kinds, setKinds] = createSignal<KindRow[]>(props.initial.kinds.map((row) => ({ ...row })))
  const [quiet, setQuiet] = createSignal(props.initial.quietHours !== null)
  const [start, setStart] = createSignal(props.initial.quietHours?.start ?? '22:00')
  const [end, setEnd] = createSignal(props.initial.quietHours?.end ?? '07:30')
  const [error, setError] = createSignal<string>()
  const [note, setNote] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)

  const toggle = (kind: string, channel: 'webPush' | 'webhook', on: boolean) =>
    setKinds(kinds().map((row) => (row.kind === kind ? { ...row, [channel]: on } : row)))

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    if (busy()) return
    setBusy(true)
    setError(undefined)
    setNote(undefined)
    const input = {
      clientMutationId: uuidv7(),
      kinds: kinds().map(({ kind, webPush, webhook }) => ({ kind, webPush, webhook })),
      quietHours: quiet() ? { start: start(), end: end() } : null,
    }
    const sent = await sendOnline(SaveNotificationPreferences, { input }, t('settings.notices.offline'))
    setBusy(false)
    if (!sent.ok) return setError(sent.message)
    setNote(t('settings.saved'))
  }

  return (
    <form class="notice-settings" onSubmit={(event) => void submit(event)} novalidate data-testid="notice-settings">
      <p class="hint">{t('settings.notices.inbox')}</p>
      <PushEnableSlot available={props.initial.pushAvailable} />
      <table class="notice-kinds">
        <thead>
          <tr>
            <th scope="col">{t('settings.notices.kind')}</th>
            <Show when={props.initial.pushAvailable}>
              <th scope="col">{t('settings.notices.push')}</th>
            </Show>
            <Show when={props.initial.webhookAvailable}>
              <th scope="col">{t('settings.notices.webhook')}</th>
            </Show>
          </tr>
        </thead>
        <tbody>
          <For each={kinds()}>
            {(row) => (
              <tr data-kind={row.kind}>
                <th scope="row">{t(`notice.kind.${row.kind}` as MessageKey)}</th>
                <Show when={props.initial.pushAvailable}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${t(`notice.kind.${row.kind}` as MessageKey)} · ${t('settings.notices.push')}`}
                      checked={row.webPush}
                      onChange={(event) => toggle(row.kind, 'webPush', event.currentTarget.checked)}
                    />
                  </td>
                </Show>
                <Show when={props.initial.webhookAvailable}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${t(`notice.kind.${row.kind}` as MessageKey)} · ${t('settings.notices.webhook')}`}
                      checked={row.webhook}
                      onChange={(event) => toggle(row.kind, 'webhook', event.currentTarget.checked)}
                    />
                  </td>
                </Show>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={!props.initial.pushAvailable && !props.initial.webhookAvailable}>
        <p class="hint">{t('settings.notices.noChannels')}</p>
      </Show>
      <fieldset class="quiet-hours">
        <legend>{t('settings.notices.quiet')}</legend>
        <label class="quiet-toggle">
          <input
            type="checkbox"
            name="quiet"
            checked={quiet()}
            onChange={(event) => setQuiet(event.currentTarget.checked)}
          />
          <span>{t('settings.notices.quietOn')}</span>
        </label>
        <Show when={quiet()}>
          <div class="quiet-times">
            <label>
              <span>{t('settings.notices.quietStart')}</span>
              <input
                type="time"
                name="quietStart"
                value={start()}
                onInput={(event) => setStart(event.currentTarget.value)}
              />
            </label>
            <label>
              <span>{t('settings.notices.quietEnd')}</span>
              <input type="time" name="quietEnd" value={end()} onInput={(event) => setEnd(event.currentTarget.value)} />
            </label>
          </div>
        </Show>
        <p class="hint">{t('settings.notices.quietHint')}</p>
      </fieldset>
      <FormError message={error()} />
      <p role="status" class="notice-settings-note">
        {note()}
      </p>
      <button type="submit" class="primary" disabled={busy()}>
        {busy() ? t('settings.notices.saving') : t('settings.notices.save')}
      </button>
    </form>
  )
}

export default function NotificationSettingsRoute() {
  const read = createRead(MyNotificationPreferencesQuery, { requestPolicy: 'network-only' })
  const preferences = () => {
    const data = read.data()
    return data ? readFragment(PreferencesFields, data.myNotificationPreferences) : undefined
  }
  return (
    <div class="screen">
      <AppHeader title={t('settings.notices.title')} />
      <main class="content staff-form">
        <LoadFailed read={read} say={(message) => message} />
        <Show
          when={preferences()}
          keyed
          fallback={
            <Show when={read.loading()}>
              <Splash />
            </Show>
          }
        >
          {(current) => <PreferencesForm initial={current} />}
        </Show>
      </main>
    </div>
  )
}

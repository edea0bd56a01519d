// The daily digest's time: when, on the county's working days, everyone hears what waits for them.
import { createSignal } from 'solid-js'
import { t } from '../../i18n/index.ts'
import type { ResultOf } from '../../graphql.ts'
import type { SettingsFields } from './documents.ts'
import { createSettingsSave } from './save.tsx'

type Digest = ResultOf<typeof SettingsFields>['digest']

export function DigestForm(props: { digest: Digest; onSaved: () => void }) {
  const [time, setTime] = createSignal(props.digest.time)
  const { save, Footer } = createSettingsSave(() => props.onSaved())

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    const saved = await save({ digest: { version: props.digest.version, time: time() } })
    if (saved) setTime(saved.digest.time)
  }

  return (
    <form class="settings-form" onSubmit={(event) => void submit(event)} novalidate data-testid="digest-form">
      <h2>{t('office.settings.digest')}</h2>
      <p class="settings-note">{t('office.settings.digestHint')}</p>
      <label class="settings-number">
        <span>{t('office.settings.digestTime')}</span>
        <input type="time" name="digestTime" value={time()} onInput={(event) => setTime(event.currentTarget.value)} />
      </label>
      <Footer />
    </form>
  )
}

// 我的设置: the user's language (remembered on this phone at once, and on the account when online), push
// reminders on this phone, and the way to 修改密码. Everyone reaches it from the header; it loads on first use.
import { createSignal, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { changeLocale, locale, t, type Locale } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { FormError } from '../components/form-error.tsx'
import { ChoiceGroup } from '../staff/choice-group.tsx'
import { markLocaleUnsaved } from './locale-sync.ts'
import { saveLocale } from './locale-write.ts'
import { PushToggle } from './push-toggle.tsx'

export default function SettingsRoute() {
  const [error, setError] = createSignal<string>()
  const [saved, setSaved] = createSignal(false)

  async function choose(next: Locale) {
    setError(undefined)
    setSaved(false)
    // The screen changes at once, and stays changed after a reload even if the server cannot be told now.
    await changeLocale(next)
    markLocaleUnsaved()
    const sent = await saveLocale(next)
    if (sent.ok) setSaved(true)
    else setError(sent.message)
  }

  return (
    <div class="screen">
      <AppHeader title={t('settings.title')} />
      <main class="content staff-form">
        <ChoiceGroup
          legend={t('settings.language')}
          name="locale"
          columns={2}
          value={locale()}
          onChange={(next) => void choose(next)}
          choices={[
            { value: 'zh-CN', label: t('settings.language.zh-CN') },
            { value: 'en', label: t('settings.language.en') },
          ]}
        />
        <p class="hint">{t('settings.language.hint')}</p>
        <Show when={saved()}>
          <p role="status" class="notice">
            {t('settings.saved')}
          </p>
        </Show>
        <FormError message={error()} />
        <PushToggle />
        <p>
          <A href="/settings/notifications" data-testid="notices-link">
            {t('settings.notices.link')}
          </A>
        </p>
        <p>
          <A href="/password" data-testid="password-link">
            {t('settings.password')}
          </A>
        </p>
      </main>
    </div>
  )
}

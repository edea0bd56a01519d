// How to get a copy of the app that works without signal: out of the chat app's browser, into the
// system browser, installed on the home screen. The link can be copied, since the menus differ.
import { createSignal, Show } from 'solid-js'
import { inAppBrowser } from '../pwa/in-app-browser.ts'
import { t } from '../i18n/index.ts'

/** Copies with the Clipboard API, or by selecting a text box where that is refused (older webviews). */
async function copyText(text: string, fallback: HTMLInputElement | undefined): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    if (!fallback) return false
    fallback.select()
    return document.execCommand('copy')
  }
}

export function OfflineHelp() {
  const link = `${location.origin}/`
  const [copied, setCopied] = createSignal<boolean | null>(null)
  let box: HTMLInputElement | undefined
  const openStep = () => {
    if (inAppBrowser === 'dingtalk') return t('sync.help.openDingTalk')
    if (inAppBrowser) return t('sync.help.openWeChat')
    return t('sync.help.openAny')
  }
  return (
    <div class="offline-help" data-testid="offline-help">
      <ol class="offline-steps">
        <li>{openStep()}</li>
        <li>{t('sync.help.install')}</li>
        <li>{t('sync.help.useIcon')}</li>
      </ol>
      <div class="copy-link">
        <input
          ref={box}
          readonly
          value={link}
          aria-label={t('sync.help.linkLabel')}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          class="button button-small"
          data-testid="copy-link"
          onClick={() => void copyText(link, box).then(setCopied)}
        >
          {t('sync.help.copy')}
        </button>
      </div>
      <p role="status" class="hint">
        <Show when={copied() !== null}>{copied() ? t('sync.help.copied') : t('sync.help.copyFailed')}</Show>
      </p>
    </div>
  )
}

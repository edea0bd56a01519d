// A path no screen answers (an old link, or a screen this version does not have yet).
import { A } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { AppHeader } from './app-header.tsx'

export default function NotFound() {
  return (
    <div class="screen">
      <AppHeader title={t('sync.notFound.title')} />
      <main class="content">
        <p class="empty">{t('sync.notFound.body')}</p>
        <A href="/" class="button button-block">
          {t('sync.notFound.home')}
        </A>
      </main>
    </div>
  )
}

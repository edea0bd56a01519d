// The top bar: where the user is, the inbox's bell, whether the phone is online and offline-ready, 我的设置
// (language, password) and sign-out.
import { t } from '../i18n/index.ts'
import { SyncStatus } from './sync-status.tsx'
import { OfflineBadge } from './offline-badge.tsx'
import { LogoutButton } from './logout-button.tsx'
import { A } from '@solidjs/router'
import { NoticeBell } from '../inbox/bell.tsx'

export function AppHeader(props: { title: string }) {
  return (
    <header class="app-header">
      <div class="header-row">
        <h1>{props.title}</h1>
        <NoticeBell />
        <A href="/settings" class="link-button" data-testid="settings-link">
          {t('account.settings.link')}
        </A>
        <LogoutButton />
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: status badges named as one group, not form fields, so not a
          <fieldset>. */}
      <div class="header-row header-status" aria-label={t('sync.header.status')} role="group">
        <SyncStatus />
        <OfflineBadge />
      </div>
    </header>
  )
}

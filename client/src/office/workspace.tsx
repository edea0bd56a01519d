// /office: the talent office's workspace — the county's units and people, the year's assessment, 人才工程,
// service events, spending, disputes, the audit log and settings, one tile each.
import { For } from 'solid-js'
import { A } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { workspaceLinks } from './workspace-links.ts'
import './office.css'

export default function WorkspaceRoute() {
  return (
    <div class="screen">
      <AppHeader title={t('office.workspace.title')} />
      <main class="content office" data-testid="office-workspace">
        <ul class="workspace-tiles">
          <For each={workspaceLinks}>
            {(link) => (
              <li>
                <A href={link.href} class="workspace-tile" data-testid={link.testId}>
                  <strong>{t(link.title)}</strong>
                  <span>{t(link.detail)}</span>
                </A>
              </li>
            )}
          </For>
        </ul>
      </main>
    </div>
  )
}

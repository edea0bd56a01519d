// /ledger: 导出台账 for the talent office and units' managers and heads; 导入台账 for the talent office only.
import { Match, Show, Switch } from 'solid-js'
import { t } from '../i18n/index.ts'
import { user } from '../session/session.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { ExportLedger } from './export.tsx'
import { ImportLedger } from './import.tsx'
import '../leader/leader.css'
import './ledger.css'

const exporters = new Set(['ADMIN', 'PARK_MANAGER', 'UNIT_LEADER'])

export default function LedgerRoute() {
  const role = () => user()?.role ?? ''
  return (
    <div class="screen">
      <AppHeader title={t('ledger.title')} />
      <main class="content leader ledger" data-testid="ledger-screen">
        <Switch>
          <Match when={!exporters.has(role())}>
            <p class="notice">{t('ledger.forbidden')}</p>
          </Match>
          <Match when={true}>
            <ExportLedger />
            <Show when={role() === 'ADMIN'}>
              <ImportLedger />
            </Show>
          </Match>
        </Switch>
      </main>
    </div>
  )
}

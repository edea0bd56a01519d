// An updated project's changes in the import preview: one line per field, before → after, as the ledger
// writes them. A table on a desk's wide screen; on a phone each line stacks (ledger.css).
import { For } from 'solid-js'
import { t } from '../i18n/index.ts'
import type { LedgerRow } from './rows.tsx'

export function ChangeTable(props: { changes: LedgerRow['changes'] }) {
  const shown = (value: string | null) => value ?? t('ledger.import.change.empty')
  return (
    <table class="ledger-changes" aria-label={t('ledger.import.changes')} data-testid="ledger-changes">
      <thead>
        <tr>
          <th scope="col">{t('ledger.import.change.field')}</th>
          <th scope="col">{t('ledger.import.change.before')}</th>
          <th scope="col">{t('ledger.import.change.after')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.changes}>
          {(change) => (
            <tr data-field={change.field}>
              <th scope="row">{t(`ledger.field.${change.field}`)}</th>
              <td class="ledger-before" data-label={t('ledger.import.change.before')}>
                {shown(change.before)}
              </td>
              <td class="ledger-after" data-label={t('ledger.import.change.after')}>
                {shown(change.after)}
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  )
}

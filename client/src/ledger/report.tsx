// After 确认导入: the import report the server keeps with its batch, each row with what it became.
import { Show } from 'solid-js'
import type { ResultOf } from '../graphql.ts'
import { t } from '../i18n/index.ts'
import { countyParts, yearMonthDay } from '../format.ts'
import type { CommitLedgerImportMutation } from './queries.ts'
import { Counts, RowList } from './rows.tsx'
import { SpendingRowList } from './spending-rows.tsx'

type Report = ResultOf<typeof CommitLedgerImportMutation>['commitLedgerImport']

const committedAt = (iso: string) => `${yearMonthDay(new Date(iso))} ${countyParts(new Date(iso)).time}`

export function ImportReport(props: { report: Report; onAgain: () => void }) {
  return (
    <div data-testid="ledger-report">
      <h3 class="ledger-subtitle" role="status">
        {t('ledger.report.title')}
      </h3>
      <p class="card-meta">
        {t('ledger.report.summary', { fileName: props.report.fileName, date: committedAt(props.report.committedAt) })}
      </p>
      <p class="card-meta">{t('ledger.report.batch', { uuid: props.report.uuid })}</p>
      <Counts counts={props.report.counts} label={t('ledger.report.title')} />
      <Show when={props.report.rows.length}>
        <RowList rows={props.report.rows} />
      </Show>
      <Show when={props.report.spendingRows.length}>
        <SpendingRowList rows={props.report.spendingRows} />
      </Show>
      <button type="button" class="button button-block ledger-again" onClick={() => props.onAgain()}>
        {t('ledger.import.otherFile')}
      </button>
    </div>
  )
}

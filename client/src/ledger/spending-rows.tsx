// The workbook's 人才投入 sheet in the preview and the report: each row with its unit, day, amount and purpose,
// what the import does with it, and its problems each with the cell to correct (C4). Rows with problems first,
// then new ones; past quietRowsShown the rows already recorded are only counted.
import { For, Show } from 'solid-js'
import type { ResultOf } from '../graphql.ts'
import { t } from '../i18n/index.ts'
import type { PreviewLedgerImportMutation } from './queries.ts'

export type SpendingRow = ResultOf<typeof PreviewLedgerImportMutation>['previewLedgerImport']['spendingRows'][number]

/** A county's year of spending is a few hundred rows at most; the recorded ones say nothing new. */
const quietRowsShown = 50

const weight = (row: SpendingRow) => (row.problems.length ? 0 : row.action === 'CREATE' ? 1 : 2)

export function SpendingRowList(props: { rows: readonly SpendingRow[] }) {
  const sorted = () => [...props.rows].sort((a, b) => weight(a) - weight(b) || a.rowNumber - b.rowNumber)
  const shown = () => {
    let quiet = 0
    return sorted().filter((row) => weight(row) < 2 || quiet++ < quietRowsShown)
  }
  return (
    <>
      <h3 class="ledger-subtitle">{t('ledger.import.spending.title')}</h3>
      <ul class="cards ledger-rows" data-testid="ledger-spending-rows">
        <For each={shown()}>
          {(row) => (
            <li
              class="card ledger-row"
              classList={{ 'ledger-row-bad': row.problems.length > 0 }}
              data-testid="ledger-spending-row"
              data-row={row.rowNumber}
            >
              <span class="card-head">
                <span class="card-title">
                  {t('ledger.import.rowNumber', { row: row.rowNumber })} · {row.unitName ?? row.unitCode}
                </span>
              </span>
              <span class="card-meta">
                {[
                  row.spentOn,
                  row.amount && t('ledger.import.spending.amount', { amount: row.amount }),
                  row.purpose,
                  row.action && t(`ledger.import.spending.${row.action}`),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <Show when={row.problems.length}>
                <ul class="ledger-messages ledger-errors" aria-label={t('ledger.import.errors')}>
                  <For each={row.problems}>
                    {(problem) => (
                      <li>
                        {problem.cell
                          ? t('ledger.import.spending.cell', { cell: problem.cell, message: problem.message })
                          : problem.message}
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.rows.length > shown().length}>
        <p class="card-meta">{t('ledger.import.moreSpending', { count: props.rows.length - shown().length })}</p>
      </Show>
    </>
  )
}

// What the preview and the report show of a ledger file: the counts (the 人才投入 sheet's too, when there is
// one), and each row's verdict with its errors and notes in the reader's language (from the server) and an
// updated project's changes, rows with errors first, then the updates. The 人才投入 rows: spending-rows.tsx.
import { For, Show } from 'solid-js'
import { A } from '@solidjs/router'
import type { ResultOf } from '../graphql.ts'
import { t } from '../i18n/index.ts'
import type { CommitLedgerImportMutation, PreviewLedgerImportMutation } from './queries.ts'
import { ChangeTable } from './changes.tsx'

type Preview = ResultOf<typeof PreviewLedgerImportMutation>['previewLedgerImport']
type Report = ResultOf<typeof CommitLedgerImportMutation>['commitLedgerImport']
export type LedgerCounts = Preview['counts']
export type LedgerRow = Preview['rows'][number] & { projectUuid?: Report['rows'][number]['projectUuid'] }

/** Rows without anything to say are many in a clean ledger: past this many, they are only counted. */
const quietRowsShown = 50

const projectCounts = [
  'rows',
  'newProjects',
  'updatedProjects',
  'unchangedProjects',
  'skipped',
  'newTalents',
  'matchedTalents',
  'invalid',
] as const
/** The 人才投入 sheet's, counted only when the workbook has one. */
const spendingCounts = ['spendingRows', 'newSpending', 'unchangedSpending', 'invalidSpending'] as const

export function Counts(props: { counts: LedgerCounts; label: string }) {
  const items = () =>
    [...projectCounts, ...(props.counts.spendingRows ? spendingCounts : [])].map((name) => ({
      name,
      count: props.counts[name],
    }))
  const bad = (name: string, count: number) => (name === 'invalid' || name === 'invalidSpending') && count > 0
  return (
    <ul class="ledger-counts" aria-label={props.label} data-testid="ledger-counts">
      <For each={items()}>
        {(item) => (
          <li
            classList={{ 'ledger-count': true, 'ledger-count-bad': bad(item.name, item.count) }}
            data-count={item.name}
          >
            {t(`ledger.import.count.${item.name}`, { count: item.count })}
          </li>
        )}
      </For>
    </ul>
  )
}

function verdict(row: LedgerRow): string {
  // An exported row's talent is its project's: nothing to say about it.
  const talent =
    row.matchedBy === 'PROJECT'
      ? ''
      : row.talentAction === 'SAME_AS_ROW'
        ? t('ledger.import.talent.SAME_AS_ROW', { row: row.sameAsRow ?? '' })
        : row.talentAction
          ? t(`ledger.import.talent.${row.talentAction}`) +
            (row.matchedBy ? t(`ledger.import.match.${row.matchedBy}`) : '')
          : ''
  const project = row.projectAction ? t(`ledger.import.project.${row.projectAction}`) : ''
  return [talent, project].filter(Boolean).join(' · ')
}

export function RowList(props: { rows: readonly LedgerRow[] }) {
  const weight = (row: LedgerRow) => (row.errors.length ? 0 : row.changes.length ? 1 : row.notes.length ? 2 : 3)
  const sorted = () => [...props.rows].sort((a, b) => weight(a) - weight(b) || a.rowNumber - b.rowNumber)
  const shown = () => {
    let quiet = 0
    return sorted().filter((row) => weight(row) < 3 || quiet++ < quietRowsShown)
  }
  return (
    <>
      <ul class="cards ledger-rows" data-testid="ledger-rows">
        <For each={shown()}>
          {(row) => (
            <li
              class="card ledger-row"
              classList={{ 'ledger-row-bad': row.errors.length > 0 }}
              data-testid="ledger-row"
              data-row={row.rowNumber}
            >
              <span class="card-head">
                <span class="card-title">
                  {t('ledger.import.rowNumber', { row: row.rowNumber })} · {row.title ?? t('ledger.import.untitled')}
                </span>
              </span>
              <span class="card-meta">{[row.talentName, row.unitName, verdict(row)].filter(Boolean).join(' · ')}</span>
              <Show when={row.changes.length}>
                <ChangeTable changes={row.changes} />
              </Show>
              <Show when={row.errors.length}>
                <ul class="ledger-messages ledger-errors" aria-label={t('ledger.import.errors')}>
                  <For each={row.errors}>{(message) => <li>{message}</li>}</For>
                </ul>
              </Show>
              <Show when={row.notes.length}>
                <ul class="ledger-messages ledger-notes" aria-label={t('ledger.import.notes')}>
                  <For each={row.notes}>{(message) => <li>{message}</li>}</For>
                </ul>
              </Show>
              <Show when={row.projectUuid}>
                {(uuid) => (
                  <A class="cell-link" href={`/projects/${uuid()}`}>
                    {t('ledger.report.openProject')}
                  </A>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.rows.length > shown().length}>
        <p class="card-meta">{t('ledger.import.moreRows', { count: props.rows.length - shown().length })}</p>
      </Show>
    </>
  )
}

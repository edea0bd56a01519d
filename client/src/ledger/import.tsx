// 导入台账 (the talent office, online only): choose a file → the server previews it, writing nothing: new
// projects, updated ones with each field before → after, unchanged ones, and the 人才投入 sheet's rows with
// each problem's cell → the user corrects the columns if needed → 确认导入 writes every row in one
// transaction, or none. Not an outbox
// write: it is all-or-nothing and large, and the user must see the verdict. One clientMutationId per
// attempt (file and mapping): a retry after a lost answer sends it again and the server answers with the
// import it already made instead of importing twice.
import { createSignal, For, Show } from 'solid-js'
import { useClient } from '@urql/solid'
import { uuidv7 } from 'uuidv7'
import type { ResultOf } from '../graphql.ts'
import { t } from '../i18n/index.ts'
import { online } from '../network.ts'
import { errorCode, errorMessage, isNetworkFailure } from '../urql/errors.ts'
import { cacheless } from './cacheless.ts'
import { base64OfFile, maxFileBytes } from './file.ts'
import { MappingTable, type ColumnChoice } from './mapping.tsx'
import { CommitLedgerImportMutation, PreviewLedgerImportMutation } from './queries.ts'
import { ImportReport } from './report.tsx'
import { Counts, RowList } from './rows.tsx'
import { SpendingRowList } from './spending-rows.tsx'

type Preview = ResultOf<typeof PreviewLedgerImportMutation>['previewLedgerImport']
type Report = ResultOf<typeof CommitLedgerImportMutation>['commitLedgerImport']
type RefusedRow = { rowNumber: number; title?: string | null; talentName?: string | null; errors: string[] }

const rowLabel = (row: RefusedRow) => {
  const name = [row.title, row.talentName].filter(Boolean).join(' · ')
  return name
    ? t('ledger.import.rowName', { row: row.rowNumber, name })
    : t('ledger.import.rowNumber', { row: row.rowNumber })
}

export function ImportLedger() {
  const client = cacheless(useClient())
  let input: HTMLInputElement | undefined
  const [file, setFile] = createSignal<{ name: string; base64: string } | null>(null)
  const [preview, setPreview] = createSignal<Preview | null>(null)
  const [busy, setBusy] = createSignal<'reading' | 'previewing' | 'committing' | null>(null)
  const [error, setError] = createSignal<string | null>(null)
  const [refused, setRefused] = createSignal<RefusedRow[]>([])
  const [report, setReport] = createSignal<Report | null>(null)
  // The attempt being committed: kept until the file or the mapping changes.
  let attempt: string | null = null

  const ask = async (mapping: ColumnChoice[] | null) => {
    const chosen = file()
    if (!chosen) return
    setBusy('previewing')
    setError(null)
    setRefused([])
    const result = await client
      .mutation(PreviewLedgerImportMutation, { input: { fileBase64: chosen.base64, fileName: chosen.name, mapping } })
      .toPromise()
    setBusy(null)
    if (result.data) {
      setPreview(result.data.previewLedgerImport)
      attempt = null
      return
    }
    setError(
      isNetworkFailure(result.error)
        ? t('ledger.import.networkFailed')
        : t('ledger.import.previewFailed', { message: errorMessage(result.error, t('error.unknown')) }),
    )
    // The selects show the user's new choice; the preview (and a commit) still has the old mapping: redraw them
    // from it.
    const shown = preview()
    if (shown) setPreview({ ...shown, columns: shown.columns.map((item) => ({ ...item })) })
  }

  const choose = async (chosen: File | undefined) => {
    setPreview(null)
    setFile(null)
    setError(null)
    attempt = null
    if (!chosen) return
    if (chosen.size > maxFileBytes) return setError(t('ledger.import.tooLarge'))
    setBusy('reading')
    try {
      setFile({ name: chosen.name, base64: await base64OfFile(chosen) })
    } catch (problem) {
      setBusy(null)
      return setError(
        t('ledger.import.readFailed', { message: problem instanceof Error ? problem.message : String(problem) }),
      )
    }
    await ask(null)
  }

  const commit = async () => {
    const chosen = file()
    const current = preview()
    if (!chosen || !current?.canCommit) return
    attempt ??= uuidv7()
    setBusy('committing')
    setError(null)
    setRefused([])
    const mapping = current.columns.map(({ column, field }) => ({ column, field }))
    const result = await client
      .mutation(CommitLedgerImportMutation, {
        input: { clientMutationId: attempt, fileBase64: chosen.base64, fileName: chosen.name, mapping },
      })
      .toPromise()
    setBusy(null)
    if (result.data) return setReport(result.data.commitLedgerImport)
    if (isNetworkFailure(result.error)) return setError(t('ledger.import.retryHint'))
    setError(t('ledger.import.refused', { message: errorMessage(result.error, t('error.unknown')) }))
    const rows = result.error?.graphQLErrors[0]?.extensions?.rows
    if (errorCode(result.error) === 'BAD_USER_INPUT' && Array.isArray(rows)) setRefused(rows as RefusedRow[])
  }

  const reset = () => {
    setReport(null)
    void choose(undefined)
    if (input) input.value = ''
  }

  const nothingToDo = (current: Preview) =>
    !current.problems.length &&
    !current.counts.invalid &&
    !current.counts.invalidSpending &&
    current.rows.length + current.spendingRows.length > 0 &&
    !current.counts.newProjects &&
    !current.counts.updatedProjects &&
    !current.counts.newSpending

  const fileInfo = (current: Preview) => {
    const values = {
      fileName: current.fileName,
      format: current.format.toUpperCase(),
      encoding: current.encoding ? ` · ${current.encoding.toUpperCase()}` : '',
      headerRow: current.headerRow ?? '',
    }
    return t(current.headerRow ? 'ledger.import.fileInfo' : 'ledger.import.noHeader', values)
  }

  return (
    <section class="leader-section" aria-labelledby="ledger-import-title" data-testid="ledger-import">
      <h2 class="section-title" id="ledger-import-title">
        {t('ledger.import.title')}
      </h2>
      <Show
        when={report()}
        fallback={
          <>
            <p class="card-meta">{t('ledger.import.hint')}</p>
            <Show when={!online()}>
              <p class="notice">{t('ledger.import.offline')}</p>
            </Show>
            <div class="field">
              <label for="ledger-file">{t('ledger.import.file')}</label>
              <input
                ref={input}
                id="ledger-file"
                type="file"
                class="ledger-file"
                accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                disabled={!online() || busy() !== null}
                onChange={(event) => void choose(event.currentTarget.files?.[0])}
              />
            </div>
            <Show when={busy() === 'previewing' || busy() === 'reading'}>
              <p class="splash" role="status">
                {t('ledger.import.previewing')}
              </p>
            </Show>
            <Show when={preview()}>
              {(current) => (
                <div data-testid="ledger-preview">
                  <p class="card-meta" data-testid="ledger-file-info">
                    {fileInfo(current())}
                  </p>
                  <Show when={current().problems.length}>
                    <div class="form-error" role="alert" data-testid="ledger-problems">
                      <strong>{t('ledger.import.problems')}</strong>
                      <ul class="ledger-messages">
                        <For each={current().problems}>{(problem) => <li>{problem}</li>}</For>
                      </ul>
                    </div>
                  </Show>
                  <Show when={current().columns.length}>
                    <h3 class="ledger-subtitle">{t('ledger.import.mapping')}</h3>
                    <p class="card-meta">{t('ledger.import.mappingHint')}</p>
                    <MappingTable
                      columns={current().columns}
                      disabled={busy() !== null || !online()}
                      onChange={(mapping) => void ask(mapping)}
                    />
                  </Show>
                  <h3 class="ledger-subtitle">{t('ledger.import.counts')}</h3>
                  <Counts counts={current().counts} label={t('ledger.import.counts')} />
                  <Show when={current().rows.length}>
                    <h3 class="ledger-subtitle">{t('ledger.import.rows')}</h3>
                    <RowList rows={current().rows} />
                  </Show>
                  <Show when={current().spendingRows.length}>
                    <SpendingRowList rows={current().spendingRows} />
                  </Show>
                </div>
              )}
            </Show>
            <Show when={error()}>
              {(message) => (
                <p class="form-error" role="alert" data-testid="ledger-error">
                  {message()}
                </p>
              )}
            </Show>
            <Show when={refused().length}>
              <div class="form-error" data-testid="ledger-refused">
                <p>{t('ledger.import.refusedRows')}</p>
                <ul class="ledger-messages">
                  <For each={refused()}>
                    {(row) => (
                      <li>
                        {rowLabel(row)}：{row.errors.join('；')}
                      </li>
                    )}
                  </For>
                </ul>
              </div>
            </Show>
            <Show when={preview()}>
              {(current) => (
                <div class="ledger-commit">
                  <Show when={!current().canCommit}>
                    <p class="notice" data-testid="ledger-cannot-commit">
                      {t(nothingToDo(current()) ? 'ledger.import.nothingToImport' : 'ledger.import.cannotCommit')}
                    </p>
                  </Show>
                  <button
                    type="button"
                    class="button button-primary button-block"
                    disabled={!current().canCommit || busy() !== null || !online()}
                    onClick={() => void commit()}
                  >
                    {busy() === 'committing' ? t('ledger.import.committing') : t('ledger.import.commit')}
                  </button>
                </div>
              )}
            </Show>
          </>
        }
      >
        {(done) => <ImportReport report={done()} onAgain={reset} />}
      </Show>
    </section>
  )
}

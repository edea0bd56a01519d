// Targets by Excel: download the year's sheet, fill it in, upload it. The server previews the upload first —
// every bad cell named, every change before → after — and writes nothing; 全部导入 saves the whole sheet or
// none of it. One clientMutationId per chosen file, so a retry after a lost answer cannot import twice. The
// file goes around the saved cache, like the 台账's (ledger/cacheless.ts).
import { createSignal, For, Show } from 'solid-js'
import { useClient } from '@urql/solid'
import { uuidv7 } from 'uuidv7'
import type { ResultOf } from '../../graphql.ts'
import { t } from '../../i18n/index.ts'
import { online } from '../../network.ts'
import { errorMessage, isNetworkFailure } from '../../urql/errors.ts'
import { cacheless } from '../../ledger/cacheless.ts'
import { base64OfFile } from '../../ledger/file.ts'
import { blobOfBase64, saveBlob } from '../../leader/download.ts'
import { FormError } from '../../components/form-error.tsx'
import { OfficeImportTargets, OfficePreviewTargets, OfficeTargetsSheet } from './documents.ts'
import { num } from './scheme-data.ts'

type Preview = ResultOf<typeof OfficePreviewTargets>['previewTargetsImport']

export function TargetsImport(props: { schemeId: string; onImported: () => void }) {
  const client = cacheless(useClient())
  let input: HTMLInputElement | undefined
  const [file, setFile] = createSignal<string | null>(null)
  const [preview, setPreview] = createSignal<Preview | null>(null)
  const [busy, setBusy] = createSignal<'previewing' | 'applying' | null>(null)
  const [error, setError] = createSignal<string>()
  const [applied, setApplied] = createSignal<number | null>(null)
  let attempt: string | null = null

  const refusal = (failure: Parameters<typeof errorMessage>[0], words: 'downloadFailed' | 'failed') =>
    isNetworkFailure(failure)
      ? t('office.assessment.online')
      : t(`office.targets.${words}`, { message: errorMessage(failure, t('error.unknown')) })

  async function download() {
    setError(undefined)
    if (!online()) return setError(t('office.assessment.online'))
    const result = await client.query(OfficeTargetsSheet, { schemeId: props.schemeId }).toPromise()
    const sheet = result.data?.targetsSheet
    if (sheet) saveBlob(blobOfBase64(sheet.contentBase64, sheet.contentType), sheet.fileName)
    else setError(refusal(result.error, 'downloadFailed'))
  }

  async function choose(chosen: File | undefined) {
    setPreview(null)
    setFile(null)
    setError(undefined)
    setApplied(null)
    attempt = null
    if (!chosen) return
    if (!online()) return setError(t('office.assessment.online'))
    setBusy('previewing')
    const base64 = await base64OfFile(chosen).catch(() => null)
    if (!base64) {
      setBusy(null)
      return setError(t('office.targets.unreadable'))
    }
    setFile(base64)
    const result = await client
      .mutation(OfficePreviewTargets, { input: { schemeId: props.schemeId, fileBase64: base64 } })
      .toPromise()
    setBusy(null)
    if (result.data) setPreview(result.data.previewTargetsImport)
    else setError(refusal(result.error, 'failed'))
  }

  async function apply() {
    const base64 = file()
    const current = preview()
    if (!base64 || !current?.canApply) return
    if (!online()) return setError(t('office.assessment.online'))
    attempt ??= uuidv7()
    setBusy('applying')
    setError(undefined)
    const result = await client
      .mutation(OfficeImportTargets, {
        input: { clientMutationId: attempt, schemeId: props.schemeId, fileBase64: base64 },
      })
      .toPromise()
    setBusy(null)
    if (!result.data) return setError(refusal(result.error, 'failed'))
    setApplied(current.changes.length)
    setPreview(null)
    setFile(null)
    if (input) input.value = ''
    props.onImported()
  }

  return (
    <section class="office-import" aria-labelledby="targets-import-title" data-testid="targets-import">
      <h2 id="targets-import-title">{t('office.targets.sheet')}</h2>
      <p class="card-meta">{t('office.targets.sheetHint')}</p>
      <button type="button" class="button" onClick={() => void download()}>
        {t('office.targets.download')}
      </button>
      <div class="field">
        <label for="targets-file">{t('office.targets.file')}</label>
        <input
          ref={input}
          id="targets-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy() !== null}
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
        />
      </div>
      <Show when={busy() === 'previewing'}>
        <p role="status">{t('office.targets.previewing')}</p>
      </Show>
      <Show when={applied() !== null}>
        <p role="status" data-testid="targets-applied">
          {t('office.targets.applied', { count: applied() ?? 0 })}
        </p>
      </Show>
      <Show when={preview()}>{(current) => <PreviewTables preview={current()} />}</Show>
      <FormError message={error()} />
      <Show when={preview()?.canApply}>
        <button type="button" class="button button-primary" disabled={busy() !== null} onClick={() => void apply()}>
          {busy() === 'applying' ? t('office.targets.applying') : t('office.targets.apply')}
        </button>
      </Show>
    </section>
  )
}

function PreviewTables(props: { preview: Preview }) {
  return (
    <div data-testid="targets-preview">
      <Show when={props.preview.problems.length}>
        <div class="form-error" role="alert">
          <p>{t('office.targets.problems', { count: props.preview.problems.length })}</p>
          <table class="office-table" data-testid="targets-problems">
            <thead>
              <tr>
                <th scope="col">{t('office.targets.cell')}</th>
                <th scope="col">{t('office.targets.problem')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.preview.problems}>
                {(problem) => (
                  <tr>
                    <td>{problem.cell ?? t('office.targets.file-wide')}</td>
                    <td>{problem.message}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
      <Show when={!props.preview.problems.length && !props.preview.changes.length}>
        <p class="notice">{t('office.targets.nothing')}</p>
      </Show>
      <Show when={props.preview.changes.length}>
        <p>
          {t('office.targets.changes', { count: props.preview.changes.length, unchanged: props.preview.unchanged })}
        </p>
        <table class="office-table" data-testid="targets-changes">
          <thead>
            <tr>
              <th scope="col">{t('office.targets.unit')}</th>
              <th scope="col">{t('office.assessment.indicatorName')}</th>
              <th scope="col">{t('office.targets.before')}</th>
              <th scope="col">{t('office.targets.after')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.preview.changes}>
              {(change) => (
                <tr>
                  <td>{change.unitName}</td>
                  <td>
                    {change.indicatorName}（{change.indicatorCode}）
                  </td>
                  <td class="number">{change.before === null ? t('office.targets.unset') : num(change.before)}</td>
                  <td class="number">{num(change.after)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </div>
  )
}

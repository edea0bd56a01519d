// 导出台账: the talent office picks the county or one unit (phones in full, audited); a unit's manager or
// head exports the own unit (phones masked). The server names the file; the phone only saves it.
import { createSignal, For, Show } from 'solid-js'
import { useClient } from '@urql/solid'
import { t } from '../i18n/index.ts'
import { online } from '../network.ts'
import { user } from '../session/session.ts'
import { errorMessage, isNetworkFailure } from '../urql/errors.ts'
import { createRead } from '../urql/read.ts'
import { Field } from '../components/field.tsx'
import { blobOfBase64, saveBlob } from '../leader/download.ts'
import { cacheless } from './cacheless.ts'
import { LedgerUnitsQuery, LedgerWorkbookQuery } from './queries.ts'

const kindOrder = ['PARK', 'TOWN', 'DEPARTMENT', 'OFFICE']

function UnitPicker(props: { value: string; onChange: (unitId: string) => void }) {
  const units = createRead(LedgerUnitsQuery)
  const sorted = () =>
    [...(units.data()?.units ?? [])].sort(
      (a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.name.localeCompare(b.name, 'zh-CN'),
    )
  return (
    <Field label={t('ledger.export.unit')} for="ledger-export-unit">
      <select
        id="ledger-export-unit"
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="">{t('ledger.export.county')}</option>
        <For each={sorted()}>{(unit) => <option value={unit.uuid}>{unit.name}</option>}</For>
      </select>
    </Field>
  )
}

export function ExportLedger() {
  const client = useClient()
  const admin = () => user()?.role === 'ADMIN'
  const [unitId, setUnitId] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  const [error, setError] = createSignal<string | null>(null)
  const download = async (event: SubmitEvent) => {
    event.preventDefault()
    setError(null)
    setBusy(true)
    const result = await cacheless(client)
      .query(LedgerWorkbookQuery, { unitId: admin() && unitId() ? unitId() : null })
      .toPromise()
    setBusy(false)
    const file = result.data?.ledgerWorkbook
    if (file) saveBlob(blobOfBase64(file.contentBase64, file.contentType), file.fileName)
    else
      setError(
        isNetworkFailure(result.error)
          ? t('ledger.import.networkFailed')
          : t('ledger.export.failed', { message: errorMessage(result.error, t('error.unknown')) }),
      )
  }
  return (
    <section class="leader-section" aria-labelledby="ledger-export-title">
      <h2 class="section-title" id="ledger-export-title">
        {t('ledger.export.title')}
      </h2>
      <form onSubmit={(event) => void download(event)} data-testid="ledger-export">
        <Show when={admin()} fallback={<p class="card-meta">{t('ledger.export.ownUnit')}</p>}>
          <UnitPicker value={unitId()} onChange={setUnitId} />
          <p class="card-meta">{t('ledger.export.fullPhones')}</p>
        </Show>
        <Show when={!online()}>
          <p class="notice">{t('ledger.export.offline')}</p>
        </Show>
        <Show when={error()}>{(message) => <p class="form-error">{message()}</p>}</Show>
        <button type="submit" class="button button-primary button-block" disabled={busy() || !online()}>
          {busy() ? t('ledger.export.downloading') : t('ledger.export.submit')}
        </button>
      </form>
    </section>
  )
}

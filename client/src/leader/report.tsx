// /reports/:id: one issued report, frozen as it was issued: view it, print it (打印 gives a clean page), or
// download it as .xlsx in the government table layout.
import { createEffect, createSignal, Show } from 'solid-js'
import { useClient } from '@urql/solid'
import { uuidv7 } from 'uuidv7'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { BackLink } from '../staff/back-link.tsx'
import { countyDate } from '../staff/dates.ts'
import { globalIdOf } from '../staff/global-id.ts'
import { createRead } from './data.ts'
import { percent } from './format.ts'
import { ReportQuery } from './queries.ts'
import { OfflineNote, ScreenState } from './screen-state.tsx'
import { ReportTable } from './report-table.tsx'
import { downloadWorkbook } from './download.ts'
import { ReportReceipts } from './report-receipts.tsx'
import { enqueueWrite, outboxEntries } from '../outbox/index.ts'
import { isWrite } from '../outbox/overlay.ts'
import { outboxWrite } from '../outbox/write.ts'
import { user } from '../session/session.ts'
import './leader.css'

export default function ReportRoute(params: { id: string }) {
  const client = useClient()
  const read = createRead(ReportQuery, { variables: () => ({ id: globalIdOf('Report', params.id) }) })
  const report = () => {
    const node = read.data()?.node
    return node && 'snapshot' in node ? node : null
  }
  // A head's first opening: the outbox sends it now or when the phone is back online, and only once.
  const openingQueued = () =>
    outboxEntries().some((entry) => isWrite(entry, 'markReportOpened') && entry.variables.input.reportId === params.id)
  let receiptQueued = false
  createEffect(() => {
    const receipt = report()?.myReceipt
    const me = user()
    if (!receipt || receipt.openedAt || receiptQueued || !me) return
    receiptQueued = true
    if (openingQueued()) return
    void enqueueWrite(outboxWrite('markReportOpened', { clientMutationId: uuidv7(), reportId: params.id }, me.id))
  })
  const [downloading, setDownloading] = createSignal(false)
  const [message, setMessage] = createSignal<string | null>(null)
  const download = async () => {
    setDownloading(true)
    setMessage(null)
    try {
      setMessage(await downloadWorkbook(client, params.id))
    } finally {
      setDownloading(false)
    }
  }

  return (
    <div class="screen">
      <AppHeader title={t('leader.report.title')} />
      <main class="content leader report" data-testid="report-screen">
        <div class="leader-toolbar no-print">
          <BackLink fallback="/reports" />
        </div>
        <OfflineNote shown={Boolean(read.data())} />
        <ScreenState read={read}>
          <Show when={report()} fallback={<p class="empty">{t('leader.report.notFound')}</p>}>
            {(shown) => (
              <article class="report-sheet">
                <h2 class="report-title" data-testid="report-title">
                  {shown().title}
                </h2>
                <p class="card-meta">
                  {t(`leader.reports.kind.${shown().kind}`)} ·{' '}
                  {t('leader.reports.edition', { edition: shown().edition })} ·{' '}
                  {t('leader.reports.issuedBy', { date: countyDate(shown().issuedAt), name: shown().issuedByName })}
                </p>
                <p class="card-meta">
                  {t('leader.report.asOf', {
                    date: countyDate(shown().snapshot.asOf),
                    share: percent(shown().snapshot.elapsedShare),
                  })}
                </p>
                <div class="report-actions no-print">
                  <button
                    type="button"
                    class="button button-primary"
                    disabled={downloading()}
                    onClick={() => void download()}
                    data-testid="download-report"
                  >
                    {downloading() ? t('leader.report.downloading') : t('leader.report.download')}
                  </button>
                  <button type="button" class="button" onClick={() => window.print()}>
                    {t('leader.report.print')}
                  </button>
                </div>
                <Show when={message()}>
                  {(text) => (
                    <p class="form-error no-print" role="alert">
                      {text()}
                    </p>
                  )}
                </Show>
                <p class="card-meta no-print">{t('leader.report.tableHint')}</p>
                <Show when={user()?.role === 'ADMIN' || user()?.role === 'LEADER'}>
                  <ReportReceipts reportUuid={params.id} />
                </Show>
                <ReportTable snapshot={shown().snapshot} caption={shown().title} />
              </article>
            )}
          </Show>
        </ScreenState>
      </main>
    </div>
  )
}

// An issued report's read receipts, for the talent office and the leaders: which unit heads have opened it and
// when, unread first, and (the office) a reminder to those who have not.
import { createSignal, For, Show } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t } from '../i18n/index.ts'
import { user } from '../session/session.ts'
import { dateTime } from '../staff/dates.ts'
import { globalIdOf } from '../staff/global-id.ts'
import { sendOnline } from '../urql/send-online.ts'
import { createRead } from './data.ts'
import { RemindReportReadersMutation, ReportReceiptsQuery } from './receipt-writes.ts'

export function ReportReceipts(props: { reportUuid: string }) {
  const read = createRead(ReportReceiptsQuery, {
    variables: () => ({ id: globalIdOf('Report', props.reportUuid) }),
  })
  const receipts = () => {
    const node = read.data()?.node
    return node && 'receipts' in node ? node.receipts : []
  }
  const opened = () => receipts().filter((receipt) => receipt.openedAt).length
  const [sending, setSending] = createSignal(false)
  const [message, setMessage] = createSignal<string | null>(null)
  const remind = async () => {
    setSending(true)
    setMessage(null)
    const sent = await sendOnline(
      RemindReportReadersMutation,
      { input: { clientMutationId: uuidv7(), reportId: props.reportUuid } },
      t('leader.receipts.offline'),
    )
    setSending(false)
    setMessage(sent.ok ? t('leader.receipts.reminded', { count: receipts().length - opened() }) : sent.message)
  }

  return (
    <section class="report-receipts no-print" data-testid="report-receipts">
      <h3>{t('leader.receipts.title', { opened: opened(), total: receipts().length })}</h3>
      <Show when={receipts().length > 0} fallback={<p class="empty">{t('leader.receipts.none')}</p>}>
        <ul class="cards">
          <For each={receipts()}>
            {(receipt) => (
              <li class="card" data-testid="receipt" data-opened={receipt.openedAt ? 'yes' : 'no'}>
                <span class="card-head">
                  <span class="card-title">{receipt.unit.name}</span>
                  <span class={receipt.openedAt ? 'stage' : 'stage stage-warn'}>
                    {receipt.openedAt ? t('leader.receipts.opened') : t('leader.receipts.unread')}
                  </span>
                </span>
                <span class="card-meta">
                  {receipt.reader.name}
                  <Show when={receipt.openedAt}>{(at) => <> · {dateTime(at())}</>}</Show>
                  <Show when={!receipt.openedAt && receipt.remindedAt}>
                    {(at) => (
                      <> · {t('leader.receipts.remindedAt', { date: dateTime(at()), times: receipt.reminders })}</>
                    )}
                  </Show>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={user()?.role === 'ADMIN' && opened() < receipts().length}>
        <button
          type="button"
          class="button"
          disabled={sending()}
          onClick={() => void remind()}
          data-testid="remind-readers"
        >
          {t('leader.receipts.remind', { count: receipts().length - opened() })}
        </button>
      </Show>
      <Show when={message()}>
        {(text) => (
          <p class="card-meta" role="status">
            {text()}
          </p>
        )}
      </Show>
    </section>
  )
}

// /office/deliveries (通知发送记录): the office's webhook, and every notice on its way out — failures first, then
// the waiting, then the sent — with the attempts, the last error and the next try, and 立即重试 for one not sent.
import { createSignal, For, Show } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t, type MessageKey } from '../../i18n/index.ts'
import { AppHeader } from '../../shell/app-header.tsx'
import { Field } from '../../components/field.tsx'
import { FormError } from '../../components/form-error.tsx'
import { createRead } from '../../urql/read.ts'
import { sendOnline } from '../../urql/send-online.ts'
import { readFragment } from '../../graphql.ts'
import { countyParts, yearMonthDay } from '../../format.ts'
import { NoticeDeliveriesQuery, OfficeWebhookScreenQuery, RetryDelivery, WebhookFields } from './documents.ts'
import { WebhookForm } from './webhook-form.tsx'
import '../office.css'
import '../settings/settings.css'
import './deliveries.css'

const pageSize = 30
const statuses = ['FAILED', 'PENDING', 'SENT'] as const
const channels = ['WEBHOOK', 'WEB_PUSH'] as const
const when = (at: string) => `${yearMonthDay(new Date(at))} ${countyParts(new Date(at)).time}`

function Webhook() {
  const read = createRead(OfficeWebhookScreenQuery, { requestPolicy: 'network-only' })
  return (
    <Show when={read.data()} keyed>
      {(data) => <WebhookForm current={data.officeWebhook ? readFragment(WebhookFields, data.officeWebhook) : null} />}
    </Show>
  )
}

export default function DeliveriesRoute() {
  const [status, setStatus] = createSignal<(typeof statuses)[number] | ''>('')
  const [channel, setChannel] = createSignal<(typeof channels)[number] | ''>('')
  const [count, setCount] = createSignal(pageSize)
  const [problem, setProblem] = createSignal<string>()
  const [retried, setRetried] = createSignal<string>()
  const log = createRead(NoticeDeliveriesQuery, {
    variables: () => ({ filter: { status: status() || null, channel: channel() || null }, first: count() }),
    requestPolicy: 'network-only',
  })
  const rows = () => log.data()?.noticeDeliveries.edges.map((edge) => edge.node) ?? []

  async function retry(id: string) {
    setProblem(undefined)
    const sent = await sendOnline(
      RetryDelivery,
      { input: { clientMutationId: uuidv7(), id } },
      t('office.deliveries.offline'),
    )
    if (!sent.ok) return setProblem(sent.message)
    setRetried(id)
    log.refetch({ requestPolicy: 'network-only' })
  }

  return (
    <div class="screen">
      <AppHeader title={t('office.deliveries.title')} />
      <main class="content office settings" data-testid="office-deliveries">
        <Webhook />
        <div class="office-filters">
          <Field label={t('office.deliveries.status')} for="delivery-status">
            <select id="delivery-status" value={status()} onChange={(e) => setStatus(e.currentTarget.value as never)}>
              <option value="">{t('office.deliveries.anyStatus')}</option>
              <For each={statuses}>
                {(value) => <option value={value}>{t(`office.deliveries.status.${value}` as MessageKey)}</option>}
              </For>
            </select>
          </Field>
          <Field label={t('office.deliveries.channel')} for="delivery-channel">
            <select
              id="delivery-channel"
              value={channel()}
              onChange={(e) => setChannel(e.currentTarget.value as never)}
            >
              <option value="">{t('office.deliveries.anyChannel')}</option>
              <For each={channels}>
                {(value) => <option value={value}>{t(`office.deliveries.channel.${value}` as MessageKey)}</option>}
              </For>
            </select>
          </Field>
        </div>
        <Show when={log.offline()}>
          <p class="notice">{t('office.deliveries.offline')}</p>
        </Show>
        <Show when={log.failed()}>{(message) => <p class="form-error">{message()}</p>}</Show>
        <FormError message={problem()} />
        <Show when={log.data() && rows().length === 0}>
          <p class="card-meta">{t('office.deliveries.none')}</p>
        </Show>
        <ul class="delivery-list" data-testid="delivery-list">
          <For each={rows()}>
            {(row) => (
              <li class={`delivery delivery-${row.status.toLowerCase()}`} data-status={row.status}>
                <div class="delivery-head">
                  <strong>{t(`office.deliveries.status.${row.status}` as MessageKey)}</strong>
                  <span>{t(`office.deliveries.channel.${row.channel}` as MessageKey)}</span>
                  <span>{row.recipient.name}</span>
                </div>
                <div>
                  {t(`notice.kind.${row.kind}` as MessageKey)} · {row.title}
                </div>
                <div class="muted">
                  {t('office.deliveries.attempts', { count: row.attempts })}
                  <Show when={row.status === 'PENDING'}>
                    {' '}
                    · {t('office.deliveries.next', { at: when(row.nextAttemptAt) })}
                  </Show>
                  <Show when={row.sentAt}>{(at) => <> · {t('office.deliveries.sentAt', { at: when(at()) })}</>}</Show>
                </div>
                <Show when={row.lastError}>{(error) => <div class="delivery-error">{error()}</div>}</Show>
                <Show when={row.status !== 'SENT'}>
                  <button type="button" class="button" onClick={() => void retry(row.uuid)}>
                    {t('office.deliveries.retry')}
                  </button>
                </Show>
                <Show when={retried() === row.uuid}>
                  <p role="status" class="muted">
                    {t('office.deliveries.retried')}
                  </p>
                </Show>
              </li>
            )}
          </For>
        </ul>
        <Show when={log.data()?.noticeDeliveries.pageInfo.hasNextPage}>
          <button type="button" class="button" onClick={() => setCount(count() + pageSize)}>
            {t('office.deliveries.more')}
          </button>
        </Show>
      </main>
    </div>
  )
}

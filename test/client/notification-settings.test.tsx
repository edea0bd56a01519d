// The two screens of notices leaving the app: 我的通知设置 (each kind's channels, quiet hours) saved whole, and
// the office's 通知发送记录, failures first, with 立即重试.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@solidjs/testing-library'
import NotificationSettingsRoute from '../../client/src/account/notification-settings.tsx'
import DeliveriesRoute from '../../client/src/office/deliveries/deliveries.tsx'
import { changeLocale } from '../../client/src/i18n/index.ts'
import { leader, signIn } from './leader-fixtures.ts'
import { officeAdmin, serveOffice } from './office-harness.tsx'

afterEach(async () => {
  cleanup()
  vi.unstubAllGlobals()
  await changeLocale('zh-CN')
})

const kinds = ['FOLLOW_UP_DUE', 'PROJECT_ASSIGNED', 'DIGEST', 'ACCOUNT_LOCKED'] as const
const preferences = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'NotificationPreferences',
  kinds: kinds.map((kind) => ({
    __typename: 'NoticeKindChoice',
    kind,
    webPush: kind !== 'DIGEST',
    webhook: kind === 'ACCOUNT_LOCKED',
  })),
  quietHours: { __typename: 'QuietHours', start: '22:00', end: '07:30' },
  saved: false,
  pushAvailable: true,
  webhookAvailable: true,
  ...overrides,
})

describe('my notification settings', () => {
  it('show each kind’s channels and the quiet hours, and save the whole choice', async () => {
    signIn(leader)
    const { sent } = serveOffice('/settings/notifications', NotificationSettingsRoute, {
      MyNotificationPreferencesScreen: { data: { myNotificationPreferences: preferences() } },
      SaveNotificationPreferences: { data: { setNotificationPreferences: preferences({ saved: true }) } },
    })
    const digestPush = await screen.findByRole('checkbox', { name: '每日汇总 · 推送' })
    expect(digestPush).toHaveProperty('checked', false)
    expect(screen.getByRole('checkbox', { name: '账号被锁定 · 政务微信等' })).toHaveProperty('checked', true)
    fireEvent.click(digestPush)
    fireEvent.input(screen.getByLabelText('开始'), { target: { value: '21:00' } })
    fireEvent.click(screen.getByRole('button', { name: '保存通知设置' }))
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已保存'))
    const save = sent.find((body) => body.operationName === 'SaveNotificationPreferences')!
    expect(save.variables.input).toMatchObject({
      quietHours: { start: '21:00', end: '07:30' },
      kinds: expect.arrayContaining([{ kind: 'DIGEST', webPush: true, webhook: false }]),
    })
  })

  it('leave out a channel the server cannot send by, and read in English', async () => {
    signIn(leader)
    await changeLocale('en')
    serveOffice('/settings/notifications', NotificationSettingsRoute, {
      MyNotificationPreferencesScreen: {
        data: { myNotificationPreferences: preferences({ webhookAvailable: false, quietHours: null }) },
      },
    })
    expect(await screen.findByRole('checkbox', { name: 'Daily digest · Push' })).toBeTruthy()
    expect(screen.queryByRole('checkbox', { name: /WeCom/ })).toBeNull()
    expect(screen.getByRole('checkbox', { name: 'Quiet hours on' })).toHaveProperty('checked', false)
  })
})

const delivery = (uuid: string, status: string, fields: Record<string, unknown> = {}) => ({
  __typename: 'NoticeDelivery',
  uuid,
  channel: 'WEBHOOK',
  kind: 'SUPPORT_ESCALATED',
  title: '诉求已升级督办',
  status,
  attempts: 1,
  nextAttemptAt: '2027-03-01T04:01:00.000Z',
  lastAttemptAt: '2027-03-01T04:00:00.000Z',
  lastStatus: status === 'FAILED' ? 400 : null,
  lastError: status === 'FAILED' ? 'HTTP 400' : null,
  sentAt: status === 'SENT' ? '2027-03-01T04:00:00.000Z' : null,
  recipient: { __typename: 'User', id: btoa('User:s'), name: '张婷' },
  ...fields,
})
const page = (...nodes: ReturnType<typeof delivery>[]) => ({
  data: {
    noticeDeliveries: {
      __typename: 'NoticeDeliveryConnection',
      pageInfo: { __typename: 'PageInfo', hasNextPage: false },
      edges: nodes.map((node) => ({ __typename: 'NoticeDeliveryEdge', node })),
    },
  },
})

describe('the office’s delivery log', () => {
  it('lists failures first with their error, and retries one now', async () => {
    signIn(officeAdmin)
    const { sent } = serveOffice('/office/deliveries', DeliveriesRoute, {
      OfficeWebhookScreen: { data: { officeWebhook: null } },
      NoticeDeliveriesScreen: page(delivery('d-failed', 'FAILED'), delivery('d-sent', 'SENT')),
      RetryDelivery: {
        data: {
          retryNoticeDelivery: {
            __typename: 'NoticeDelivery',
            uuid: 'd-failed',
            status: 'PENDING',
            nextAttemptAt: '2027-03-01T04:05:00.000Z',
            attempts: 1,
            lastError: 'HTTP 400',
          },
        },
      },
    })
    const list = await screen.findByTestId('delivery-list')
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2))
    const [failed, done] = within(list).getAllByRole('listitem')
    expect(failed!.dataset.status).toBe('FAILED')
    expect(failed!.textContent).toContain('HTTP 400')
    expect(within(done!).queryByRole('button')).toBeNull()
    fireEvent.click(within(failed!).getByRole('button', { name: '立即重试' }))
    await waitFor(() => expect(sent.some((body) => body.operationName === 'RetryDelivery')).toBe(true))
    expect(sent.find((body) => body.operationName === 'RetryDelivery')!.variables.input).toMatchObject({
      id: 'd-failed',
    })
    expect(await within(failed!).findByText('已安排重试，一分钟内发送')).toBeTruthy()
    expect(screen.getByTestId('webhook-form')).toBeTruthy()
  })
})

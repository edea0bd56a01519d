// The inbox on a phone: newest first, the unread in bold, the bell counting them; a tap marks the notice read
// through the outbox (offline too) and opens what it is about; 全部已读 queues one mark up to the newest shown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, waitFor } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import InboxRoute from '../../client/src/inbox/inbox.tsx'
import { renderAt, screen, stubRoute } from './staff-harness.tsx'
import { clearOutbox, departmentStaff, queued, signInOffline } from './manager-harness.tsx'

const uuid = (n: number) => `0190e000-0000-7000-8000-00000000000${n}`
const requestUuid = '0190d000-0000-7000-8000-000000000001'
const notice = (n: number, overrides: Record<string, unknown> = {}) => ({
  __typename: 'Notice',
  id: btoa(`Notice:${uuid(n)}`),
  uuid: uuid(n),
  kind: 'SUPPORT_ASSIGNED',
  title: `新交办诉求：项目${n}`,
  body: '东部园区交办给人社局',
  createdAt: `2026-11-0${n}T02:00:00.000Z`,
  readAt: null,
  subject: { __typename: 'NoticeSubject', uuid: requestUuid, typename: 'SupportRequest' },
  ...overrides,
})
const answers = (nodes: ReturnType<typeof notice>[]) => ({
  Inbox: () => ({
    notices: {
      __typename: 'NoticeConnection',
      edges: nodes.map((node) => ({ __typename: 'NoticeEdge', node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  }),
  UnreadNotices: () => ({
    unreadNoticeCount: nodes.filter((node) => !node.readAt).length,
    notices: {
      __typename: 'NoticeConnection',
      edges: nodes.filter((node) => !node.readAt).map((node) => ({ __typename: 'NoticeEdge', node })),
    },
  }),
})

afterEach(cleanup)

describe('the inbox', () => {
  beforeEach(async () => {
    signInOffline(departmentStaff)
    await clearOutbox(departmentStaff)
  })

  it('lists the notices with the unread bold, and a tap queues one mark and opens the request', async () => {
    const nodes = [notice(2), notice(1, { readAt: '2026-11-01T03:00:00.000Z', kind: 'SUPPORT_REASSIGNED' })]
    renderAt('/inbox', answers(nodes), () => (
      <>
        <Route path="/inbox" component={InboxRoute} />
        {stubRoute('/requests/:id', '诉求页面')}
      </>
    ))
    const items = await screen.findAllByTestId('inbox-item')
    expect(items.map((item) => item.dataset.read)).toEqual(['false', 'true'])
    expect(items[0]!.className).toContain('inbox-unread')
    await waitFor(() => expect(screen.getByTestId('notice-badge').textContent).toBe('1'))

    fireEvent.click(items[0]!)
    await screen.findByText('诉求页面')
    const entries = await queued(departmentStaff)
    expect(entries.map((entry) => [entry.operation, entry.variables.input])).toEqual([
      ['markNoticesRead', { clientMutationId: expect.any(String), ids: [uuid(2)] }],
    ])
  })

  it('marks all read up to the newest shown, and the badge goes at once', async () => {
    renderAt('/inbox', answers([notice(2), notice(1)]), () => <Route path="/inbox" component={InboxRoute} />)
    await waitFor(() => expect(screen.getByTestId('notice-badge').textContent).toBe('2'))
    fireEvent.click(await screen.findByTestId('inbox-mark-all'))
    await waitFor(() => expect(screen.queryByTestId('notice-badge')).toBeNull())
    const entries = await queued(departmentStaff)
    expect(entries.map((entry) => entry.variables.input)).toEqual([
      { clientMutationId: expect.any(String), before: '2026-11-02T02:00:00.000Z' },
    ])
    expect(screen.getAllByTestId('inbox-item').map((item) => item.dataset.read)).toEqual(['true', 'true'])
  })

  it('says so when there is nothing', async () => {
    renderAt('/inbox', answers([]), () => <Route path="/inbox" component={InboxRoute} />)
    expect(await screen.findByText(/暂无通知/)).toBeTruthy()
  })
})

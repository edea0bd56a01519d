// 督办: the talent office lists every late request with how late it is and the level it reached, runs the
// escalation at once and reads how many moved; a department head sees what escalated to the unit, and a tap
// opens the request, where the head reads which project it is and is offered no step.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import EscalatedRoute from '../../client/src/department/escalated.tsx'
import RequestDetailRoute from '../../client/src/department/request-detail.tsx'
import RequestsRoute from '../../client/src/department/requests.tsx'
import { resetClock, setClock } from '../support/clock.ts'
import { leader, signIn } from './leader-fixtures.ts'
import { officeAdmin, serveOffice } from './office-harness.tsx'

const inspectUnit = { __typename: 'Unit', id: btoa('Unit:0190a000-0000-7000-8000-0000000000d9'), name: '县委督查室' }
const inspectHead = {
  ...leader,
  id: btoa('User:0190a000-0000-7000-8000-000000000009'),
  login: 'inspect.head',
  name: '钱督查',
  role: 'UNIT_LEADER' as const,
  unit: inspectUnit,
}
const uuid = (n: number) => `0190d000-0000-7000-8000-00000000001${n}`
const request = (n: number, fields: Record<string, unknown>) => ({
  __typename: 'SupportRequest',
  id: btoa(`SupportRequest:${uuid(n)}`),
  uuid: uuid(n),
  category: 'FUNDING',
  description: `诉求${n}`,
  status: 'ASSIGNED',
  dueAt: '2026-06-05T15:59:59.999Z',
  overdue: true,
  escalatedAt: '2026-06-06T01:00:00.000Z',
  escalationLevel: 1,
  escalationLabel: '人才办',
  lastEscalatedAt: '2026-06-06T01:00:00.000Z',
  version: 3,
  createdAt: '2026-05-20T02:00:00.000Z',
  department: { __typename: 'Unit', id: btoa('Unit:industry'), uuid: 'industry', name: '工信局' },
  project: {
    __typename: 'Project',
    id: btoa('Project:0190c000-0000-7000-8000-000000000001'),
    uuid: '0190c000-0000-7000-8000-000000000001',
    title: '新材料中试基地',
    stage: 'LANDED',
    unit: { __typename: 'Unit', id: btoa('Unit:east'), name: '东部园区' },
    talent: { __typename: 'Talent', id: btoa('Talent:1'), name: '李四' },
  },
  ...fields,
})
const page = (...nodes: ReturnType<typeof request>[]) => ({
  data: {
    escalatedSupportRequests: {
      __typename: 'SupportRequestConnection',
      edges: nodes.map((node) => ({ __typename: 'SupportRequestEdge', node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
})
const cards = () =>
  screen.getAllByTestId('request-card').map((card) => card.querySelector('.escalation-facts')!.textContent)

beforeEach(() => setClock('2026-06-10T10:00:00+08:00'))
afterEach(() => {
  cleanup()
  resetClock()
  vi.unstubAllGlobals()
})

describe('the office’s 督办 list', () => {
  it('shows how late each request is and where it went, and escalates at once on a tap', async () => {
    signIn(officeAdmin)
    const waiting = request(2, { dueAt: '2026-06-10T01:00:00.000Z', escalatedAt: null, escalationLevel: 0 })
    Object.assign(waiting, { escalationLabel: null, lastEscalatedAt: null })
    const server = serveOffice('/escalated', EscalatedRoute, {
      EscalatedRequests: [
        page(request(1, {}), waiting),
        page(request(1, { escalationLevel: 2, escalationLabel: '县委督查室' }), {
          ...waiting,
          escalationLevel: 1,
          escalationLabel: '人才办',
          lastEscalatedAt: '2026-06-10T02:00:00.000Z',
        }),
      ],
      EscalateOverdue: { data: { escalateOverdueSupportRequests: 2 } },
    })
    await screen.findAllByTestId('request-card')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('督办诉求')
    expect(cards()).toEqual(['超期 5 天人才办（第 1 级） · 6/6 09:00', '今天超期待升级督办'])
    const first = screen.getAllByTestId('request-card')[0]!
    expect(first.textContent).toContain('新材料中试基地 · 李四')
    expect(within(first).getByRole('link').getAttribute('href')).toBe(`/requests/${uuid(1)}`)

    fireEvent.click(screen.getByRole('button', { name: '立即升级超期诉求' }))
    expect(await screen.findByText('已升级 2 条诉求')).toBeTruthy()
    expect(server.of('EscalateOverdue')).toHaveLength(1)
    await waitFor(() =>
      expect(cards()).toEqual(['超期 5 天县委督查室（第 2 级） · 6/6 09:00', '今天超期人才办（第 1 级） · 6/10 10:00']),
    )
  })

  it('says so when nothing needed escalating, and when nothing is late', async () => {
    signIn(officeAdmin)
    serveOffice('/escalated', EscalatedRoute, {
      EscalatedRequests: page(),
      EscalateOverdue: { data: { escalateOverdueSupportRequests: 0 } },
    })
    expect(await screen.findByText('没有需要督办的诉求')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '立即升级超期诉求' }))
    expect(await screen.findByText('没有需要升级的诉求')).toBeTruthy()
  })
})

describe('a department head the chain names', () => {
  it('is told on the requests list that requests escalated to the unit', async () => {
    signIn(inspectHead)
    serveOffice('/requests', RequestsRoute, {
      SupportRequestList: {
        data: {
          supportRequests: {
            __typename: 'SupportRequestConnection',
            edges: [],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        },
      },
      EscalatedCount: page(request(1, {}), request(2, {})),
      DepartmentUnits: { data: { units: [] } },
    })
    const notice = await screen.findByTestId('escalated-notice')
    expect(notice.textContent).toContain('2 条诉求升级到本单位督办')
    expect(notice.getAttribute('href')).toBe('/escalated')
  })

  it('finds what escalated to the unit and opens it, reading the project without a way into it', async () => {
    signIn(inspectHead)
    const escalated = request(1, { escalationLevel: 2, escalationLabel: '县委督查室' })
    serveOffice(
      '/escalated',
      EscalatedRoute,
      {
        EscalatedRequests: page(escalated),
        SupportRequestScreen: {
          data: {
            node: {
              ...escalated,
              resolution: null,
              rejectReason: null,
              satisfaction: null,
              createdBy: { __typename: 'User', id: btoa('User:m'), name: '李晓峰' },
              events: [
                {
                  __typename: 'SupportRequestEvent',
                  kind: 'ESCALATED',
                  note: '超期仍未办结，升级县委督查室督办',
                  at: '2026-06-06T01:00:00.000Z',
                  by: null,
                  fromUnit: { __typename: 'Unit', id: btoa('Unit:office'), name: '人才办' },
                  toUnit: inspectUnit,
                },
              ],
            },
          },
        },
        DepartmentUnits: { data: { units: [] } },
      },
      () => <Route path="/requests/:id" component={RequestDetailRoute} />,
    )
    await screen.findAllByTestId('request-card')
    expect(screen.getByText('升级到本单位督办、仍未办结的诉求，超期最久的在前。')).toBeTruthy()
    expect(screen.queryByTestId('escalate-now')).toBeNull()

    fireEvent.click(within(screen.getByTestId('request-card')).getByRole('link'))
    const summary = await screen.findByTestId('request-summary')
    expect(summary.textContent).toContain('新材料中试基地 · 李四（东部园区）')
    expect(within(summary).queryByRole('link')).toBeNull()
    expect(screen.getByTestId('request-escalation').textContent).toBe('县委督查室（第 2 级） · 6/6 09:00')
    expect(screen.getByText('超期仍未办结，升级县委督查室督办')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '交办' })).toBeNull()
    expect(screen.queryByRole('button', { name: '转办' })).toBeNull()
  })
})

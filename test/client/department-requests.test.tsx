// The support-request list and a request's page: department staff start from what is with them, the overdue
// first; a request shows every hop with its reason; what the user queued shows at once, marked 未同步.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, waitFor, within } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import RequestsRoute from '../../client/src/department/requests.tsx'
import RequestDetailRoute from '../../client/src/department/request-detail.tsx'
import { enqueueWrite } from '../../client/src/outbox/index.ts'
import { createSupportRequestWrite } from '../../client/src/manager/support-request-write.ts'
import { renderAt, screen } from './staff-harness.tsx'
import {
  clearOutbox,
  departmentStaff,
  departmentUnits,
  hrssUnit,
  industryUnit,
  manager,
  queued,
  signInOffline,
} from './manager-harness.tsx'

const projectUuid = '0190c000-0000-7000-8000-000000000009'
const requestId = (n: number) => `0190d000-0000-7000-8000-00000000000${n}`
const unitNode = (unit: { uuid: string; name: string }) => ({
  __typename: 'Unit',
  id: btoa(`Unit:${unit.uuid}`),
  ...unit,
})
const requestNode = (n: number, overrides: Record<string, unknown> = {}) => ({
  __typename: 'SupportRequest',
  id: btoa(`SupportRequest:${requestId(n)}`),
  uuid: requestId(n),
  category: 'HOUSING',
  description: `诉求${n}`,
  status: 'ASSIGNED',
  dueAt: '2026-12-20T15:59:59.999Z',
  overdue: false,
  escalatedAt: null,
  version: 2,
  createdAt: '2026-11-01T02:00:00.000Z',
  department: unitNode(hrssUnit),
  project: {
    __typename: 'Project',
    id: btoa(`Project:${projectUuid}`),
    uuid: projectUuid,
    title: '新材料中试基地',
    stage: 'LANDED',
    unit: { __typename: 'Unit', id: 'VW5pdDplYXN0', name: '东部园区' },
    talent: { __typename: 'Talent', id: 'VGFsZW50OjE=', name: '李四' },
  },
  ...overrides,
})

const listed = () =>
  screen
    .getAllByTestId(/request-card|pending-request/)
    .map((card) => card.querySelector('.request-description')!.textContent)

afterEach(cleanup)

describe('a department’s list', () => {
  beforeEach(() => signInOffline(departmentStaff))

  it(
    'asks for what is with the department now, ' + 'and shows the overdue first, the longest overdue at the top',
    async () => {
      const asked: Record<string, unknown>[] = []
      const nodes = [
        requestNode(1),
        requestNode(2, { overdue: true, dueAt: '2026-11-20T15:59:59.999Z' }),
        requestNode(3, { overdue: true, dueAt: '2026-11-10T15:59:59.999Z', escalatedAt: '2026-11-16T00:00:00.000Z' }),
      ]
      renderAt(
        '/requests',
        {
          SupportRequestList: (variables) => {
            asked.push(variables)
            return {
              supportRequests: {
                edges: nodes.map((node) => ({ node })),
                pageInfo: { hasNextPage: false, endCursor: null },
              },
            }
          },
          DepartmentUnits: departmentUnits,
        },
        () => <Route path="/requests" component={RequestsRoute} />,
      )
      await screen.findAllByTestId('request-card')
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('本部门承办的诉求')
      expect(listed()).toEqual(['诉求3', '诉求2', '诉求1'])
      expect(asked[0]).toMatchObject({ departmentId: hrssUnit.uuid })
      expect(screen.getAllByTestId('request-card')[0]!.textContent).toContain('已升级督办')

      fireEvent.click(screen.getByLabelText('只看本部门正在承办的'))
      await waitFor(() => expect(asked.at(-1)).toMatchObject({ departmentId: null }))
    },
  )
})

describe('a project’s list, for the park manager', () => {
  beforeEach(async () => {
    signInOffline(manager)
    await clearOutbox(manager)
  })

  it('shows a request logged offline at once, marked 未同步, above the server’s', async () => {
    await enqueueWrite(
      createSupportRequestWrite(
        projectUuid,
        { category: 'HIRING', description: '急需 20 名操作工', departmentId: hrssUnit.uuid, due: '' },
        manager.id,
      ),
    )
    renderAt(
      `/requests?projectId=${projectUuid}`,
      {
        SupportRequestList: () => ({
          supportRequests: { edges: [{ node: requestNode(1) }], pageInfo: { hasNextPage: false, endCursor: null } },
        }),
        DepartmentUnits: departmentUnits,
      },
      () => <Route path="/requests" component={RequestsRoute} />,
    )
    const pending = await screen.findByTestId('pending-request')
    expect(pending.textContent).toContain('急需 20 名操作工')
    expect(pending.textContent).toContain('未同步')
    await waitFor(() => expect(pending.textContent).toContain('人社局'))
    expect(listed()).toEqual(['急需 20 名操作工', '诉求1'])
    expect(screen.getByTestId('new-request').getAttribute('href')).toBe(`/projects/${projectUuid}/requests/new`)
  })
})

describe('a request’s page', () => {
  beforeEach(async () => {
    signInOffline(departmentStaff)
    await clearOutbox(departmentStaff)
  })

  const events = [
    {
      kind: 'CREATED',
      note: null,
      at: '2026-11-01T02:00:00.000Z',
      by: { __typename: 'User', id: 'u1', name: '李晓峰' },
      fromUnit: null,
      toUnit: null,
    },
    {
      kind: 'ASSIGNED',
      note: null,
      at: '2026-11-01T03:00:00.000Z',
      by: { __typename: 'User', id: 'u1', name: '李晓峰' },
      fromUnit: null,
      toUnit: unitNode(industryUnit),
    },
    {
      kind: 'REASSIGNED',
      note: '属人才住房保障，转人社局办理',
      at: '2026-11-02T03:00:00.000Z',
      by: { __typename: 'User', id: 'u2', name: '黄涛（工信局）' },
      fromUnit: unitNode(industryUnit),
      toUnit: unitNode(hrssUnit),
    },
  ]
  const detail = requestNode(4, {
    resolution: null,
    rejectReason: null,
    satisfaction: null,
    createdBy: { __typename: 'User', id: 'u1', name: '李晓峰' },
    events,
  })

  it('shows every hop with its reason, and a step taken offline at once as 未同步', async () => {
    renderAt(
      `/requests/${requestId(4)}`,
      { SupportRequestScreen: () => ({ node: detail }), DepartmentUnits: departmentUnits },
      () => <Route path="/requests/:id" component={RequestDetailRoute} />,
    )
    const history = await screen.findByTestId('request-history')
    expect(history.textContent).toContain('转办 · 工信局 → 人社局')
    expect(history.textContent).toContain('属人才住房保障，转人社局办理')
    expect(screen.getByTestId('request-status').textContent).toBe('已交办')

    fireEvent.click(screen.getByRole('button', { name: '记录进展' }))
    fireEvent.input(screen.getByLabelText(/办理进展/), { target: { value: '已约企业周五现场核实' } })
    fireEvent.click(within(screen.getByTestId('step-form-progress')).getByRole('button', { name: '记录进展' }))
    const step = await screen.findByTestId('pending-step')
    expect(step.textContent).toContain('已约企业周五现场核实')
    expect(step.textContent).toContain('未同步')
    await waitFor(() => expect(screen.getByTestId('request-status').textContent).toBe('办理中'))
    expect((await queued(departmentStaff))[0]).toMatchObject({
      operation: 'recordSupportProgress',
      variables: { input: { id: requestId(4), version: 2 } },
    })
  })
})

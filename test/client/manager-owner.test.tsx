// The park manager names a project's owner and helpers from the unit's people, and logs a signed project's
// support request; both are queued in the outbox with the ids, versions and records the server needs.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, waitFor } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import OwnerRoute from '../../client/src/manager/owner.tsx'
import NewRequestRoute from '../../client/src/manager/new-request.tsx'
import { renderAt, screen, stubRoute } from './staff-harness.tsx'
import { clearOutbox, departmentUnits, hrssUnit, manager, members, queued, signInOffline } from './manager-harness.tsx'

const projectUuid = '0190c000-0000-7000-8000-000000000021'
const project = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Project',
  id: btoa(`Project:${projectUuid}`),
  uuid: projectUuid,
  title: '新材料中试基地',
  stage: 'SIGNED',
  status: 'ACTIVE',
  version: 7,
  light: 'GREEN',
  talent: { __typename: 'Talent', id: 'VGFsZW50OjE=', name: '李四' },
  owner: members[0],
  deadlines: [],
  signing: { __typename: 'Signing', id: 'U2lnbmluZzox' },
  landing: null,
  unit: { __typename: 'Unit', id: manager.unit.id, uuid: '0190a000-0000-7000-8000-0000000000e1' },
  followers: [],
  ...overrides,
})

beforeAll(() => signInOffline(manager))
beforeEach(() => clearOutbox(manager))
afterEach(cleanup)

describe('owner and helpers', () => {
  it('queue the new owner on the project’s version and each helper added', async () => {
    renderAt(
      `/projects/${projectUuid}/owner`,
      { ManagerProjectOwner: () => ({ node: project() }), UnitMembers: () => ({ unitMembers: members }) },
      () => (
        <>
          <Route path="/projects/:id/owner" component={OwnerRoute} />
          {stubRoute('/pipeline', '看板')}
        </>
      ),
    )
    const owners = await screen.findAllByRole('radio')
    expect(owners.map((radio) => radio.closest('label')!.textContent)).toEqual(['张婷', '刘洋', '李晓峰'])
    expect((owners[0] as HTMLInputElement).checked).toBe(true)
    fireEvent.click(screen.getByTestId('save-owner'))
    expect(await screen.findByText('没有改动')).toBeTruthy()

    fireEvent.click(owners[1]!)
    fireEvent.click(screen.getByRole('checkbox', { name: '张婷' }))
    fireEvent.click(screen.getByTestId('save-owner'))
    await waitFor(async () => expect(await queued(manager)).toHaveLength(2))
    const [assign, follow] = await queued(manager)
    expect(assign).toMatchObject({
      operation: 'assignProjectOwner',
      recordIds: [projectUuid],
      variables: { input: { id: projectUuid, ownerId: members[1]!.uuid, version: 7 } },
    })
    expect(follow).toMatchObject({
      operation: 'setProjectFollower',
      recordIds: [projectUuid],
      variables: { input: { id: projectUuid, userId: members[0]!.uuid, following: true } },
    })
    expect(await screen.findByText('看板')).toBeTruthy()
  })
})

describe('a new support request', () => {
  const renderForm = (stage = 'SIGNED') =>
    renderAt(
      `/projects/${projectUuid}/requests/new`,
      { ManagerRequestProject: () => ({ node: project({ stage }) }), DepartmentUnits: departmentUnits },
      () => (
        <>
          <Route path="/projects/:id/requests/new" component={NewRequestRoute} />
          {stubRoute('/requests', '诉求列表')}
        </>
      ),
    )

  it('is only offered once the project is signed', async () => {
    renderForm('NEGOTIATING')
    expect(await screen.findByText('项目签约后才能登记落地服务诉求')).toBeTruthy()
    expect(screen.queryByTestId('submit-request')).toBeNull()
  })

  it(
    'says in Chinese what is missing, ' + 'then queues the request with its own id, the department and the due day',
    async () => {
      renderForm()
      fireEvent.click(await screen.findByTestId('submit-request'))
      expect(await screen.findByText('请选择诉求类别')).toBeTruthy()
      expect(screen.getByText('请填写诉求内容')).toBeTruthy()
      expect(await queued(manager)).toEqual([])

      fireEvent.change(screen.getByLabelText(/诉求类别/), { target: { value: 'HOUSING' } })
      fireEvent.input(screen.getByLabelText(/诉求内容/), { target: { value: '核心团队 3 人申请人才公寓' } })
      fireEvent.change(screen.getByLabelText(/交办部门/), { target: { value: hrssUnit.uuid } })
      fireEvent.input(screen.getByLabelText(/办结期限/), { target: { value: '2099-12-31' } })
      fireEvent.click(screen.getByTestId('submit-request'))
      expect(await screen.findByText('诉求列表')).toBeTruthy()
      const [entry] = await queued(manager)
      const input = entry!.variables.input as Record<string, string>
      expect(entry).toMatchObject({ operation: 'createSupportRequest', recordIds: [input.id, projectUuid] })
      expect(input).toMatchObject({
        projectId: projectUuid,
        category: 'HOUSING',
        description: '核心团队 3 人申请人才公寓',
        departmentId: hrssUnit.uuid,
        dueAt: '2099-12-31T15:59:59.999Z',
      })
      expect(input.id).toMatch(/^[0-9a-f-]{36}$/)
    },
  )
})

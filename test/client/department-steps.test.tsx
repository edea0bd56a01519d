// A department works a request through steps: progress, resolve, reject, and hand it on to another department
// only with a reason. Each step is queued in the outbox on the version the request will have by then.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library'
import { StepFormPanel } from '../../client/src/department/step-form.tsx'
import { availableSteps, statusWithPending, validateStep } from '../../client/src/department/support-steps.ts'
import { pendingSteps } from '../../client/src/outbox/overlay.ts'
import {
  clearOutbox,
  departmentStaff,
  hrssUnit,
  industryUnit,
  manager,
  queued,
  signInOffline,
} from './manager-harness.tsx'

const requestUuid = '0190d000-0000-7000-8000-000000000001'
const request = { uuid: requestUuid, version: 5, departmentUuid: hrssUnit.uuid }

function renderStep(step: Parameters<typeof StepFormPanel>[0]['step'], onDone = () => {}) {
  render(() => <StepFormPanel step={step} request={request} departments={[hrssUnit, industryUnit]} onDone={onDone} />)
}
const type = (label: RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } })

beforeAll(() => signInOffline(departmentStaff))
beforeEach(() => clearOutbox(departmentStaff))
afterEach(cleanup)

describe('who may take which step', () => {
  const withUs = { withMyDepartment: true, projectOfMyUnit: false }
  const ours = { withMyDepartment: false, projectOfMyUnit: true }
  const elsewhere = { withMyDepartment: false, projectOfMyUnit: false }

  it('lets the department that has the request work it, and nobody else in the departments', () => {
    expect(availableSteps(departmentStaff, 'ASSIGNED', withUs)).toEqual(['progress', 'resolve', 'reassign', 'reject'])
    expect(availableSteps(departmentStaff, 'IN_PROGRESS', elsewhere)).toEqual([])
    expect(availableSteps(departmentStaff, 'RESOLVED', withUs)).toEqual([])
  })

  it('lets the project’s unit assign, close with a rating and reopen', () => {
    expect(availableSteps(manager, 'OPEN', ours)).toEqual(['assign'])
    expect(availableSteps(manager, 'IN_PROGRESS', ours)).toEqual(['reassign'])
    expect(availableSteps(manager, 'RESOLVED', ours)).toEqual(['close', 'rate', 'reopen'])
    expect(availableSteps({ role: 'STAFF' }, 'ASSIGNED', ours)).toEqual([])
  })

  it('offers nothing to a unit that reads another unit’s request because it escalated there (督办)', () => {
    expect(availableSteps(manager, 'IN_PROGRESS', elsewhere)).toEqual([])
    expect(availableSteps({ role: 'UNIT_LEADER' }, 'OPEN', elsewhere)).toEqual([])
    expect(availableSteps({ role: 'ADMIN' }, 'OPEN', elsewhere)).toEqual(['assign'])
  })
})

describe('handing a request on', () => {
  it('needs another department and a reason, said in Chinese, before anything is queued', async () => {
    renderStep('reassign')
    fireEvent.click(screen.getByRole('button', { name: '转办' }))
    expect(await screen.findByText('转办须填写原因，每一次转办都会留痕')).toBeTruthy()
    expect(screen.getByText('请选择部门')).toBeTruthy()
    // The department it is with now is not offered.
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['请选择', '工信局'])
    expect(
      validateStep('reassign', { text: '属人才住房', departmentId: hrssUnit.uuid, satisfaction: null }, hrssUnit.uuid),
    ).toEqual({ departmentId: 'department.error.sameDepartment' })
    expect(await queued(departmentStaff)).toEqual([])
  })

  it('is queued with the department, the reason and the version', async () => {
    let done = false
    renderStep('reassign', () => (done = true))
    fireEvent.change(screen.getByLabelText(/转办到/), { target: { value: industryUnit.uuid } })
    type(/转办原因/, '涉及工业用地，属工信局职能')
    fireEvent.click(screen.getByRole('button', { name: '转办' }))
    await waitFor(async () => expect(await queued(departmentStaff)).toHaveLength(1))
    expect((await queued(departmentStaff))[0]).toMatchObject({
      operation: 'reassignSupportRequest',
      recordIds: [requestUuid],
      variables: {
        input: { id: requestUuid, version: 5, departmentId: industryUnit.uuid, reason: '涉及工业用地，属工信局职能' },
      },
    })
    expect(done).toBe(true)
  })
})

describe('progress, then a resolution, offline', () => {
  it(
    'queues both in order, the second on the version the first will leave, ' + 'and shows the request resolved',
    async () => {
      renderStep('progress')
      type(/办理进展/, '已与企业对接，正在核实社保缴纳')
      fireEvent.click(screen.getByRole('button', { name: '记录进展' }))
      await waitFor(async () => expect(await queued(departmentStaff)).toHaveLength(1))
      cleanup()
      renderStep('resolve')
      fireEvent.click(screen.getByRole('button', { name: '办结' }))
      expect(await screen.findByText('请填写办理结果')).toBeTruthy()
      type(/办理结果/, '已发放人才公寓钥匙')
      fireEvent.click(screen.getByRole('button', { name: '办结' }))
      await waitFor(async () => expect(await queued(departmentStaff)).toHaveLength(2))
      const entries = await queued(departmentStaff)
      expect(entries.map((entry) => [entry.operation, (entry.variables.input as { version: number }).version])).toEqual(
        [
          ['recordSupportProgress', 5],
          ['resolveSupportRequest', 6],
        ],
      )
      expect(entries[1]!.variables.input).toMatchObject({ resolution: '已发放人才公寓钥匙' })
      expect(statusWithPending('ASSIGNED', pendingSteps(entries, requestUuid))).toBe('RESOLVED')
    },
  )
})

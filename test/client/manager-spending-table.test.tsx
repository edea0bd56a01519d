// 人才投入 as a table at a desk, the phone offline: sorted by date or amount, narrowed by days and words of the
// purpose with the matching sum; a record corrected or removed (a reason required) waits in the outbox on the
// version the list shows, even one recorded here and not sent yet; the office reads the county with each
// row's unit and corrects any unit's; a county leader only reads.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, waitFor, within } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import SpendingRoute from '../../client/src/manager/spending.tsx'
import { countyToday } from '../../client/src/staff/dates.ts'
import type { SessionUser } from '../../client/src/session/session.ts'
import { renderAt, screen } from './staff-harness.tsx'
import { clearOutbox, manager, queued, signInOffline } from './manager-harness.tsx'
import { officeAdmin } from './office-harness.tsx'
import { leader } from './leader-fixtures.ts'

const year = countyToday().slice(0, 4)
const unit = (uuid: string, name: string) => ({ __typename: 'Unit', id: btoa(`Unit:${uuid}`), uuid, name })
const east = unit('0190a000-0000-7000-8000-0000000000e1', '东部园区')
const west = unit('0190a000-0000-7000-8000-0000000000e2', '西部园区')
const row = (n: number, spentOn: string, amount: string, purpose: string, of = east, version = 2) => ({
  __typename: 'TalentSpending',
  id: btoa(`TalentSpending:0190d000-0000-7000-8000-00000000000${n}`),
  uuid: `0190d000-0000-7000-8000-00000000000${n}`,
  spentOn: `${year}-${spentOn}`,
  amount,
  purpose,
  version,
  unit: { __typename: 'Unit', id: of.id, name: of.name },
})
const rent = row(1, '01-10', '8.5', '人才公寓租金补贴')
const fair = row(2, '03-02', '0.1', '招聘会展位费')
const meal = row(3, '02-15', '0.2', '专家座谈会工作餐')
const westTraining = row(4, '02-01', '12', '青年人才培训', west, 5)
const asked: Record<string, unknown>[] = []
// The server answers a unit's people their own unit, the office and leaders the county when no unit is named.
let countyReader = false
const answers = {
  UnitSpending: (variables: Record<string, unknown>) => {
    asked.push(variables)
    if (variables.unitId === west.uuid) return { talentSpendings: [westTraining], talentSpendingTotal: '12.00' }
    const rows = countyReader && !variables.unitId ? [fair, meal, rent, westTraining] : [fair, meal, rent]
    return { talentSpendings: rows, talentSpendingTotal: '8.80' }
  },
  SpendingUnits: () => ({ units: [east, west].map((each) => ({ ...each, retiredAt: null })) }),
}
const render = () => renderAt('/spending', answers, () => <Route path="/spending" component={SpendingRoute} />)
const purposes = () =>
  screen.getAllByTestId('spending-row').map((tr) => within(tr).getAllByRole('cell').at(-2)!.textContent)
const rowOf = (purpose: string) => screen.getByText(purpose).closest('tr')!
const type = (label: string | RegExp, value: string, inside: Pick<typeof screen, 'getByLabelText'> = screen) =>
  fireEvent.input(inside.getByLabelText(label), { target: { value } })

afterEach(cleanup)

describe('a unit’s spending at a desk', () => {
  beforeEach(async () => {
    countyReader = false
    signInOffline(manager)
    await clearOutbox(manager)
  })

  it('sorts by date, newest first, and by amount either way round', async () => {
    render()
    await screen.findByText('人才公寓租金补贴')
    const header = (name: RegExp) => screen.getByRole('button', { name }).closest('th')!
    expect(header(/^支出日期/).getAttribute('aria-sort')).toBe('descending')
    expect(purposes()).toEqual(['招聘会展位费', '专家座谈会工作餐', '人才公寓租金补贴'])
    fireEvent.click(screen.getByRole('button', { name: /^金额/ }))
    expect(header(/^金额/).getAttribute('aria-sort')).toBe('descending')
    expect(purposes()).toEqual(['人才公寓租金补贴', '专家座谈会工作餐', '招聘会展位费'])
    fireEvent.click(screen.getByRole('button', { name: /^金额/ }))
    expect(purposes()).toEqual(['招聘会展位费', '专家座谈会工作餐', '人才公寓租金补贴'])
  })

  it('narrows the year by days and words of the purpose, and sums what matches', async () => {
    render()
    await screen.findByText('人才公寓租金补贴')
    type('从', `${year}-02-01`)
    expect(purposes()).toEqual(['招聘会展位费', '专家座谈会工作餐'])
    expect(screen.getByTestId('spending-filtered').textContent).toBe('符合条件的 2 笔，合计 0.30 万元')
    type('到', `${year}-02-28`)
    expect(purposes()).toEqual(['专家座谈会工作餐'])
    type('从', '')
    type('到', '')
    type('按用途搜索', '补贴')
    expect(purposes()).toEqual(['人才公寓租金补贴'])
    type('按用途搜索', '不存在')
    expect(screen.getByText('没有符合条件的人才投入')).toBeTruthy()
    expect(screen.getByTestId('spending-total').textContent).toContain('年人才投入合计 8.80 万元')
  })

  it('corrects a record on its version, sending only what changed, and a second change on the next', async () => {
    render()
    await screen.findByText('人才公寓租金补贴')
    fireEvent.click(screen.getByRole('button', { name: '修改“人才公寓租金补贴”' }))
    const form = within(screen.getByRole('form', { name: '修改“人才公寓租金补贴”' }))
    expect((form.getByLabelText(/^金额/) as HTMLInputElement).value).toBe('8.5')
    type(/^金额/, '8.555', form)
    fireEvent.click(form.getByRole('button', { name: '保存修改' }))
    expect(await form.findByText('金额应为大于 0 的数字（最多两位小数）')).toBeTruthy()
    expect(await queued(manager)).toEqual([])
    type(/^金额/, '9', form)
    fireEvent.click(form.getByRole('button', { name: '保存修改' }))
    await waitFor(async () => expect(await queued(manager)).toHaveLength(1))
    expect((await queued(manager))[0]).toMatchObject({ operation: 'updateTalentSpending', recordIds: [rent.uuid] })
    expect((await queued(manager))[0]!.variables.input).toEqual({
      clientMutationId: expect.any(String),
      id: rent.uuid,
      version: 2,
      amount: '9',
    })
    await waitFor(() => expect(rowOf('人才公寓租金补贴').textContent).toContain('9 万元人才公寓租金补贴 未同步'))

    fireEvent.click(screen.getByRole('button', { name: '修改“人才公寓租金补贴”' }))
    type(/^用途/, '人才公寓租金补贴（一季度）', within(screen.getByTestId('spending-edit')))
    fireEvent.click(screen.getByRole('button', { name: '保存修改' }))
    await waitFor(async () => expect(await queued(manager)).toHaveLength(2))
    expect((await queued(manager))[1]!.variables.input).toMatchObject({
      version: 3,
      purpose: '人才公寓租金补贴（一季度）',
    })
  })

  it('removes a record only with a reason, and marks it until the removal is sent', async () => {
    render()
    await screen.findByText('招聘会展位费')
    fireEvent.click(screen.getByRole('button', { name: '删除“招聘会展位费”' }))
    const form = within(screen.getByRole('form', { name: '删除“招聘会展位费”' }))
    fireEvent.click(form.getByRole('button', { name: '确认删除' }))
    expect(await form.findByText('请填写删除原因')).toBeTruthy()
    expect(await queued(manager)).toEqual([])
    type(/^删除原因/, '重复登记', form)
    fireEvent.click(form.getByRole('button', { name: '确认删除' }))
    await waitFor(async () => expect(await queued(manager)).toHaveLength(1))
    expect((await queued(manager))[0]).toMatchObject({
      operation: 'deleteTalentSpending',
      variables: { input: { id: fair.uuid, version: 2, reason: '重复登记' } },
    })
    await waitFor(() => expect(rowOf('招聘会展位费').textContent).toContain('待删除，未同步'))
    expect(within(rowOf('招聘会展位费')).queryByRole('button')).toBeNull()
    expect(screen.queryByTestId('spending-remove')).toBeNull()
  })

  it('corrects a record made here and not sent yet, queued behind it on version 1', async () => {
    render()
    await screen.findByText('人才公寓租金补贴')
    type(/^金额/, '3')
    type(/^用途/, '人才沙龙场地费')
    fireEvent.click(screen.getByTestId('save-spending'))
    await screen.findByRole('button', { name: '修改“人才沙龙场地费”' })
    fireEvent.click(screen.getByRole('button', { name: '修改“人才沙龙场地费”' }))
    type(/^金额/, '3.5', within(screen.getByTestId('spending-edit')))
    fireEvent.click(screen.getByRole('button', { name: '保存修改' }))
    await waitFor(async () => expect(await queued(manager)).toHaveLength(2))
    const [record, change] = await queued(manager)
    expect(change!.recordIds).toEqual(record!.recordIds)
    expect(change!.variables.input).toMatchObject({ id: record!.recordIds[0], version: 1, amount: '3.5' })
    await waitFor(() => expect(rowOf('人才沙龙场地费').textContent).toContain('3.5 万元'))
  })
})

describe('the county’s spending', () => {
  beforeEach(() => {
    countyReader = true
  })

  it('shows the office each row’s unit, narrows to one unit, and lets it correct any unit’s', async () => {
    signInOffline(officeAdmin as SessionUser)
    await clearOutbox(officeAdmin as SessionUser)
    render()
    await screen.findByText('青年人才培训')
    expect(within(rowOf('青年人才培训')).getAllByRole('cell')[1]!.textContent).toBe('西部园区')
    fireEvent.change(screen.getByLabelText('单位'), { target: { value: west.uuid } })
    await waitFor(() => expect(screen.queryByText('人才公寓租金补贴')).toBeNull())
    expect(asked.at(-1)).toMatchObject({ unitId: west.uuid })
    fireEvent.click(screen.getByRole('button', { name: '删除“青年人才培训”' }))
    type(/^删除原因/, '误记为西部园区', within(screen.getByTestId('spending-remove')))
    fireEvent.click(screen.getByRole('button', { name: '确认删除' }))
    await waitFor(async () => expect(await queued(officeAdmin as SessionUser)).toHaveLength(1))
    expect((await queued(officeAdmin as SessionUser))[0]!.variables.input).toMatchObject({
      id: westTraining.uuid,
      version: 5,
    })
  })

  it('offers a county leader no changes', async () => {
    signInOffline(leader)
    render()
    await screen.findByText('青年人才培训')
    expect(screen.queryByRole('button', { name: /^修改/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /^删除/ })).toBeNull()
    expect(screen.queryByTestId('spending-form')).toBeNull()
  })
})

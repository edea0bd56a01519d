// The park manager records the park's 人才投入 with the phone offline: the form says in Chinese what is wrong,
// a valid record waits in the outbox as recordTalentSpending and shows in the year's list as 未同步.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, waitFor } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import SpendingRoute from '../../client/src/manager/spending.tsx'
import { addDays, countyToday } from '../../client/src/staff/dates.ts'
import { renderAt, screen } from './staff-harness.tsx'
import { clearOutbox, manager, queued, signInOffline } from './manager-harness.tsx'

const row = (uuid: string, spentOn: string, amount: string, purpose: string) => ({
  __typename: 'TalentSpending',
  id: btoa(`TalentSpending:${uuid}`),
  uuid,
  spentOn,
  amount,
  purpose,
  unit: { __typename: 'Unit', id: manager.unit.id, name: '东部园区' },
})
const asked: Record<string, unknown>[] = []
const answers = {
  UnitSpending: (variables: Record<string, unknown>) => {
    asked.push(variables)
    return {
      talentSpendings: [
        row('0190d000-0000-7000-8000-000000000001', `${countyToday().slice(0, 4)}-01-10`, '8.5', '人才公寓租金补贴'),
      ],
      talentSpendingTotal: '8.50',
    }
  },
}
const type = (label: RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } })
const render = () => renderAt('/spending', answers, () => <Route path="/spending" component={SpendingRoute} />)

beforeAll(() => signInOffline(manager))
beforeEach(() => clearOutbox(manager))
afterEach(cleanup)

describe('人才投入', () => {
  it('shows the unit’s year and its total', async () => {
    render()
    expect(await screen.findByText('人才公寓租金补贴')).toBeTruthy()
    expect(screen.getByTestId('spending-total').textContent).toContain('年人才投入合计 8.50 万元')
    expect(asked.at(-1)).toMatchObject({ unitId: null, year: Number(countyToday().slice(0, 4)) })
  })

  it('says in Chinese what is wrong, and queues nothing', async () => {
    render()
    await screen.findByText('人才公寓租金补贴')
    type(/^支出日期/, addDays(countyToday(), 1))
    type(/^金额/, '1.234')
    fireEvent.click(screen.getByTestId('save-spending'))
    expect(await screen.findByText('支出日期不能晚于今天')).toBeTruthy()
    expect(screen.getByText('金额应为大于 0 的数字（最多两位小数）')).toBeTruthy()
    expect(screen.getByText('请填写用途')).toBeTruthy()
    expect(await queued(manager)).toEqual([])
  })

  it('queues recordTalentSpending for the own unit and lists it as 未同步', async () => {
    render()
    await screen.findByText('人才公寓租金补贴')
    type(/^金额/, '12.5')
    type(/^用途/, '青年人才生活补贴')
    fireEvent.click(screen.getByTestId('save-spending'))
    expect(await screen.findByText('已保存，联网后同步')).toBeTruthy()
    const [entry] = await queued(manager)
    expect(entry).toMatchObject({
      operation: 'recordTalentSpending',
      status: 'pending',
      variables: { input: { unitId: null, spentOn: countyToday(), amount: '12.5', purpose: '青年人才生活补贴' } },
    })
    await waitFor(() => expect(screen.getByText('青年人才生活补贴')).toBeTruthy())
    expect(screen.getByText('未同步')).toBeTruthy()
    expect(screen.getByTestId('spending-total').textContent).toContain('（另有 1 笔待同步）')
    expect((screen.getByLabelText(/^金额/) as HTMLInputElement).value).toBe('')
  })
})

// The new-lead screen: a staff member fills it in (offline or not) and the lead lands in the outbox.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import NewLeadRoute from '../../client/src/routes/new-lead.tsx'
import { setUser } from '../../client/src/session/session.ts'
import { outbox } from '../../client/src/outbox/index.ts'

const staff = { __typename: 'User' as const, id: 'VXNlcjpzdGFmZg==', login: 'east.staff', name: '陈晓', role: 'STAFF' as const, unit: { __typename: 'Unit' as const, id: 'VW5pdDox', name: '东部园区' } }

beforeAll(() => {
  window.scrollTo = () => {} // jsdom has none; the router calls it on navigation
  // No server here: keep the outbox from trying to send.
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
  setUser(staff)
})
afterEach(cleanup)

async function renderForm() {
  render(
    () => (
      <>
        <Route path="/leads/new" component={NewLeadRoute} />
        <Route path="/projects" component={() => <p>项目列表</p>} />
      </>
    ),
    { location: '/leads/new' },
  )
  await screen.findByRole('button', { name: '保存线索' })
}

const type = (label: RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } })

describe('新线索', () => {
  it('shows what is wrong, in Chinese, and saves nothing', async () => {
    await renderForm()
    type(/手机号/, '12345')
    fireEvent.click(await screen.findByRole('button', { name: '保存线索' }))
    expect(await screen.findByText('请填写人才姓名')).toBeTruthy()
    expect(screen.getByText('电话号码格式不正确：大陆手机号请填写11位，境外号码请以+国家代码开头')).toBeTruthy()
    expect(await outbox.entries(staff.id)).toEqual([])
  })

  it('puts a valid lead in the outbox with phone-made ids and returns to the list', async () => {
    await renderForm()
    type(/人才姓名/, '王芳')
    type(/手机号/, '139 0000 1234')
    type(/工作单位/, '中科院宁波材料所')
    fireEvent.change(screen.getByLabelText(/线索来源/), { target: { value: 'UNIVERSITY' } })
    fireEvent.click(await screen.findByRole('button', { name: '保存线索' }))
    expect(await screen.findByText('项目列表')).toBeTruthy()
    await waitFor(async () => expect(await outbox.entries(staff.id)).toHaveLength(1))
    const [entry] = await outbox.entries(staff.id)
    expect(entry).toMatchObject({
      operation: 'createLead',
      ownerId: staff.id,
      status: 'pending',
      variables: { input: { talentName: '王芳', phone: '+8613900001234', employer: '中科院宁波材料所', sourceChannel: 'UNIVERSITY' } },
    })
  })
})

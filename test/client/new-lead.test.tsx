// The new-lead screen: a staff member fills it in (offline or not) and the lead lands in the outbox. Online,
// the server is asked while the form is filled in whether this person is known or followed by another unit.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, screen, waitFor } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import NewLeadRoute from '../../client/src/routes/new-lead.tsx'
import { setUser } from '../../client/src/session/session.ts'
import { outbox } from '../../client/src/outbox/index.ts'
import { renderAt, type Answers } from './staff-harness.tsx'

const staff = {
  __typename: 'User' as const,
  id: 'VXNlcjpzdGFmZg==',
  login: 'east.staff',
  name: '陈晓',
  role: 'STAFF' as const,
  mustChangePassword: false,
  locale: 'zh-CN',
  unit: { __typename: 'Unit' as const, id: 'VW5pdDox', name: '东部园区' },
}

beforeAll(() => {
  window.scrollTo = () => {} // jsdom has none; the router calls it on navigation
  // No server here: keep the outbox from trying to send.
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
  setUser(staff)
})
afterEach(() => {
  cleanup()
  setOnline(false)
})

function setOnline(value: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => value })
  window.dispatchEvent(new Event(value ? 'online' : 'offline'))
}

async function renderForm(answers: Answers = {}) {
  renderAt('/leads/new', answers, () => (
    <>
      <Route path="/leads/new" component={NewLeadRoute} />
      <Route path="/projects" component={() => <p>项目列表</p>} />
    </>
  ))
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
    fireEvent.change(screen.getByLabelText('个人信息来源'), { target: { value: 'REFERRER' } })
    fireEvent.click(screen.getByLabelText('已向本人告知信息用途并取得同意'))
    fireEvent.click(await screen.findByRole('button', { name: '保存线索' }))
    expect(await screen.findByText('项目列表')).toBeTruthy()
    await waitFor(async () => expect(await outbox.entries(staff.id)).toHaveLength(1))
    const [entry] = await outbox.entries(staff.id)
    expect(entry).toMatchObject({
      operation: 'createLead',
      ownerId: staff.id,
      status: 'pending',
      variables: {
        input: {
          talentName: '王芳',
          phone: '+8613900001234',
          employer: '中科院宁波材料所',
          sourceChannel: 'UNIVERSITY',
          dataSource: 'REFERRER',
          consentGiven: true,
        },
      },
    })
  })

  it('says offline that whether the person is known is checked when the lead is sent', async () => {
    await renderForm()
    type(/人才姓名/, '王芳')
    type(/工作单位/, '浙江大学')
    expect(await screen.findByText('离线：提交后联网时再检查是否重复')).toBeTruthy()
  })

  it(
    'tells online, while the form is filled in, ' + 'that another unit follows this talent, and saves nothing',
    async () => {
      const asked: Record<string, unknown>[] = []
      setOnline(true)
      await renderForm({
        LeadPossibleDuplicates: (variables) => {
          asked.push(variables)
          return {
            possibleDuplicateTalents: [
              { __typename: 'TalentMatch', name: '王*', employer: '浙江大学', followedBy: ['西部园区'] },
            ],
          }
        },
      })
      type(/人才姓名/, '王芳')
      type(/手机号/, '139 0000 1234')
      fireEvent.change(screen.getByLabelText(/线索来源/), { target: { value: 'UNIVERSITY' } })
      expect((await screen.findByRole('alert')).textContent).toBe(
        '该人才正由西部园区跟进，不能重复立项；如有异议请联系人才办协调',
      )
      // Asked once typing paused, with the number as the server stores it.
      expect(asked).toEqual([{ name: '王芳', phone: '+8613900001234', employer: null }])
      fireEvent.click(screen.getByRole('button', { name: '保存线索' }))
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(screen.queryByText('项目列表')).toBeNull()
      expect(await outbox.entries(staff.id)).toHaveLength(1) // the lead saved by the test before, no more
    },
  )

  it('names a person the own unit already knows, and lets the lead be saved', async () => {
    setOnline(true)
    await renderForm({
      LeadPossibleDuplicates: () => ({
        possibleDuplicateTalents: [
          { __typename: 'TalentMatch', name: '李四', employer: '浙江大学', followedBy: ['东部园区'] },
        ],
      }),
    })
    type(/人才姓名/, '李四')
    type(/工作单位/, '浙江大学')
    expect(await screen.findByText(/已有相似的人才登记：李四（浙江大学）/)).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

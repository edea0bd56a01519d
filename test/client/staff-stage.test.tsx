// Moving a project along the pipeline on the phone: the screen offers the moves the server's stage machine
// allows from where the project stands, asks for the signing before 签约 and for the landed company (its
// 统一社会信用代码 checked on the phone) before 落地注册, and queues the records before the move, in order.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, waitFor } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import StageRoute from '../../client/src/staff/stage.tsx'
import { outbox } from '../../client/src/outbox/index.ts'
import { stageChoices, gatesFor } from '../../client/src/staff/stage-machine.ts'
import { makeUscc } from '@talent/rules/uscc'
import {
  clearOutbox,
  projectFixture,
  projectUuid,
  renderAt,
  screen,
  signInOffline,
  staff,
  stubRoute,
} from './staff-harness.tsx'

function renderStage(query = '', project: Record<string, unknown> = {}) {
  return renderAt(
    `/projects/${projectUuid}/stage${query}`,
    { StaffProject: () => ({ node: projectFixture(project) }) },
    () => (
      <>
        <Route path="/projects/:id/stage" component={StageRoute} />
        {stubRoute('/projects/:id', '项目详情页')}
      </>
    ),
  )
}

const radios = () =>
  screen.getAllByRole('radio').map((radio) => radio.closest('label')!.querySelector('.choice-label')!.textContent)
const type = (label: RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } })
const submit = () => fireEvent.click(screen.getByRole('button', { name: '确认调整' }))

beforeAll(signInOffline)
beforeEach(clearOutbox)
afterEach(cleanup)

describe('the stage machine on the phone', () => {
  it('offers every later stage, one step back, and pausing or dropping; only taking up again once paused', () => {
    expect(stageChoices('LEAD', 'ACTIVE')).toEqual({
      forward: ['CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'OPERATING'],
      back: null,
      statuses: ['ON_HOLD', 'LOST'],
    })
    expect(stageChoices('NEGOTIATING', 'ACTIVE')).toEqual({
      forward: ['SIGNED', 'LANDED', 'OPERATING'],
      back: 'VISITED',
      statuses: ['ON_HOLD', 'LOST'],
    })
    expect(stageChoices('OPERATING', 'ACTIVE')).toEqual({ forward: [], back: 'LANDED', statuses: ['ON_HOLD', 'LOST'] })
    expect(stageChoices('VISITED', 'ON_HOLD')).toEqual({ forward: [], back: null, statuses: ['ACTIVE'] })
    expect(gatesFor('NEGOTIATING', 'LANDED', { hasSigning: false, hasLanding: false })).toEqual({
      signing: true,
      landing: true,
    })
    expect(gatesFor('SIGNED', 'OPERATING', { hasSigning: true, hasLanding: false })).toEqual({
      signing: false,
      landing: true,
    })
    expect(gatesFor('LEAD', 'NEGOTIATING', { hasSigning: false, hasLanding: false })).toEqual({
      signing: false,
      landing: false,
    })
  })

  it('shows the choices of the stage the project is in', async () => {
    renderStage()
    expect(await screen.findByTestId('stage-now')).toHaveProperty('textContent', '当前：洽谈 · 跟进中')
    expect(radios()).toEqual(['签约', '落地注册', '投产运营', '退回“考察”', '暂缓', '标记流失'])
    cleanup()
    renderStage('', { stage: 'CONTACTED', status: 'ON_HOLD', statusReason: '人才出国访学' })
    await screen.findByTestId('stage-now')
    expect(radios()).toEqual(['恢复跟进'])
  })

  it(
    'asks for the signing before 签约, then queues recordSigning and the move, ' + 'in that order, on the version seen',
    async () => {
      renderStage()
      await screen.findByTestId('stage-now')
      fireEvent.click(screen.getByLabelText(/^签约/))
      expect(await screen.findByTestId('signing-form')).toBeTruthy()
      type(/协议投资/, '12.345')
      submit()
      expect(await screen.findByText('请选择协议类型')).toBeTruthy()
      expect(screen.getByText('应为不小于 0 的数字（最多两位小数）')).toBeTruthy()
      expect(await outbox.entries(staff.id)).toEqual([])

      fireEvent.change(screen.getByLabelText(/协议类型/), { target: { value: 'INVESTMENT' } })
      type(/协议投资/, '3000')
      submit()
      await screen.findByText('项目详情页')
      const entries = await outbox.entries(staff.id)
      expect(entries.map((entry) => entry.operation)).toEqual(['recordSigning', 'moveProjectStage'])
      expect(entries[0]!.variables.input).toMatchObject({
        id: projectUuid,
        agreementKind: 'INVESTMENT',
        investmentAgreed: '3000',
      })
      expect(entries[1]!.variables.input).toMatchObject({ id: projectUuid, to: 'SIGNED', version: 4 })
      for (const entry of entries) expect(entry.recordIds).toEqual([projectUuid])
    },
  )

  it('checks the 统一社会信用代码 before queuing a move into 落地注册 (?to= from the pipeline board)', async () => {
    renderStage('?to=LANDED', {
      stage: 'SIGNED',
      signing: {
        __typename: 'Signing',
        id: 'U2lnbmluZzox',
        signedAt: '2026-10-08',
        agreementKind: 'INVESTMENT',
        investmentAgreed: null,
        supportFunds: null,
        supportSpaceM2: null,
        supportApartments: null,
        supportOther: null,
        conditions: null,
      },
    })
    expect(await screen.findByTestId('landing-form')).toBeTruthy()
    expect(screen.queryByTestId('signing-form')).toBeNull()
    const valid = makeUscc('91330782MA2CDE123')
    const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0')
    type(/企业名称/, '恒芯新材料科技有限公司')
    type(/统一社会信用代码/, wrongCheck)
    submit()
    expect(await screen.findByText('统一社会信用代码校验位不正确，请核对营业执照')).toBeTruthy()
    type(/统一社会信用代码/, 'ABC')
    submit()
    expect(await screen.findByText('统一社会信用代码应为18位，当前为3位')).toBeTruthy()
    expect(await outbox.entries(staff.id)).toEqual([])

    type(/统一社会信用代码/, valid.toLowerCase())
    submit()
    await screen.findByText('项目详情页')
    const entries = await outbox.entries(staff.id)
    expect(entries.map((entry) => entry.operation)).toEqual(['recordLanding', 'moveProjectStage'])
    expect(entries[0]!.variables.input).toMatchObject({ uscc: valid, companyName: '恒芯新材料科技有限公司' })
    expect(entries[1]!.variables.input).toMatchObject({ to: 'LANDED', version: 4 })
  })

  it('needs a reason to go back a stage, and bases a second move on the first one still waiting', async () => {
    renderStage()
    await screen.findByTestId('stage-now')
    fireEvent.click(screen.getByLabelText(/退回/))
    submit()
    expect(await screen.findByText('请填写原因')).toBeTruthy()
    type(/^原因/, '对方要求重新考察场地')
    submit()
    await screen.findByText('项目详情页')
    cleanup()

    // Still offline: the screen starts from 考察, where the waiting move leaves the project, on version 5.
    renderStage()
    await waitFor(() => expect(screen.getByTestId('stage-now').textContent).toBe('当前：考察 · 跟进中'))
    fireEvent.click(screen.getByLabelText(/^洽谈/))
    submit()
    await screen.findByText('项目详情页')
    const entries = await outbox.entries(staff.id)
    expect(entries.map((entry) => entry.variables.input)).toMatchObject([
      { to: 'VISITED', reason: '对方要求重新考察场地', version: 4 },
      { to: 'NEGOTIATING', version: 5 },
    ])
  })
})

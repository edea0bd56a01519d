// A staff member logs a follow-up on the phone: the form says in Chinese what is missing, and a valid
// follow-up goes to the outbox as logActivity, then shows on the project's timeline at once as 未同步.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, within } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import FollowUpRoute from '../../client/src/staff/follow-up.tsx'
import ProjectDetailRoute from '../../client/src/staff/project-detail.tsx'
import { outbox } from '../../client/src/outbox/index.ts'
import { countyToday, addDays } from '../../client/src/staff/dates.ts'
import {
  clearOutbox,
  projectFixture,
  projectUuid,
  renderAt,
  screen,
  signInOffline,
  staff,
  supportRequestsNone,
} from './staff-harness.tsx'

const answers = { StaffProject: () => ({ node: projectFixture() }), StaffProjectSupportRequests: supportRequestsNone }

function renderForm() {
  return renderAt(`/projects/${projectUuid}/follow-up`, answers, () => (
    <>
      <Route path="/projects/:id/follow-up" component={FollowUpRoute} />
      <Route path="/projects/:id" component={ProjectDetailRoute} />
    </>
  ))
}

const type = (label: RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } })
const uuidV7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

beforeAll(signInOffline)
beforeEach(clearOutbox)
afterEach(cleanup)

describe('记跟进', () => {
  it('says in Chinese what is missing or wrong, and queues nothing', async () => {
    renderForm()
    await screen.findByText('李四团队新材料中试基地')
    type(/^日期/, addDays(countyToday(), 1))
    fireEvent.click(screen.getByRole('button', { name: '保存跟进' }))
    expect(await screen.findByText('请选择跟踪方式')).toBeTruthy()
    expect(screen.getByText('请填写跟踪情况')).toBeTruthy()
    expect(screen.getByText('日期不能晚于今天')).toBeTruthy()
    type(/^下次跟进日期/, addDays(countyToday(), -1))
    fireEvent.click(screen.getByRole('button', { name: '保存跟进' }))
    expect(await screen.findByText('下次跟进日期不能早于今天')).toBeTruthy()
    expect(await outbox.entries(staff.id)).toEqual([])
  })

  it('queues logActivity for the project and shows it on the timeline as 未同步', async () => {
    renderForm()
    await screen.findByText('李四团队新材料中试基地')
    fireEvent.click(screen.getByLabelText('电话'))
    type(/^跟踪情况/, '电话沟通落地时间，对方倾向明年一季度')
    type(/^下一步/, '寄送园区政策汇编')
    const next = addDays(countyToday(), 3)
    type(/^下次跟进日期/, next)
    fireEvent.click(screen.getByRole('button', { name: '保存跟进' }))

    const pending = await screen.findByTestId('pending-writes')
    expect(within(pending).getByText('未同步')).toBeTruthy()
    expect(pending.textContent).toContain('跟进（电话）：电话沟通落地时间，对方倾向明年一季度')

    const [entry] = await outbox.entries(staff.id)
    const input = entry!.variables.input as Record<string, string>
    expect(entry).toMatchObject({ operation: 'logActivity', ownerId: staff.id, status: 'pending' })
    expect(input).toMatchObject({
      projectId: projectUuid,
      kind: 'CALL',
      summary: '电话沟通落地时间，对方倾向明年一季度',
      nextStep: '寄送园区政策汇编',
    })
    expect(input.id).toMatch(uuidV7)
    expect(entry!.recordIds).toEqual([projectUuid, input.id])
    // Due on the day chosen, the county's day: the light turns red the morning after.
    expect(input.nextFollowUpAt).toBe(new Date(`${next}T23:59:59.999+08:00`).toISOString())
    expect(countyToday(new Date(input.occurredAt!))).toBe(countyToday())
  })
})

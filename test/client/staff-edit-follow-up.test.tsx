// A staff member corrects a follow-up they logged: 修改 on their own timeline entries only, the form filled in,
// the correction queued as editActivity with what changed and the version it saw, shown on the timeline at
// once as 未同步; when the follow-up was changed elsewhere first, 同步 shows both values to choose from.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, within } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import ProjectDetailRoute from '../../client/src/staff/project-detail.tsx'
import EditFollowUpRoute from '../../client/src/staff/edit-follow-up.tsx'
import EntryScreen from '../../client/src/sync/entry-screen.tsx'
import { openOutboxDb } from '../../client/src/outbox/db.ts'
import { enqueueWrite, outbox } from '../../client/src/outbox/index.ts'
import { editActivityWrite } from '../../client/src/staff/project-writes.ts'
import { changedFollowUp, followUpFormOf, validateFollowUp } from '../../client/src/staff/follow-up-form.ts'
import { addDays, countyToday, endOfCountyDay } from '../../client/src/staff/dates.ts'
import {
  clearOutbox,
  outboxShows,
  person,
  projectFixture,
  projectUuid,
  renderAt,
  screen,
  signInOffline,
  staff,
  stubRoute,
  supportRequestsNone,
} from './staff-harness.tsx'

// Dates around the day the test runs: a follow-up ten days ago whose next follow-up day passed three days ago.
const today = countyToday()
const mine = {
  __typename: 'Activity',
  id: btoa('Activity:0190b111-0000-7000-8000-0000000000a1'),
  uuid: '0190b111-0000-7000-8000-0000000000a1',
  kind: 'VISIT',
  occurredAt: new Date(`${addDays(today, -10)}T10:30:00+08:00`).toISOString(),
  summary: '陪同考察东部园区孵化器',
  nextStep: '准备投资协议草稿',
  nextFollowUpAt: endOfCountyDay(addDays(today, -3)).toISOString(),
  version: 3,
  editable: true,
  author: person('张婷', 1),
}
const colleagues = {
  ...mine,
  id: btoa('Activity:0190b111-0000-7000-8000-0000000000a2'),
  uuid: '0190b111-0000-7000-8000-0000000000a2',
  kind: 'CALL',
  summary: '刘洋电话回访',
  editable: false,
  author: person('刘洋', 2),
}
const answers = {
  StaffProject: () => ({ node: projectFixture({ activities: [mine, colleagues] }) }),
  StaffProjectSupportRequests: supportRequestsNone,
}
const editPath = `/projects/${projectUuid}/follow-ups/${mine.uuid}/edit`

function renderAtPath(path: string) {
  return renderAt(path, answers, () => (
    <>
      <Route path="/projects/:id" component={ProjectDetailRoute} />
      <Route path="/projects/:id/follow-ups/:activityId/edit" component={EditFollowUpRoute} />
      <Route path="/sync/:seq" component={EntryScreen} />
      {stubRoute('/sync', '同步页')}
    </>
  ))
}

const type = (label: RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } })
const save = () => fireEvent.click(screen.getByRole('button', { name: '保存修改' }))
const field = async (label: RegExp) => (await screen.findByLabelText(label)) as HTMLInputElement

beforeAll(signInOffline)
beforeEach(clearOutbox)
afterEach(cleanup)

describe('修改跟进记录', () => {
  it('offers 修改 on the user’s own follow-ups only, and opens the form filled in', async () => {
    renderAtPath(`/projects/${projectUuid}`)
    const timeline = await screen.findByTestId('timeline')
    const [own, other] = within(timeline).getAllByTestId('timeline-item')
    expect(own!.textContent).toContain('陪同考察东部园区孵化器')
    expect(within(other!).queryByRole('link', { name: '修改' })).toBeNull()
    fireEvent.click(within(own!).getByRole('link', { name: '修改' }))

    expect((await field(/^跟踪情况/)).value).toBe('陪同考察东部园区孵化器')
    expect((screen.getByLabelText('走访/考察') as HTMLInputElement).checked).toBe(true)
    expect((await field(/^日期/)).value).toBe(addDays(today, -10))
    expect((await field(/^下一步/)).value).toBe('准备投资协议草稿')
    expect((await field(/^下次跟进日期/)).value).toBe(addDays(today, -3))
  })

  it('queues editActivity with what changed and the version seen, shown on the timeline at once as 未同步', async () => {
    renderAtPath(editPath)
    await field(/^跟踪情况/)
    type(/^跟踪情况/, '陪同考察孵化器，对方看中三楼中试车间')
    // The next follow-up day passed since: kept as it was, it is no error.
    save()
    const corrected = await screen.findByText('陪同考察孵化器，对方看中三楼中试车间')
    const own = corrected.closest('li')!
    expect(own.textContent).not.toContain('陪同考察东部园区孵化器')
    expect(within(own).getByTestId('activity-edit-state').textContent).toContain('未同步')

    const [entry] = await outbox.entries(staff.id)
    expect(entry).toMatchObject({ operation: 'editActivity', recordIds: [mine.uuid], status: 'pending' })
    const { clientMutationId: _c, ...input } = entry!.variables.input as Record<string, unknown>
    expect(input).toEqual({ id: mine.uuid, version: 3, summary: '陪同考察孵化器，对方看中三楼中试车间' })
  })

  it('refuses a next follow-up day newly set in the past, and a form with nothing changed', async () => {
    renderAtPath(editPath)
    await field(/^跟踪情况/)
    save()
    expect(await screen.findByText('没有修改任何内容')).toBeTruthy()
    type(/^下次跟进日期/, addDays(today, -1))
    save()
    expect(await screen.findByText('下次跟进日期不能早于今天')).toBeTruthy()
    expect(await outbox.entries(staff.id)).toEqual([])
  })

  it('opens a second correction on the first, and counts the first into the version', async () => {
    await enqueueWrite(editActivityWrite(mine.uuid, { version: 3, kind: 'MEETING' }, staff.id))
    await outboxShows(1)
    renderAtPath(editPath)
    await field(/^跟踪情况/)
    expect((screen.getByLabelText('洽谈会') as HTMLInputElement).checked).toBe(true)
    type(/^下一步/, '')
    type(/^下次跟进日期/, addDays(today, 2))
    save()
    await screen.findByTestId('timeline')
    const second = (await outbox.entries(staff.id))[1]!
    const { clientMutationId: _c, ...input } = second.variables.input as Record<string, unknown>
    expect(input).toEqual({
      id: mine.uuid,
      version: 4,
      nextStep: null,
      nextFollowUpAt: endOfCountyDay(addDays(today, 2)).toISOString(),
    })
  })

  it('shows a version conflict field by field on 同步, and sends the choice on the server’s version', async () => {
    const db = await openOutboxDb()
    const stored = await db.add(editActivityWrite(mine.uuid, { version: 3, summary: '手机上改的' }, staff.id))
    const current = { ...mine, summary: '电脑上改的', version: 5, projectId: projectUuid }
    const message = '该跟踪记录已被他人修改（当前为第 5 版），请查看最新内容后再提交'
    await db.put({ ...stored, status: 'failed', attempts: 1, lastError: { code: 'CONFLICT', message, current } })
    db.close()
    // Any change makes the screens read the outbox again: one queued and put aside.
    await outbox.discard((await enqueueWrite(editActivityWrite(mine.uuid, { version: 3 }, staff.id))).seq)
    await outboxShows(1)

    renderAtPath(`/sync/${stored.seq}`)
    const summary = await screen.findByTestId('conflict-summary')
    expect(summary.textContent).toMatch(/情况摘要.*我的修改手机上改的.*服务器当前电脑上改的/)
    fireEvent.click(within(summary).getByLabelText(/服务器当前/))
    fireEvent.click(screen.getByTestId('resend-resolved'))
    await screen.findByText('同步页')
    const [resent] = await outbox.entries(staff.id)
    expect(resent).toMatchObject({ status: 'pending', operation: 'editActivity' })
    expect(resent!.variables.input).toMatchObject({ id: mine.uuid, version: 5, summary: '电脑上改的' })
  })
})

describe('the correction’s fields', () => {
  it('keep the time of day unless the day changed, and clear what was emptied', () => {
    const now = new Date(`${today}T15:00:00+08:00`)
    const before = followUpFormOf(mine as Parameters<typeof followUpFormOf>[0])
    expect(changedFollowUp(before, { ...before, summary: ' 改了措辞 ' }, now)).toEqual({ summary: '改了措辞' })
    expect(changedFollowUp(before, { ...before, occurredOn: today, nextStep: '' }, now)).toEqual({
      occurredAt: now.toISOString(),
      nextStep: null,
    })
    expect(validateFollowUp(before, now, before)).toEqual({})
    expect(validateFollowUp(before, now).nextFollowUpOn).toEqual({ key: 'staff.followUp.error.nextBeforeToday' })
  })
})

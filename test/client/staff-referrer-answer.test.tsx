// 答复推荐人 on the phone: a project whose referrer waits to hear back offers to record the answer, offline too;
// the write waits in the outbox (the panel says so) and an answered project shows when and what was said.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, within } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import ProjectDetailRoute from '../../client/src/staff/project-detail.tsx'
import { outboxEntries } from '../../client/src/outbox/index.ts'
import {
  clearOutbox,
  outboxShows,
  projectFixture,
  projectUuid,
  renderAt,
  screen,
  signInOffline,
  supportRequestsNone,
} from './staff-harness.tsx'

function renderProject(project: Record<string, unknown>) {
  renderAt(
    `/projects/${projectUuid}`,
    {
      StaffProject: () => ({ node: projectFixture(project) }),
      StaffProjectSupportRequests: supportRequestsNone,
    },
    () => <Route path="/projects/:id" component={ProjectDetailRoute} />,
  )
}

beforeAll(signInOffline)
beforeEach(clearOutbox)
afterEach(cleanup)

describe('答复推荐人', () => {
  it('records the answer offline in the outbox, and says it waits to be synced', async () => {
    renderProject({ referrer: '王校友', deadlines: [{ kind: 'REFERRER_ANSWER', dueAt: '2026-11-27T15:59:59.999Z' }] })
    const panel = await screen.findByTestId('referrer-answer')
    expect(panel.textContent).toContain('推荐人 王校友 还在等回音')
    fireEvent.input(within(panel).getByLabelText('答复了什么'), { target: { value: '已电话告知项目进入研判' } })
    fireEvent.click(within(panel).getByRole('button', { name: '记录已答复推荐人' }))
    await outboxShows(1)
    const [entry] = outboxEntries()
    expect(entry?.operation).toBe('recordReferrerAnswer')
    expect(entry?.variables).toMatchObject({ input: { id: projectUuid, note: '已电话告知项目进入研判' } })
    expect(await within(panel).findByText('已记录答复推荐人，未同步')).toBeTruthy()
    expect(within(panel).queryByRole('button', { name: '记录已答复推荐人' })).toBeNull()
  })

  it('shows when the referrer was answered and what was said, with nothing left to record', async () => {
    renderProject({
      referrer: '王校友',
      referrerAnsweredAt: '2026-11-20T02:00:00.000Z',
      referrerAnswerNote: '已电话告知项目进入研判',
    })
    const panel = await screen.findByTestId('referrer-answer')
    expect(panel.textContent).toContain('已于 2026/11/20 答复推荐人 王校友')
    expect(panel.textContent).toContain('已电话告知项目进入研判')
    expect(within(panel).queryByRole('button')).toBeNull()
  })

  it('has nothing to answer on a project without a referrer', async () => {
    renderProject({ referrer: null })
    await screen.findByTestId('project-stage')
    expect(screen.queryByTestId('referrer-answer')).toBeNull()
  })
})

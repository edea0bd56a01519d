// Today, the staff's home: follow-ups overdue first, then today's, then the rest of the week, each project
// once, with its light and next follow-up; and what to do when nothing is due.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, waitFor, within } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import TodayRoute from '../../client/src/staff/today.tsx'
import { enqueueWrite } from '../../client/src/outbox/index.ts'
import { logActivityWrite } from '../../client/src/staff/project-writes.ts'
import { addDays, countyToday, endOfCountyDay } from '../../client/src/staff/dates.ts'
import { clearOutbox, outboxShows, renderAt, screen, signInOffline, staff } from './staff-harness.tsx'

const uuid = (n: number) => `0190c000-0000-7000-8000-00000000000${n}`
const card = (n: number, title: string, light: string, dueInDays: number) => ({
  __typename: 'Project',
  id: btoa(`Project:${uuid(n)}`),
  uuid: uuid(n),
  title,
  stage: 'CONTACTED',
  light,
  nextFollowUpAt: endOfCountyDay(addDays(countyToday(), dueInDays)).toISOString(),
  talent: { __typename: 'Talent', id: btoa(`Talent:${uuid(n)}`), name: `人才${n}`, employer: null },
})

function renderToday(data: { overdue: unknown[]; today: unknown[]; thisWeek: unknown[] }) {
  renderAt('/today', { StaffToday: () => data }, () => <Route path="/today" component={TodayRoute} />)
}

const titles = (section: HTMLElement) =>
  within(section)
    .queryAllByTestId('follow-up-card')
    .map((item) => item.querySelector('h3')!.textContent!.trim())

beforeAll(signInOffline)
beforeEach(clearOutbox)
afterEach(cleanup)

describe('今日跟进', () => {
  it('lists overdue first, then today, then this week, each project once', async () => {
    const late = card(1, '超期项目', 'RED', -2)
    const due = card(2, '今天到期', 'YELLOW', 0)
    const later = card(3, '本周到期', 'YELLOW', 2)
    await enqueueWrite(
      logActivityWrite(
        uuid(2),
        { kind: 'CALL', occurredAt: new Date().toISOString(), summary: '已电话联系' },
        staff.id,
      ),
    )
    await outboxShows(1)
    // The server's windows overlap: this week includes today, and includes what is overdue since this morning.
    renderToday({ overdue: [late], today: [due], thisWeek: [due, later] })
    const overdue = await screen.findByTestId('today-overdue')
    // The cards are drawn one per frame (components/frame-by-frame.ts).
    await waitFor(() => expect(screen.getAllByTestId('follow-up-card')).toHaveLength(3))
    const sections = [overdue, screen.getByTestId('today-today'), screen.getByTestId('today-week')]
    expect(sections.map((section) => section.querySelector('h2')!.textContent)).toEqual([
      '已超期 1',
      '今天 1',
      '本周 1',
    ])
    expect(sections.map(titles)).toEqual([['超期项目'], ['今天到期'], ['本周到期']])
    expect(within(overdue).getByRole('img', { name: '红灯：已超期' })).toBeTruthy()
    expect(overdue.textContent).toContain('已超期 2 天')
    expect(within(overdue).getByRole('link').getAttribute('href')).toBe(`/projects/${uuid(1)}`)
    expect(sections[1]!.textContent).toContain('已记跟进（未同步）')
  })

  it('tells what to do when nothing is due', async () => {
    renderToday({ overdue: [], today: [], thisWeek: [] })
    const empty = await screen.findByTestId('today-empty')
    expect(empty.textContent).toContain('近期没有要跟进的项目')
    expect(within(empty).getByRole('link', { name: '我的线索' }).getAttribute('href')).toBe('/projects')
  })
})

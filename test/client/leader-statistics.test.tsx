// A county leader opens 统计 from the dashboard: the money each unit landed, where leads came from, the
// support requests, the program trainees' sectors year by year (the enterprise share falling), the young
// reserve, the events; a unit's drill-down shows its own figures and who on its staff is not following up.
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, within } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import LeaderArea from '../../client/src/leader/area.tsx'
import { renderAt, screen } from './staff-harness.tsx'
import { answers, eastHead, leader, signIn, unitUuid } from './leader-fixtures.ts'

const unit = (uuid: string, name: string) => ({
  __typename: 'Unit',
  id: btoa(`Unit:${uuid}`),
  uuid,
  name,
  kind: 'PARK',
})
const east = unit(unitUuid.east, '东部园区')
const west = unit(unitUuid.west, '西部园区')
const ofUnit = (variables: Record<string, unknown>) => (variables.unitId as string | undefined) ?? null

const investment = (
  of: ReturnType<typeof unit> | null,
  landed: number,
  investmentAgreed: number,
  registeredCapital: number,
) => ({ __typename: 'LandedInvestment', unit: of, landed, investmentAgreed, registeredCapital })
const group = (key: Record<string, unknown>, logged: number, signed: number, landed: number) => ({
  __typename: 'PipelineGroup',
  industry: null,
  sourceChannel: null,
  talentClass: null,
  unit: null,
  month: null,
  ...key,
  logged,
  signed,
  landed,
})
const support = (category: string | null, total: number, extra: Record<string, unknown> = {}) => ({
  __typename: 'SupportCategoryFigures',
  category,
  total,
  open: 0,
  assigned: 0,
  inProgress: 0,
  resolvedNow: 0,
  closed: total,
  rejected: 0,
  resolved: total,
  medianResolutionHours: 30,
  rated: total,
  averageSatisfaction: 4.5,
  ...extra,
})
const traineeYear = (year: number, enterpriseShare: number, educationShare: number, healthShare: number) => ({
  __typename: 'TraineeSectorYear',
  year,
  trainees: 40,
  selected: 6,
  enterpriseShare,
  educationShare,
  healthShare,
})
const person = (name: string, followUps: number, of = east, extra: Record<string, unknown> = {}) => ({
  __typename: 'StaffActivity',
  userUuid: `0190a000-0000-7000-8000-0000000001${name.length}${followUps}`,
  name,
  role: 'STAFF',
  active: true,
  unit: of,
  leads: followUps ? 5 : 0,
  followUps,
  signed: 0,
  landed: 0,
  lastFollowUpAt: followUps ? '2026-11-20T02:00:00.000Z' : null,
  ...extra,
})
const events = (of: ReturnType<typeof unit> | null, month: number | null, count: number) => ({
  __typename: 'ServiceEventFigures',
  unit: of,
  month,
  events: count,
  attendances: count * 12,
  talents: count * 9,
})
const program = (uuid: string, name: string) => ({ __typename: 'Program', id: btoa(`Program:${uuid}`), uuid, name })
const provincial = program('0190a000-0000-7000-8000-0000000000f1', '省双创计划')
const city = program('0190a000-0000-7000-8000-0000000000f2', '市双创计划')
// Selected ÷ decided; nothing decided shows —, as the server answers null.
const outcome = (key: Record<string, unknown>, submitted: number, selected: number, rejected: number) => ({
  __typename: 'ProgramOutcome',
  program: null,
  unit: null,
  ...key,
  submitted,
  selected,
  rejected,
  pending: submitted - selected - rejected,
  successRate: selected + rejected ? selected / (selected + rejected) : null,
})

const statistics = {
  ...answers,
  LeaderLandedInvestment: (variables: Record<string, unknown>) => ({
    landedInvestment:
      ofUnit(variables) === unitUuid.east
        ? [investment(null, 2, 3500, 1200), investment(east, 2, 3500, 1200)]
        : [investment(null, 3, 4300, 1500), investment(west, 1, 800, 300), investment(east, 2, 3500, 1200)],
  }),
  LeaderPipelineSources: () => ({
    pipelineBreakdown: {
      __typename: 'PipelineBreakdown',
      total: group({}, 82, 6, 3),
      bySourceChannel: [
        group({ sourceChannel: 'REFERRAL' }, 30, 2, 1),
        group({ sourceChannel: 'UNIVERSITY' }, 40, 3, 2),
        group({ sourceChannel: 'AGENCY' }, 0, 0, 0),
      ],
      byIndustry: [group({ industry: '新材料' }, 50, 4, 2), group({ industry: null }, 32, 2, 1)],
      byTalentClass: [group({ talentClass: 'B' }, 12, 2, 1), group({ talentClass: 'NONE' }, 70, 4, 2)],
      byUnit: [group({ unit: east }, 52, 4, 2), group({ unit: west }, 30, 2, 1)],
    },
  }),
  LeaderSupportStatistics: () => ({
    supportRequestStatistics: [
      support(null, 9, { open: 1, closed: 8 }),
      support('FUNDING', 6, { open: 1, closed: 5 }),
      support('HIRING', 3),
      support('LEGAL', 0, { medianResolutionHours: null, averageSatisfaction: null }),
    ],
  }),
  LeaderTraineeSectors: () => ({
    programTraineeSectors: [
      traineeYear(2022, 0.42, 0.3, 0.2),
      traineeYear(2023, 0.38, 0.32, 0.2),
      traineeYear(2024, 0.33, 0.35, 0.22),
      traineeYear(2025, 0.3, 0.36, 0.24),
      traineeYear(2026, 0.25, 0.4, 0.25),
    ],
  }),
  LeaderYouthReserve: () => ({
    youthReserve: [
      { __typename: 'YouthReserve', unit: null, talents: 14, selected: 3 },
      { __typename: 'YouthReserve', unit: east, talents: 9, selected: 2 },
      { __typename: 'YouthReserve', unit: west, talents: 5, selected: 1 },
    ],
  }),
  LeaderStaffActivity: (variables: Record<string, unknown>) => ({
    staffActivity:
      ofUnit(variables) === unitUuid.east
        ? [person('张婷', 14), person('赵磊', 0), person('刘洋', 6)]
        : [person('张婷', 14), person('赵磊', 0), person('孙悦', 3, west)],
  }),
  LeaderProgramSuccessRates: () => ({
    programSuccessRates: {
      __typename: 'ProgramSuccessRates',
      byProgram: [outcome({ program: provincial }, 4, 1, 1), outcome({ program: city }, 2, 0, 0)],
      byUnit: [outcome({ unit: east }, 4, 1, 1), outcome({ unit: west }, 2, 0, 0)],
      byProgramAndUnit: [outcome({ program: provincial, unit: east }, 4, 1, 1)],
      total: outcome({}, 6, 1, 1),
    },
  }),
  LeaderServiceEventStatistics: () => ({
    serviceEventStatistics: {
      __typename: 'ServiceEventStatistics',
      total: events(null, null, 5),
      byUnit: [events(east, null, 3), events(west, null, 2)],
      byMonth: Array.from({ length: 12 }, (_, i) => events(null, i + 1, i === 4 ? 3 : i === 9 ? 2 : 0)),
    },
  }),
}

function renderLeader(path: string) {
  renderAt(path, statistics, () => (
    <>
      <Route path="/dashboard/*" component={LeaderArea} />
      <Route path="/reports/*" component={LeaderArea} />
    </>
  ))
}

const rowOf = (testId: string, name: string) =>
  screen.getAllByTestId(testId).find((row) => within(row).getByRole('rowheader').textContent?.startsWith(name))!
const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent)

afterEach(cleanup)

describe('the leader statistics', () => {
  it('opens from the dashboard: investment per unit with the county total, support by category, youth, events ' +
    'and the programs’ success rates', async () => {
    signIn(leader)
    renderLeader('/dashboard')
    fireEvent.click(await screen.findByRole('link', { name: '统计' }))
    await screen.findByTestId('statistics-screen')
    await screen.findAllByTestId('investment-row')
    expect(
      screen.getAllByTestId('investment-row').map((row) => within(row).getByRole('rowheader').textContent),
    ).toEqual(['东部园区', '西部园区', '合计'])
    expect(cellsOf(rowOf('investment-row', '东部园区'))).toEqual(['2', '3500', '1200'])
    expect(cellsOf(rowOf('investment-row', '合计'))).toEqual(['3', '4300', '1500'])

    // Categories nobody asked for are left out; the total closes the table.
    await screen.findAllByTestId('support-row')
    expect(screen.getAllByTestId('support-row').map((row) => row.dataset.category)).toEqual([
      'FUNDING',
      'HIRING',
      'total',
    ])
    expect(cellsOf(rowOf('support-row', '资金'))).toEqual(['6', '1', '0', '0', '0', '5', '0', '30', '4.5 分（6 人评）'])

    expect(cellsOf((await screen.findAllByTestId('youth-row'))[0]!)).toEqual(['9', '2'])
    expect((await screen.findByTestId('events-total')).textContent).toBe('全年 5 场，60 人次参加，45 位人才')

    const [programs, units] = await screen.findAllByTestId('program-rates')
    expect(cellsOf(within(programs!).getByRole('row', { name: /^省双创计划/ }))).toEqual(['4', '1', '1', '2', '50%'])
    expect(cellsOf(within(programs!).getByRole('row', { name: /^市双创计划/ }))).toEqual(['2', '0', '0', '2', '—'])
    expect(cellsOf(within(programs!).getByRole('row', { name: /^合计/ }))).toEqual(['6', '1', '1', '4', '50%'])
    expect(cellsOf(within(units!).getByRole('row', { name: /^西部园区/ }))).toEqual(['2', '0', '0', '2', '—'])
  }, 15_000)

  it('shows the enterprise share of program trainees falling, year by year, beside education and health', async () => {
    signIn(leader)
    renderLeader('/dashboard/statistics')
    const rows = await screen.findAllByTestId('trainee-row')
    expect(rows.map((row) => row.dataset.year)).toEqual(['2022', '2023', '2024', '2025', '2026'])
    const table = screen.getByTestId('trainees')
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent)
    expect(headers).toEqual(['年度', '申报人数', '入选人数', '企业', '教育', '卫生'])
    expect(rows.map((row) => cellsOf(row)[2])).toEqual(['42%', '38%', '33%', '30%', '25%'])
    expect(cellsOf(rows[4]!)).toEqual(['40', '6', '25%', '40%', '25%'])
    // The line chart says the same to a screen reader.
    expect(
      screen.getByRole('img', { name: /^申报人才领域占比：企业 2022 年 42%、2023 年 38%.*2026 年 25%；教育/ }),
    ).toBeTruthy()
  })

  it('groups the leads by channel, by industry or by talent class', async () => {
    signIn(leader)
    renderLeader('/dashboard/statistics')
    await screen.findAllByTestId('source-row')
    const names = () => screen.getAllByTestId('source-row').map((row) => within(row).getByRole('rowheader').textContent)
    expect(names()).toEqual(['高校院所', '朋友圈/熟人推荐', '中介/猎头'])
    expect(cellsOf(rowOf('source-row', '高校院所'))).toEqual(['40', '3', '2'])
    fireEvent.click(screen.getByRole('button', { name: '产业方向' }))
    expect(names()).toEqual(['新材料', '未填写'])
    fireEvent.click(screen.getByRole('button', { name: '人才类别' }))
    expect(names()).toEqual(['未分类', 'B 类（国家级领军）'])
    expect(screen.getByRole('button', { name: '人才类别' }).getAttribute('aria-pressed')).toBe('true')
  })

  it('narrows a unit’s drill-down to the unit, and marks who on its staff wrote no follow-up this year', async () => {
    signIn(eastHead)
    renderLeader('/dashboard/units/mine')
    await screen.findByTestId('unit-indicators')
    const rows = await screen.findAllByTestId('investment-row')
    expect(rows.map((row) => row.dataset.unit)).toEqual([unitUuid.east])
    expect(cellsOf(rows[0]!)).toEqual(['2', '3500', '1200'])

    await screen.findAllByTestId('staff-row')
    expect(screen.getByTestId('staff-idle').textContent).toBe('1 人今年没有跟踪记录：赵磊')
    const idle = rowOf('staff-row', '赵磊')
    expect(idle.dataset.idle).toBe('true')
    expect(idle.classList.contains('row-idle')).toBe(true)
    expect(within(idle).getByRole('rowheader').textContent).toContain('无跟踪')
    // One unit: no unit column. Follow-ups, last one's date; no contact data anywhere.
    expect(cellsOf(rowOf('staff-row', '张婷'))).toEqual(['5', '14', '0', '0', '2026-11-20'])
    expect(rowOf('staff-row', '张婷').dataset.idle).toBeUndefined()
    expect(screen.getByTestId('stats-staff').textContent).not.toMatch(/1[3-9]\d{9}|\*\*\*\*/)
  })
})

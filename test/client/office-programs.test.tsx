// The talent office's programs with their yearly rounds and how many applications each holds, inactive ones
// marked; and the events list, from which a unit's manager opens a new event (its title and date required).
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, within } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import ProgramsRoute from '../../client/src/office/programs/programs.tsx'
import EventsRoute from '../../client/src/manager/programs/events.tsx'
import { renderAt, screen } from './staff-harness.tsx'
import { eastPark, manager, signInOffline } from './manager-harness.tsx'

const node = (typename: string, uuid: string, fields: Record<string, unknown>) => ({
  __typename: typename,
  id: btoa(`${typename}:${uuid}`),
  uuid,
  ...fields,
})
const round = (uuid: string, year: number, name: string, closesOn: string | null, applicationCount: number) =>
  node('ProgramRound', uuid, { year, name, closesOn, applicationCount, version: 1 })
const programs = [
  node('Program', '0190e000-0000-7000-8000-0000000000a1', {
    code: 'NATIONAL_MAJOR',
    name: '国家重大人才计划',
    level: 'NATIONAL',
    isNationalMajor: true,
    active: true,
    version: 1,
    rounds: [],
  }),
  node('Program', '0190e000-0000-7000-8000-0000000000a2', {
    code: 'PROV_INNOVATION',
    name: '省双创计划',
    level: 'PROVINCE',
    isNationalMajor: false,
    active: true,
    version: 2,
    rounds: [
      round('0190e000-0000-7000-8000-0000000000b1', 2026, '第一批', '2026-05-31', 3),
      round('0190e000-0000-7000-8000-0000000000b2', 2025, '第二批', null, 7),
    ],
  }),
  node('Program', '0190e000-0000-7000-8000-0000000000a3', {
    code: 'OLD_333',
    name: '旧333工程',
    level: 'PROVINCE',
    isNationalMajor: false,
    active: false,
    version: 4,
    rounds: [],
  }),
]

beforeAll(() => signInOffline(manager))
afterEach(cleanup)

describe('the office’s programs', () => {
  it('lists each program with its level, its rounds and their applications, inactive ones marked', async () => {
    renderAt('/programs', { OfficePrograms: () => ({ programs }) }, () => (
      <Route path="/programs" component={ProgramsRoute} />
    ))
    const rows = await screen.findAllByTestId('program-row')
    expect(rows.map((row) => within(row).getByRole('strong').textContent)).toEqual([
      '国家重大人才计划',
      '省双创计划',
      '旧333工程',
    ])
    expect(rows[0]!.textContent).toContain('国家级')
    expect(rows[0]!.textContent).toContain('尚未开设批次')
    expect(
      within(rows[1]!)
        .getAllByTestId('round')
        .map((item) => item.textContent),
    ).toEqual(['2026 年第一批2026-05-31 截止 · 3 份申报', '2025 年第二批7 份申报'])
    expect(rows[2]!.classList.contains('inactive')).toBe(true)
    expect(within(rows[2]!).getByRole('button', { name: '启用' })).toBeTruthy()
    // A round is opened only in an active program.
    const roundForm = within(screen.getByTestId('round-form'))
    const choices = within(roundForm.getByLabelText(/人才工程/)).getAllByRole('option')
    expect(choices.map((option) => option.textContent)).toEqual(['', '国家重大人才计划', '省双创计划'])
  })
})

describe('the events list', () => {
  const event = node('ServiceEvent', '0190e000-0000-7000-8000-0000000000c1', {
    kind: 'STUDY_TOUR',
    title: '上海张江参观游学',
    heldOn: '2026-05-09',
    place: '张江科学城',
    description: null,
    version: 1,
    participantCount: 12,
    organiserUnit: { ...eastPark, uuid: '0190a000-0000-7000-8000-0000000000e1' },
  })

  it('shows each event with its organiser and how many came, and asks a new one for its title first', async () => {
    renderAt(
      '/events',
      {
        ProgramsEvents: () => ({
          serviceEvents: {
            __typename: 'ServiceEventConnection',
            edges: [{ __typename: 'ServiceEventEdge', node: event }],
          },
        }),
      },
      () => <Route path="/events" component={EventsRoute} />,
    )
    const [row] = await screen.findAllByTestId('event-row')
    expect(row!.textContent).toBe('2026-05-09上海张江参观游学参观游学 · 张江科学城东部园区12 人参加')
    expect(within(row!).getByRole('link', { name: '上海张江参观游学' }).getAttribute('href')).toBe(
      `/events/${event.uuid}`,
    )
    fireEvent.click(screen.getByRole('button', { name: '新建活动' }))
    fireEvent.click(await screen.findByTestId('save-event'))
    expect((await screen.findByRole('alert')).textContent).toBe('请填写活动名称')
  })
})

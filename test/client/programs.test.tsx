// A park manager files a program application in a round for a talent found by search, moves applications on
// (back only with a reason), and records who came to an event: every write waits in the outbox, offline, with
// the ids and versions the server needs, and the screens show it as 未同步 until then.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, waitFor, within } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import ApplicationsRoute from '../../client/src/manager/programs/applications.tsx'
import NewApplicationRoute from '../../client/src/manager/programs/new-application.tsx'
import EventDetailRoute from '../../client/src/manager/programs/event-detail.tsx'
import { renderAt, screen } from './staff-harness.tsx'
import { clearOutbox, eastPark, manager, queued, signInOffline } from './manager-harness.tsx'

const node = (typename: string, uuid: string, fields: Record<string, unknown>) => ({
  __typename: typename,
  id: btoa(`${typename}:${uuid}`),
  uuid,
  ...fields,
})
const roundUuid = '0190d000-0000-7000-8000-0000000000a1'
const program = node('Program', '0190d000-0000-7000-8000-0000000000b1', { name: '省双创计划' })
const round = node('ProgramRound', roundUuid, { year: 2026, name: '第一批', closesOn: '2026-05-31', program })
const wang = node('Talent', '0190d000-0000-7000-8000-0000000000c1', { name: '王五', employer: '浙江大学' })
const zhao = node('Talent', '0190d000-0000-7000-8000-0000000000c2', { name: '赵六', employer: '中科院' })
// 王五 entered twice: another record, same name at the same employer.
const wangTwin = node('Talent', '0190d000-0000-7000-8000-0000000000c3', { name: '王五', employer: '浙江大学' })
const found = (talent: typeof wang) => ({
  ...talent,
  field: null,
  phone: null,
  phoneMasked: true,
  talentClass: null,
  projects: [],
})
const application = (uuid: string, talent: typeof wang, status: string, version: number) =>
  node('ProgramApplication', uuid, {
    status,
    year: 2026,
    batch: '第一批',
    version,
    statusChangedAt: '2026-03-01T02:00:00.000Z',
    note: null,
    program,
    round: { __typename: 'ProgramRound', id: round.id, uuid: roundUuid, name: '第一批' },
    talent,
    unit: { ...eastPark, uuid: '0190a000-0000-7000-8000-0000000000e1' },
  })
const submitted = application('0190d000-0000-7000-8000-0000000000d1', wang, 'SUBMITTED', 3)
const coaching = application('0190d000-0000-7000-8000-0000000000d2', zhao, 'COACHING', 2)

const answers = {
  ProgramsRounds: () => ({ programRounds: [round] }),
  ProgramsApplications: () => ({
    programApplications: {
      __typename: 'ProgramApplicationConnection',
      edges: [submitted, coaching].map((row) => ({ __typename: 'ProgramApplicationEdge', node: row })),
    },
  }),
  SearchTalents: () => ({
    talents: {
      __typename: 'TalentConnection',
      edges: [wang, zhao].map((talent) => ({ __typename: 'TalentEdge', node: found(talent) })),
    },
  }),
}

const routes = () => (
  <>
    <Route path="/applications" component={ApplicationsRoute} />
    <Route path="/applications/new" component={NewApplicationRoute} />
    <Route path="/events/:id" component={EventDetailRoute} />
  </>
)

beforeAll(() => signInOffline(manager))
beforeEach(() => clearOutbox(manager))
afterEach(cleanup)

describe('program applications', () => {
  it('files one in a round for a talent found by search, offline, and lists it as not synced', async () => {
    renderAt('/applications/new', answers, routes)
    fireEvent.click(await screen.findByTestId('save-application'))
    expect((await screen.findAllByRole('alert')).map((alert) => alert.textContent)).toEqual([
      '请选择申报批次',
      '请选择人才',
    ])
    expect(await queued(manager)).toEqual([])

    await screen.findByRole('option', { name: '省双创计划 · 2026 第一批' })
    fireEvent.change(screen.getByLabelText(/申报批次/), { target: { value: roundUuid } })
    fireEvent.input(screen.getByLabelText('搜索人才（姓名、工作单位或电话）'), { target: { value: '王' } })
    fireEvent.click(await screen.findByRole('button', { name: '选择 王五' }))
    expect(screen.getByTestId('chosen-talent').textContent).toBe('已选：王五')
    fireEvent.click(screen.getByTestId('save-application'))

    await waitFor(async () => expect(await queued(manager)).toHaveLength(1))
    const [entry] = await queued(manager)
    expect(entry).toMatchObject({
      operation: 'createProgramApplication',
      variables: { input: { roundId: roundUuid, talentId: wang.uuid, note: null } },
    })
    await screen.findByTestId('applications')
    const pending = screen.getAllByTestId('application-row').filter((row) => row.classList.contains('card-pending'))
    expect(pending.map((row) => row.textContent)).toEqual(['王五省双创计划 2026 第一批储备 未同步'])
  }, 15_000)

  it('moves one forward at once, and back only with a reason, each on the version it follows', async () => {
    renderAt('/applications', answers, routes)
    const rowOf = async (name: string) => (await screen.findByText(name)).closest('tr')!
    fireEvent.click(within(await rowOf('王五')).getByRole('button', { name: '改为入选' }))
    await waitFor(async () =>
      expect(within(await rowOf('王五')).getByTestId('application-status').textContent).toBe('入选 未同步'),
    )

    const zhaoRow = await rowOf('赵六')
    fireEvent.click(within(zhaoRow).getByRole('button', { name: '退回储备' }))
    fireEvent.click(within(zhaoRow).getByRole('button', { name: '确认退回' }))
    expect(within(zhaoRow).getByRole('alert').textContent).toBe('退回须填写原因')
    fireEvent.input(within(zhaoRow).getByLabelText('退回原因'), { target: { value: '本人暂缓申报' } })
    fireEvent.click(within(zhaoRow).getByRole('button', { name: '确认退回' }))
    await waitFor(async () => expect(await queued(manager)).toHaveLength(2))

    const [selected, back] = await queued(manager)
    expect(selected).toMatchObject({
      operation: 'moveProgramApplication',
      recordIds: [submitted.uuid],
      variables: { input: { id: submitted.uuid, version: 3, to: 'SELECTED', reason: null } },
    })
    expect(back).toMatchObject({
      variables: { input: { id: coaching.uuid, version: 2, to: 'RESERVE', reason: '本人暂缓申报' } },
    })
    // A second move of the same application follows the first: its version counts the one still queued.
    fireEvent.click(within(await rowOf('王五')).getByRole('button', { name: '退回已申报' }))
    fireEvent.input(within(await rowOf('王五')).getByLabelText('退回原因'), { target: { value: '误登记' } })
    fireEvent.click(within(await rowOf('王五')).getByRole('button', { name: '确认退回' }))
    await waitFor(async () => expect(await queued(manager)).toHaveLength(3))
    expect((await queued(manager))[2]).toMatchObject({ variables: { input: { version: 4, to: 'SUBMITTED' } } })
  })
})

describe('event participants', () => {
  const eventUuid = '0190d000-0000-7000-8000-0000000000e9'
  const event = node('ServiceEvent', eventUuid, {
    kind: 'COUNTY_TOUR',
    title: '人才看县域·春季行',
    heldOn: '2026-04-18',
    place: '县规划馆',
    description: null,
    version: 1,
    participantCount: 1,
    organiserUnit: { ...eastPark, uuid: '0190a000-0000-7000-8000-0000000000e1' },
    participants: [wang],
  })

  it('records a talent once, offers no one recorded (or their twin record), removes one by mistake', async () => {
    const search = () => ({
      talents: {
        __typename: 'TalentConnection',
        edges: [wang, wangTwin, zhao].map((talent) => ({ __typename: 'TalentEdge', node: found(talent) })),
      },
    })
    renderAt(
      `/events/${eventUuid}`,
      { ...answers, SearchTalents: search, ProgramsEvent: () => ({ node: event }) },
      routes,
    )
    const list = await screen.findByTestId('participants')
    expect(await within(list).findByText('王五')).toBeTruthy()
    fireEvent.input(screen.getByLabelText('搜索人才（姓名、工作单位或电话）'), { target: { value: '中' } })
    const options = await screen.findAllByTestId('talent-option')
    expect(options.map((option) => option.textContent)).toEqual([
      '王五 · 浙江大学已登记',
      '王五 · 浙江大学疑似已登记（同名同单位，请先合并人才记录）',
      '赵六 · 中科院登记参加',
    ])

    fireEvent.click(screen.getByRole('button', { name: '登记参加 赵六' }))
    await waitFor(async () => expect(await queued(manager)).toHaveLength(1))
    expect((await queued(manager))[0]).toMatchObject({
      operation: 'recordEventParticipants',
      recordIds: [eventUuid],
      variables: { input: { eventId: eventUuid, talentIds: [zhao.uuid] } },
    })
    await waitFor(() => expect(within(list).getByText('赵六').closest('li')!.textContent).toContain('未同步'))
    expect(screen.getAllByTestId('talent-option')[2]!.textContent).toBe('赵六 · 中科院已登记')

    fireEvent.click(within(list).getByRole('button', { name: '移除 王五' }))
    await waitFor(async () => expect(await queued(manager)).toHaveLength(2))
    expect((await queued(manager))[1]).toMatchObject({
      operation: 'removeEventParticipant',
      variables: { input: { eventId: eventUuid, talentId: wang.uuid } },
    })
    await waitFor(() => expect(within(list).queryByText('王五')).toBeNull())
  })
})

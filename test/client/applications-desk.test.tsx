// 申报 at a desk: the list sorts by its headers either way round; an application's note is edited (and the batch
// of one filed before rounds, never of one in a round) through the outbox, on the version it follows; the
// office files an application for a unit it picks, and the waiting row names that unit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, waitFor, within } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import ApplicationsRoute from '../../client/src/manager/programs/applications.tsx'
import NewApplicationRoute from '../../client/src/manager/programs/new-application.tsx'
import { renderAt, screen } from './staff-harness.tsx'
import { clearOutbox, eastPark, manager, queued, signInOffline } from './manager-harness.tsx'
import { officeAdmin } from './office-harness.tsx'

const node = (typename: string, uuid: string, fields: Record<string, unknown>) => ({
  __typename: typename,
  id: btoa(`${typename}:${uuid}`),
  uuid,
  ...fields,
})
const roundUuid = '0190d000-0000-7000-8000-0000000000a1'
const program = node('Program', '0190d000-0000-7000-8000-0000000000b1', { name: '省双创计划' })
const round = node('ProgramRound', roundUuid, { year: 2026, name: '第一批', closesOn: null, program })
const talent = (uuid: string, name: string) => node('Talent', uuid, { name, employer: '浙江大学' })
const wang = talent('0190d000-0000-7000-8000-0000000000c1', '王五')
const zhao = talent('0190d000-0000-7000-8000-0000000000c2', '赵六')
const eastUnit = { ...eastPark, uuid: '0190a000-0000-7000-8000-0000000000e1' }
// 王五 was filed in the round; 赵六 last year, before rounds, with the batch typed in.
const inRound = node('ProgramApplication', '0190d000-0000-7000-8000-0000000000d1', {
  status: 'SUBMITTED',
  year: 2026,
  batch: '第一批',
  version: 3,
  statusChangedAt: '2026-03-01T02:00:00.000Z',
  note: null,
  program,
  round: { __typename: 'ProgramRound', id: round.id, uuid: roundUuid, name: '第一批' },
  talent: wang,
  unit: eastUnit,
})
const beforeRounds = node('ProgramApplication', '0190d000-0000-7000-8000-0000000000d2', {
  status: 'RESERVE',
  year: 2025,
  batch: '第二批',
  version: 2,
  statusChangedAt: '2025-09-01T02:00:00.000Z',
  note: '材料待补',
  program,
  round: null,
  talent: zhao,
  unit: eastUnit,
})
const unit = (uuid: string, name: string, kind: string, retiredAt: string | null = null) =>
  node('Unit', uuid, { name, kind, retiredAt })
const answers = {
  ProgramsRounds: () => ({ programRounds: [round] }),
  ProgramsApplications: () => ({
    programApplications: {
      __typename: 'ProgramApplicationConnection',
      edges: [inRound, beforeRounds].map((row) => ({ __typename: 'ProgramApplicationEdge', node: row })),
    },
  }),
  ProgramsFilingUnits: () => ({
    units: [
      { ...officeAdmin.unit, uuid: '0190a000-0000-7000-8000-0000000000a1', kind: 'OFFICE', retiredAt: null },
      unit(eastUnit.uuid, '东部园区', 'PARK'),
      unit('0190a000-0000-7000-8000-0000000000e2', '西部园区', 'PARK'),
      unit('0190a000-0000-7000-8000-0000000000e3', '旧城镇', 'TOWN', '2026-01-01T00:00:00.000Z'),
    ],
  }),
  SearchTalents: () => ({
    talents: {
      __typename: 'TalentConnection',
      edges: [wang].map((found) => ({
        __typename: 'TalentEdge',
        node: { ...found, field: null, phone: null, phoneMasked: true, talentClass: null, projects: [] },
      })),
    },
  }),
}
const routes = () => (
  <>
    <Route path="/applications" component={ApplicationsRoute} />
    <Route path="/applications/new" component={NewApplicationRoute} />
  </>
)
const rowOf = async (name: string) => (await screen.findByText(name)).closest('tr')!
const names = () => screen.getAllByTestId('application-row').map((row) => within(row).getByRole('strong').textContent)

afterEach(cleanup)

describe('a unit’s applications at a desk', () => {
  beforeEach(async () => {
    signInOffline(manager)
    await clearOutbox(manager)
  })

  it('sorts by talent, program and status, each either way round', async () => {
    renderAt('/applications', answers, routes)
    await rowOf('王五')
    const header = (name: string) => screen.getByRole('button', { name }).closest('th')!
    expect(header('人才工程').getAttribute('aria-sort')).toBe('ascending')
    expect(names()).toEqual(['赵六', '王五'])
    fireEvent.click(screen.getByRole('button', { name: '状态' }))
    expect(header('状态').getAttribute('aria-sort')).toBe('ascending')
    expect(header('人才工程').getAttribute('aria-sort')).toBe('none')
    expect(names()).toEqual(['赵六', '王五'])
    fireEvent.click(screen.getByRole('button', { name: '状态' }))
    expect(header('状态').getAttribute('aria-sort')).toBe('descending')
    expect(names()).toEqual(['王五', '赵六'])
  })

  it('edits the note of one in a round, never its batch, on the version after a move still waiting', async () => {
    renderAt('/applications', answers, routes)
    fireEvent.click(within(await rowOf('王五')).getByRole('button', { name: '改为入选' }))
    await waitFor(async () =>
      expect(within(await rowOf('王五')).getByTestId('application-status').textContent).toBe('入选 未同步'),
    )
    fireEvent.click(within(await rowOf('王五')).getByRole('button', { name: '修改' }))
    const form = within(await rowOf('王五')).getByTestId('application-edit')
    expect(within(form).queryByLabelText('批次')).toBeNull()
    fireEvent.input(within(form).getByLabelText('备注'), { target: { value: '已推荐至省里' } })
    fireEvent.click(within(form).getByRole('button', { name: '保存修改' }))
    await waitFor(async () => expect(await queued(manager)).toHaveLength(2))
    expect((await queued(manager))[1]).toMatchObject({
      operation: 'updateProgramApplication',
      recordIds: [inRound.uuid],
      variables: { input: { id: inRound.uuid, version: 4, note: '已推荐至省里' } },
    })
    expect((await queued(manager))[1]!.variables.input).not.toHaveProperty('batch')
    await waitFor(async () => expect((await rowOf('王五')).textContent).toContain('备注：已推荐至省里未同步'))
  })

  it('edits the batch of one filed before rounds, sending only what changed', async () => {
    renderAt('/applications', answers, routes)
    expect((await rowOf('赵六')).textContent).toContain('2025 第二批备注：材料待补')
    fireEvent.click(within(await rowOf('赵六')).getByRole('button', { name: '修改' }))
    const form = within(await rowOf('赵六')).getByTestId('application-edit')
    expect((within(form).getByLabelText('备注') as HTMLTextAreaElement).value).toBe('材料待补')
    fireEvent.input(within(form).getByLabelText('批次'), { target: { value: '第三批' } })
    fireEvent.click(within(form).getByRole('button', { name: '保存修改' }))
    await waitFor(async () => expect(await queued(manager)).toHaveLength(1))
    const [edit] = await queued(manager)
    expect(edit!.variables.input).toEqual({
      clientMutationId: expect.any(String),
      id: beforeRounds.uuid,
      version: 2,
      batch: '第三批',
    })
    await waitFor(async () => expect((await rowOf('赵六')).textContent).toContain('2025 第三批'))
  })
})

describe('the office filing for a unit', () => {
  beforeEach(async () => {
    signInOffline(officeAdmin)
    await clearOutbox(officeAdmin)
  })

  it('picks a park, a town or itself (none retired), and the waiting row names the unit', async () => {
    renderAt('/applications/new', answers, routes)
    await screen.findByRole('option', { name: '东部园区' })
    const picker = screen.getByLabelText('申报单位') as HTMLSelectElement
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['人才办（本单位）', '东部园区', '西部园区'])
    fireEvent.change(picker, { target: { value: eastUnit.uuid } })
    await screen.findByRole('option', { name: '省双创计划 · 2026 第一批' })
    fireEvent.change(screen.getByLabelText(/申报批次/), { target: { value: roundUuid } })
    fireEvent.input(screen.getByLabelText('搜索人才（姓名、工作单位或电话）'), { target: { value: '王' } })
    fireEvent.click(await screen.findByRole('button', { name: '选择 王五' }))
    fireEvent.click(screen.getByTestId('save-application'))
    await waitFor(async () => expect(await queued(officeAdmin)).toHaveLength(1))
    expect((await queued(officeAdmin))[0]).toMatchObject({
      operation: 'createProgramApplication',
      variables: { input: { roundId: roundUuid, talentId: wang.uuid, unitId: eastUnit.uuid } },
    })
    await screen.findByTestId('applications')
    const pending = screen.getAllByTestId('application-row').filter((row) => row.classList.contains('card-pending'))
    expect(pending.map((row) => row.textContent)).toEqual(['王五省双创计划 2026 第一批东部园区储备 未同步'])
  }, 15_000)

  it('files for its own unit when it picks none', async () => {
    renderAt('/applications/new', answers, routes)
    await screen.findByRole('option', { name: '省双创计划 · 2026 第一批' })
    fireEvent.change(screen.getByLabelText(/申报批次/), { target: { value: roundUuid } })
    fireEvent.input(screen.getByLabelText('搜索人才（姓名、工作单位或电话）'), { target: { value: '王' } })
    fireEvent.click(await screen.findByRole('button', { name: '选择 王五' }))
    fireEvent.click(screen.getByTestId('save-application'))
    await waitFor(async () => expect(await queued(officeAdmin)).toHaveLength(1))
    expect((await queued(officeAdmin))[0]!.variables.input).toMatchObject({ unitId: null })
  }, 15_000)
})

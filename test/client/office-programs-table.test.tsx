// The office's programs table at a desk: filtered by program, year and whether in use, sorted by its headers,
// and a round's name and closing date changed in its line (online, on the version the table shows; the
// server's CONFLICT is said in its words and nothing else changes).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@solidjs/testing-library'
import ProgramsRoute from '../../client/src/office/programs/programs.tsx'
import { signIn } from './leader-fixtures.ts'
import { officeAdmin, serveOffice } from './office-harness.tsx'

const node = (typename: string, uuid: string, fields: Record<string, unknown>) => ({
  __typename: typename,
  id: btoa(`${typename}:${uuid}`),
  uuid,
  ...fields,
})
const round = (uuid: string, year: number, name: string, closesOn: string | null, applicationCount: number) =>
  node('ProgramRound', uuid, { year, name, closesOn, applicationCount, version: 2 })
const springUuid = '0190e000-0000-7000-8000-0000000000b1'
const program = (uuid: string, name: string, level: string, active: boolean, rounds: unknown[]) =>
  node('Program', uuid, { code: name, name, level, isNationalMajor: false, active, version: 1, rounds })
const programs = (spring: unknown = round(springUuid, 2026, '第一批', '2026-05-31', 3)) => [
  program('0190e000-0000-7000-8000-0000000000a1', '国家重大人才计划', 'NATIONAL', true, [
    round('0190e000-0000-7000-8000-0000000000b3', 2025, '第一批', null, 1),
  ]),
  program('0190e000-0000-7000-8000-0000000000a2', '省双创计划', 'PROVINCE', true, [
    spring,
    round('0190e000-0000-7000-8000-0000000000b2', 2025, '第二批', null, 7),
  ]),
  program('0190e000-0000-7000-8000-0000000000a3', '市紧缺人才计划', 'CITY', true, [
    round('0190e000-0000-7000-8000-0000000000b4', 2026, '春季批', null, 9),
  ]),
  program('0190e000-0000-7000-8000-0000000000a4', '旧333工程', 'PROVINCE', false, []),
]
const answer = (list = programs()) => ({ data: { programs: list } })
const names = () => screen.getAllByTestId('program-row').map((row) => within(row).getByRole('strong').textContent)
const choose = (label: string, value: string) =>
  fireEvent.change(within(screen.getByRole('group', { name: '筛选' })).getByLabelText(label), { target: { value } })

beforeEach(() => signIn(officeAdmin))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('the programs table', () => {
  it('filters by program, year and whether in use', async () => {
    serveOffice('/programs', ProgramsRoute, { OfficePrograms: answer() })
    await screen.findAllByTestId('program-row')
    expect(names()).toEqual(['国家重大人才计划', '省双创计划', '旧333工程', '市紧缺人才计划'])
    choose('年度', '2026')
    expect(names()).toEqual(['省双创计划', '市紧缺人才计划'])
    const rounds = within(screen.getAllByTestId('program-row')[0]!).getAllByTestId('round')
    expect(rounds.map((item) => item.textContent)).toEqual(['2026 年第一批2026-05-31 截止 · 3 份申报'])
    choose('人才工程', '0190e000-0000-7000-8000-0000000000a3')
    expect(names()).toEqual(['市紧缺人才计划'])
    choose('人才工程', '')
    choose('年度', '')
    choose('状态', 'inactive')
    expect(names()).toEqual(['旧333工程'])
    choose('状态', 'active')
    expect(names()).toEqual(['国家重大人才计划', '省双创计划', '市紧缺人才计划'])
    choose('状态', 'inactive')
    choose('年度', '2026')
    expect(screen.queryAllByTestId('program-row')).toEqual([])
    expect(screen.getByText('没有符合条件的人才工程')).toBeTruthy()
  })

  it('sorts by name, level and the applications of the rounds shown, each either way round', async () => {
    serveOffice('/programs', ProgramsRoute, { OfficePrograms: answer() })
    await screen.findAllByTestId('program-row')
    const header = (name: string) => screen.getByRole('button', { name }).closest('th')!
    expect(header('级别').getAttribute('aria-sort')).toBe('ascending')
    fireEvent.click(screen.getByRole('button', { name: '申报数' }))
    expect(header('申报数').getAttribute('aria-sort')).toBe('descending')
    expect(names()).toEqual(['省双创计划', '市紧缺人才计划', '国家重大人才计划', '旧333工程'])
    choose('年度', '2025')
    expect(names()).toEqual(['省双创计划', '国家重大人才计划'])
    fireEvent.click(screen.getByRole('button', { name: '申报数' }))
    expect(names()).toEqual(['国家重大人才计划', '省双创计划'])
    choose('年度', '')
    fireEvent.click(screen.getByRole('button', { name: '名称' }))
    expect(header('名称').getAttribute('aria-sort')).toBe('ascending')
    // In pinyin order: guo, jiu, sheng, shi.
    expect(names()).toEqual(['国家重大人才计划', '旧333工程', '省双创计划', '市紧缺人才计划'])
  })

  it('changes a round’s name and closing date on the version shown, and says the server’s refusal', async () => {
    const renamed = round(springUuid, 2026, '春季批', null, 3)
    const server = serveOffice('/programs', ProgramsRoute, {
      OfficePrograms: [answer(), answer(programs({ ...renamed, version: 3 }))],
      OfficeUpdateRound: [
        { errors: [{ message: '2026 年已有名为“春季批”的批次', extensions: { code: 'CONFLICT' } }] },
        { data: { updateProgramRound: { ...renamed, version: 3 } } },
      ],
    })
    await screen.findAllByTestId('program-row')
    fireEvent.click(screen.getByRole('button', { name: '修改省双创计划 2026 年第一批' }))
    const form = screen.getByRole('form', { name: '修改省双创计划 2026 年第一批' })
    expect((within(form).getByLabelText('申报截止日期') as HTMLInputElement).value).toBe('2026-05-31')
    fireEvent.input(within(form).getByLabelText('批次名称'), { target: { value: '春季批' } })
    fireEvent.input(within(form).getByLabelText('申报截止日期'), { target: { value: '' } })
    fireEvent.click(within(form).getByRole('button', { name: '保存批次' }))
    expect((await within(form).findByRole('alert')).textContent).toBe('2026 年已有名为“春季批”的批次')
    fireEvent.click(within(form).getByRole('button', { name: '保存批次' }))
    await waitFor(() => expect(screen.queryByTestId('round-edit')).toBeNull())
    expect(server.of('OfficeUpdateRound')[1]!.variables.input).toEqual({
      clientMutationId: expect.any(String),
      id: springUuid,
      version: 2,
      name: '春季批',
      closesOn: null,
    })
    await waitFor(() =>
      expect(screen.getAllByTestId('round').map((item) => item.textContent)).toContain('2026 年春季批3 份申报'),
    )
  })
})

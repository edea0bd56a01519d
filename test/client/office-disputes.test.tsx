// 重复人才与归属: the office compares two records of one person, picks the surviving values field by field and
// merges them; it finds a project and splits its credit between two units with a reason.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@solidjs/testing-library'
import DisputesRoute from '../../client/src/office/disputes/disputes.tsx'
import { signIn, unitUuid } from './leader-fixtures.ts'
import { officeAdmin, serveOffice } from './office-harness.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const talent = (uuid: string, fields: Record<string, unknown>) => ({
  __typename: 'Talent',
  id: btoa(`Talent:${uuid}`),
  uuid,
  version: 2,
  name: '孙一',
  gender: 'UNSPECIFIED',
  birthYear: null,
  phone: '13900001001',
  email: null,
  wechat: null,
  degree: null,
  title: '教授',
  field: null,
  employer: '浙江大学',
  country: null,
  city: null,
  overseasExperience: null,
  talentClass: 'NONE',
  talentTeam: null,
  sector: null,
  notes: null,
  createdAt: '2026-03-01T02:00:00.000Z',
  projects: [],
  ...fields,
})
const first = '0190a000-0000-7000-8000-00000000f001'
const second = '0190a000-0000-7000-8000-00000000f002'
const pairs = {
  data: {
    talentDuplicatePairs: [
      {
        __typename: 'TalentDuplicatePair',
        reason: 'SAME_PHONE',
        first: talent(first, { degree: 'MASTER' }),
        second: talent(second, { name: '孙逸', employer: '浙大医学院', title: null, degree: 'DOCTORATE', version: 1 }),
      },
    ],
  },
}

describe('merging duplicates side by side', () => {
  it('shows where the two disagree and sends the values chosen, both versions and the reason', async () => {
    signIn(officeAdmin)
    const server = serveOffice('/office/disputes', DisputesRoute, {
      OfficeDuplicatePairs: [pairs, { data: { talentDuplicatePairs: [] } }],
      OfficeMergeTalents: {
        data: {
          mergeTalents: { __typename: 'Talent', id: btoa(`Talent:${first}`), uuid: first, name: '孙逸', version: 3 },
        },
      },
    })
    const row = await screen.findByTestId('duplicate-pair')
    expect(row.textContent).toContain('孙一 与 孙逸')
    expect(row.textContent).toContain('同一手机号')
    fireEvent.click(within(row).getByRole('button', { name: '比对合并' }))
    const form = await screen.findByTestId('merge-pair')
    // Only name and employer differ where both have a value: the title is filled from the one that has it.
    expect(
      within(form)
        .getAllByRole('row')
        .map((r) => r.getAttribute('data-testid')),
    ).toEqual([null, 'merge-field-name', 'merge-field-degree', 'merge-field-employer', null])
    expect(within(form).getByTestId('merge-field-degree').textContent).toBe('学历硕士博士')
    fireEvent.click(within(form).getByLabelText('姓名取“孙逸”'))
    fireEvent.input(within(form).getByLabelText(/合并原因/), { target: { value: '同一人，两次登记' } })
    fireEvent.click(within(form).getByRole('button', { name: '确认合并' }))
    expect(await screen.findByText('已合并为 孙逸，被合并记录的项目、申报、活动都已转入。')).toBeTruthy()
    expect(server.of('OfficeMergeTalents')[0]!.variables.input).toMatchObject({
      survivorId: first,
      mergedId: second,
      survivorVersion: 2,
      mergedVersion: 1,
      reason: '同一人，两次登记',
      takeFromMerged: ['NAME'],
    })
    expect(await screen.findByText('没有疑似重复的人才')).toBeTruthy()
  })

  it('keeps the form open with the server’s words when a record changed meanwhile', async () => {
    signIn(officeAdmin)
    serveOffice('/office/disputes', DisputesRoute, {
      OfficeDuplicatePairs: pairs,
      OfficeMergeTalents: {
        errors: [
          { message: '该人才已被他人修改（当前为第 3 版），请查看最新内容后再提交', extensions: { code: 'CONFLICT' } },
        ],
      },
    })
    fireEvent.click(await screen.findByRole('button', { name: '比对合并' }))
    fireEvent.input(await screen.findByLabelText(/合并原因/), { target: { value: '同一人' } })
    fireEvent.click(screen.getByRole('button', { name: '确认合并' }))
    expect((await screen.findByRole('alert')).textContent).toContain('已被他人修改')
    expect(screen.getByTestId('merge-pair')).toBeTruthy()
  })
})

describe('settling a project’s credit', () => {
  const project = (shares: { name: string; uuid: string; percent: number }[]) => ({
    __typename: 'Project',
    id: btoa('Project:0190a000-0000-7000-8000-00000000c101'),
    uuid: '0190a000-0000-7000-8000-00000000c101',
    version: 4,
    title: '新材料中试基地',
    stage: 'SIGNED',
    talent: { __typename: 'Talent', id: btoa('Talent:x'), name: '周二' },
    unit: { __typename: 'Unit', id: btoa(`Unit:${unitUuid.east}`), name: '东部园区' },
    creditUnit: { __typename: 'Unit', id: btoa(`Unit:${unitUuid.east}`), uuid: unitUuid.east, name: '东部园区' },
    creditShares: shares.map((share) => ({
      __typename: 'CreditShare',
      percent: share.percent,
      unit: { __typename: 'Unit', id: btoa(`Unit:${share.uuid}`), uuid: share.uuid, name: share.name },
    })),
  })
  const units = [
    {
      __typename: 'Unit',
      id: btoa(`Unit:${unitUuid.east}`),
      uuid: unitUuid.east,
      name: '东部园区',
      kind: 'PARK',
      retiredAt: null,
    },
    {
      __typename: 'Unit',
      id: btoa(`Unit:${unitUuid.west}`),
      uuid: unitUuid.west,
      name: '西部园区',
      kind: 'PARK',
      retiredAt: null,
    },
    { __typename: 'Unit', id: btoa('Unit:d'), uuid: 'd', name: '人社局', kind: 'DEPARTMENT', retiredAt: null },
  ]
  const found = (p: ReturnType<typeof project>) => ({
    data: { projects: { __typename: 'ProjectConnection', edges: [{ __typename: 'ProjectEdge', node: p }] }, units },
  })

  it('finds a project and splits its credit 60/40 between two parks, with a reason', async () => {
    signIn(officeAdmin)
    const split = project([
      { name: '东部园区', uuid: unitUuid.east, percent: 60 },
      { name: '西部园区', uuid: unitUuid.west, percent: 40 },
    ])
    const server = serveOffice('/office/disputes', DisputesRoute, {
      OfficeDuplicatePairs: { data: { talentDuplicatePairs: [] } },
      OfficeCreditProjects: [found(project([])), found(split)],
      OfficeSplitCredit: { data: { splitProjectCredit: split } },
    })
    fireEvent.input(await screen.findByLabelText('按项目名称、人才姓名或工作单位查找项目'), {
      target: { value: '新材料' },
    })
    const row = await screen.findByTestId('credit-project')
    expect(row.textContent).toContain('现计入：东部园区')
    fireEvent.click(within(row).getByRole('button', { name: '调整' }))
    const form = await screen.findByTestId('credit-form')
    fireEvent.click(within(form).getByLabelText('按比例分给多个单位'))
    const second = within(form).getByLabelText('第 2 个单位') as HTMLSelectElement
    expect(
      within(second)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['请选择单位', '东部园区', '西部园区'])
    fireEvent.change(second, { target: { value: unitUuid.west } })
    fireEvent.input(within(form).getByLabelText('第 1 个单位的比例（%）'), { target: { value: '60' } })
    fireEvent.input(within(form).getByLabelText('第 2 个单位的比例（%）'), { target: { value: '40' } })
    expect(within(form).getByTestId('credit-total').textContent).toBe('合计 100%')
    fireEvent.input(within(form).getByLabelText(/调整原因/), { target: { value: '两园区共同引进' } })
    fireEvent.click(within(form).getByRole('button', { name: '保存计分调整' }))
    expect(await screen.findByText('已保存：新材料中试基地：东部园区 60%，西部园区 40%')).toBeTruthy()
    expect(server.of('OfficeSplitCredit')[0]!.variables.input).toMatchObject({
      id: '0190a000-0000-7000-8000-00000000c101',
      version: 4,
      reason: '两园区共同引进',
      shares: [
        { unitId: unitUuid.east, percent: 60 },
        { unitId: unitUuid.west, percent: 40 },
      ],
    })
    await waitFor(() => expect(screen.getByTestId('credit-project').textContent).toContain('东部园区 60%'))
  })
})

// The talent office's 考核方案 as it sees it: a year started from the latest one, an indicator changed under
// its version (and the server's refusal shown), one unit's targets by form, and the targets sheet previewed
// cell by cell before an all-or-nothing import that a retry cannot make twice. Only the network is made up.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@solidjs/testing-library'
import {
  hrssUuid,
  landedUuid,
  read,
  scheme,
  schemeUuid,
  serveOffice,
  supportUuid,
} from './office-assessment-screen.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/
const rowOf = (testId: string, key: string, value: string) =>
  screen.getAllByTestId(testId).find((row) => row.dataset[key] === value)!

describe('the year’s scheme', () => {
  it('is started from the latest year without its targets, then lists the indicators and their total', async () => {
    const server = serveOffice('/office/assessment?year=2027', {
      OfficeScheme: [read(null), read(scheme(2027))],
      OfficeCreateScheme: { data: { createAssessmentScheme: scheme(2027) } },
    })
    expect(await screen.findByText('2027 年度还没有考核方案。')).toBeTruthy()
    fireEvent.click(screen.getByLabelText('同时复制各单位目标值'))
    fireEvent.click(screen.getByRole('button', { name: '新建 2027 年度考核方案' }))
    await screen.findByTestId('indicators')
    const input = server.of('OfficeCreateScheme')[0]!.variables.input!
    expect(input).toMatchObject({ year: 2027, startEmpty: false, copyTargets: false })
    expect(input.clientMutationId).toMatch(uuid)
    const landed = rowOf('indicator-row', 'code', 'LANDED')
    expect([...landed.querySelectorAll('td')].slice(0, 6).map((cell) => cell.textContent)).toEqual([
      'LANDED',
      '人才项目落地注册',
      '人才项目落地注册',
      '20',
      '园区、镇街',
      '以营业执照登记日为准',
    ])
    expect(rowOf('indicator-row', 'code', 'SUPPORT').textContent).toContain('落地服务诉求办结')
    expect(screen.getByTestId('weight-total').textContent).toBe('权重合计 30.5 分')
    expect((screen.getByLabelText('A类人才项目加分（双招双引）') as HTMLInputElement).value).toBe('1')
  })

  it('is started empty when asked, with no targets to copy', async () => {
    const server = serveOffice('/office/assessment?year=2028', {
      OfficeScheme: [read(null), read(scheme(2028, { indicators: [] }))],
      OfficeCreateScheme: { data: { createAssessmentScheme: scheme(2028, { indicators: [] }) } },
    })
    fireEvent.click(await screen.findByLabelText('空白方案（默认加分系数，没有指标）'))
    expect((screen.getByLabelText('同时复制各单位目标值') as HTMLInputElement).disabled).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: '新建 2028 年度考核方案' }))
    expect(await screen.findByText('还没有指标')).toBeTruthy()
    expect(server.of('OfficeCreateScheme')[0]!.variables.input).toMatchObject({
      year: 2028,
      startEmpty: true,
      copyTargets: false,
    })
    expect(screen.getByTestId('weight-total').textContent).toBe('权重合计 0 分')
  })

  it('deletes an indicator only with a reason, sent under its version', async () => {
    const server = serveOffice('/office/assessment?year=2026', {
      OfficeScheme: read(scheme(2026)),
      OfficeDeleteIndicator: [
        { errors: [{ message: '删除原因不能为空', extensions: { code: 'BAD_USER_INPUT' } }] },
        { data: { deleteIndicator: true } },
      ],
    })
    await screen.findByTestId('indicators')
    fireEvent.click(within(rowOf('indicator-row', 'code', 'SUPPORT')).getByRole('button', { name: '删除' }))
    const confirm = () => screen.getByRole('button', { name: '确认删除（连同各单位目标值）' })
    fireEvent.click(confirm())
    expect((await screen.findByRole('alert')).textContent).toBe('删除原因不能为空')
    fireEvent.input(screen.getByLabelText('删除 SUPPORT 的原因'), { target: { value: '并入其他指标' } })
    fireEvent.click(confirm())
    await waitFor(() => expect(screen.queryByLabelText('删除 SUPPORT 的原因')).toBeNull())
    expect(server.of('OfficeDeleteIndicator')[1]!.variables.input).toMatchObject({
      id: supportUuid,
      version: 3,
      reason: '并入其他指标',
    })
  })

  it('changes an indicator under its version and shows the server’s refusal in its words', async () => {
    const server = serveOffice('/office/assessment?year=2026', {
      OfficeScheme: read(scheme(2026)),
      OfficeUpdateIndicator: [
        { errors: [{ message: '考核指标已被他人修改，请刷新后重试', extensions: { code: 'CONFLICT' } }] },
        { data: { updateIndicator: scheme(2026).indicators[0] } },
      ],
    })
    await screen.findByTestId('indicators')
    fireEvent.click(within(rowOf('indicator-row', 'code', 'LANDED')).getByRole('button', { name: '修改' }))
    fireEvent.input(screen.getByLabelText('权重（分）'), { target: { value: '25' } })
    fireEvent.input(screen.getByLabelText('指标说明'), { target: { value: '以登记日为准' } })
    fireEvent.change(screen.getByLabelText('统计口径'), { target: { value: 'PROJECTS_SIGNED' } })
    fireEvent.click(within(screen.getByTestId('indicator-form')).getByRole('button', { name: '保存' }))
    expect((await screen.findByRole('alert')).textContent).toBe('考核指标已被他人修改，请刷新后重试')
    expect(server.of('OfficeUpdateIndicator')[0]!.variables.input).toMatchObject({
      id: landedUuid,
      version: 1,
      code: 'LANDED',
      metric: 'PROJECTS_SIGNED',
      weight: 25,
      unitKinds: ['PARK', 'TOWN'],
      note: '以登记日为准',
    })
    fireEvent.click(within(screen.getByTestId('indicator-form')).getByRole('button', { name: '保存' }))
    await waitFor(() => expect(screen.queryByTestId('indicator-form')).toBeNull())
    await waitFor(() => expect(server.of('OfficeScheme').length).toBeGreaterThan(1))
  })

  it('saves the rates under the scheme’s version, says 已保存, and the next save carries the new version', async () => {
    const saved = scheme(2026, { version: 2, classBonusA: 2 })
    const server = serveOffice('/office/assessment?year=2026', {
      OfficeScheme: [read(scheme(2026)), read(saved)],
      OfficeUpdateScheme: { data: { updateAssessmentScheme: saved } },
    })
    const rates = await screen.findByTestId('scheme-rates')
    fireEvent.input(within(rates).getByLabelText('A类人才项目加分（双招双引）'), { target: { value: '2' } })
    fireEvent.click(within(rates).getByRole('button', { name: '保存' }))
    await waitFor(() => expect(server.of('OfficeScheme').length).toBe(2))
    expect((await within(screen.getByTestId('scheme-rates')).findByRole('status')).textContent).toBe('已保存')
    expect((screen.getByLabelText('A类人才项目加分（双招双引）') as HTMLInputElement).value).toBe('2')
    fireEvent.click(within(screen.getByTestId('scheme-rates')).getByRole('button', { name: '保存' }))
    await waitFor(() => expect(server.of('OfficeUpdateScheme')).toHaveLength(2))
    expect(server.of('OfficeUpdateScheme')[0]!.variables.input).toMatchObject({ version: 1, classBonusA: 2 })
    expect(server.of('OfficeUpdateScheme')[1]!.variables.input).toMatchObject({ version: 2, classBonusA: 2 })
  })

  it('says so offline instead of sending a change', async () => {
    const server = serveOffice('/office/assessment?year=2026', { OfficeScheme: read(scheme(2026)) })
    await screen.findByTestId('scheme-rates')
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
    window.dispatchEvent(new Event('offline'))
    fireEvent.click(within(screen.getByTestId('scheme-rates')).getByRole('button', { name: '保存' }))
    expect((await screen.findByRole('alert')).textContent).toBe('考核方案的修改需要联网，当前离线')
    expect(server.of('OfficeUpdateScheme')).toHaveLength(0)
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true })
    window.dispatchEvent(new Event('online'))
  })
})

describe('every unit’s targets', () => {
  it('show as units × indicators, and one unit’s are set in a form', async () => {
    const server = serveOffice('/office/assessment/targets?year=2026', {
      OfficeScheme: read(scheme(2026)),
      OfficeSetTargets: { data: { setTargets: scheme(2026) } },
    })
    await screen.findByTestId('targets-table')
    const cells = (name: string) =>
      [...rowOf('target-row', 'unit', name).querySelectorAll('td.number')].map((cell) => cell.textContent)
    expect(screen.getAllByTestId('target-row').map((row) => row.dataset.unit)).toEqual([
      '东部园区',
      '西部园区',
      '青山镇',
      '人社局',
    ])
    expect(cells('东部园区')).toEqual(['4', '—'])
    expect(cells('青山镇')).toEqual(['未填', '—'])
    expect(cells('人社局')).toEqual(['—', '未填'])
    fireEvent.change(screen.getByLabelText('单位类别'), { target: { value: 'DEPARTMENT' } })
    expect(screen.getAllByTestId('target-row').map((row) => row.dataset.unit)).toEqual(['人社局'])
    fireEvent.click(within(rowOf('target-row', 'unit', '人社局')).getByRole('button', { name: '填写目标' }))
    fireEvent.input(screen.getByLabelText('诉求办结（SUPPORT）'), { target: { value: '12' } })
    fireEvent.click(within(screen.getByTestId('unit-targets')).getByRole('button', { name: '保存' }))
    await waitFor(() => expect(server.of('OfficeSetTargets')).toHaveLength(1))
    expect(server.of('OfficeSetTargets')[0]!.variables.input).toMatchObject({
      schemeId: schemeUuid,
      targets: [{ indicatorId: supportUuid, unitId: hrssUuid, value: 12 }],
    })
    await waitFor(() => expect(screen.queryByTestId('unit-targets')).toBeNull())
  })

  it('come by sheet: each bad cell shown and nothing to import, then a clean sheet imported once', async () => {
    const preview = (extra: Record<string, unknown>) => ({
      data: {
        previewTargetsImport: { problems: [], changes: [], unchanged: 0, canApply: false, ...extra },
      },
    })
    const server = serveOffice('/office/assessment/targets?year=2026', {
      OfficeScheme: read(scheme(2026)),
      OfficePreviewTargets: [
        preview({
          problems: [
            { cell: 'B4', message: 'B4（西部园区，人才项目落地注册）：目标值应为不小于 0 的数字' },
            { cell: null, message: '找不到表头' },
          ],
        }),
        preview({
          changes: [
            { unitName: '青山镇', indicatorCode: 'LANDED', indicatorName: '人才项目落地注册', before: null, after: 2 },
            { unitName: '东部园区', indicatorCode: 'LANDED', indicatorName: '人才项目落地注册', before: 4, after: 6 },
          ],
          unchanged: 1,
          canApply: true,
        }),
      ],
      OfficeImportTargets: [
        new TypeError('Failed to fetch'),
        { data: { importTargets: { id: 'x', uuid: schemeUuid, version: 1 } } },
      ],
    })
    const choose = async () => {
      const file = new File(['xlsx'], '目标值.xlsx')
      fireEvent.change(await screen.findByLabelText('上传填好的目标值表（.xlsx）'), { target: { files: [file] } })
      return screen.findByTestId('targets-preview')
    }
    await choose()
    const problems = screen.getByTestId('targets-problems')
    expect([...problems.querySelectorAll('tbody tr')].map((row) => row.textContent)).toEqual([
      'B4B4（西部园区，人才项目落地注册）：目标值应为不小于 0 的数字',
      '整个文件找不到表头',
    ])
    expect(screen.queryByRole('button', { name: '全部导入' })).toBeNull()
    expect(server.of('OfficePreviewTargets')[0]!.variables.input).toMatchObject({ schemeId: schemeUuid })

    await choose()
    await screen.findByTestId('targets-changes')
    expect(screen.getByText('将改变 2 个目标值，1 个不变：')).toBeTruthy()
    expect(screen.getByTestId('targets-changes').textContent).toContain('青山镇人才项目落地注册（LANDED）未填2')
    fireEvent.click(screen.getByRole('button', { name: '全部导入' }))
    expect((await screen.findByRole('alert')).textContent).toBe('考核方案的修改需要联网，当前离线')
    fireEvent.click(screen.getByRole('button', { name: '全部导入' }))
    expect((await screen.findByTestId('targets-applied')).textContent).toBe('已导入 2 个目标值')
    const [first, retry] = server.of('OfficeImportTargets').map((item) => item.variables.input!)
    expect(first!.clientMutationId).toMatch(uuid)
    expect(retry!.clientMutationId).toBe(first!.clientMutationId)
    expect(retry!.schemeId).toBe(schemeUuid)
  })
})

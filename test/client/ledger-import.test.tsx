// 台账 import and export as the talent office sees them: a file is previewed (the server's guess of each
// column, each row's verdict in Chinese), a column corrected, the import confirmed once — also when the
// first answer is lost — or refused row by row. Only the network's answers are made up here.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@solidjs/testing-library'
import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router'
import { Client, fetchExchange } from '@urql/core'
import { Provider } from '@urql/solid'
import LedgerRoute from '../../client/src/ledger/ledger.tsx'
import { leader, signIn, unitUuid } from './leader-fixtures.ts'

const admin = { ...leader, login: 'admin', name: '周敏', role: 'ADMIN' as const }
const manager = { ...leader, login: 'east.manager', name: '李娜', role: 'PARK_MANAGER' as const }
const csv =
  '项目名称,姓名,单位,所属单位,备注\n新材料中试基地,李四,浙江大学,东部园区,\n智能传感器,王五,中科院,北部园区,老朋友\n'

type Sent = { operationName: string; variables: { input?: Record<string, unknown> } & Record<string, unknown> }
type Reply = { data?: unknown; errors?: unknown[] } | Error

/** A server that answers each operation from `replies` (in turn when a list), recording what it was sent. */
function serve(replies: Record<string, Reply | Reply[]>) {
  const sent: Sent[] = []
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as Sent
    sent.push(body)
    const planned = replies[body.operationName]
    const reply = Array.isArray(planned)
      ? (planned[sent.filter((item) => item.operationName === body.operationName).length - 1] ?? planned.at(-1))
      : planned
    if (reply instanceof Error) throw reply
    return new Response(JSON.stringify(reply ?? { errors: [{ message: `no reply for ${body.operationName}` }] }), {
      headers: { 'content-type': 'application/json' },
    })
  }
  const client = new Client({
    url: 'http://phone.test/graphql',
    exchanges: [fetchExchange],
    fetch,
    preferGetMethod: false,
    requestPolicy: 'network-only',
  })
  const history = createMemoryHistory()
  history.set({ value: '/ledger', scroll: false, replace: true })
  render(() => (
    <MemoryRouter history={history} root={(props) => <Provider value={client}>{props.children}</Provider>}>
      <Route path="/ledger" component={LedgerRoute} />
    </MemoryRouter>
  ))
  return { sent, of: (name: string) => sent.filter((item) => item.operationName === name) }
}

const column = (n: number, header: string, field: string | null) => ({
  __typename: 'LedgerColumn',
  column: n,
  header,
  field,
})
const counts = (extra: Record<string, number>) => ({
  __typename: 'LedgerImportCounts',
  rows: 2,
  invalid: 0,
  newTalents: 2,
  matchedTalents: 0,
  newProjects: 2,
  updatedProjects: 0,
  unchangedProjects: 0,
  skipped: 0,
  ...extra,
})
const row = (rowNumber: number, title: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'LedgerImportRow',
  rowNumber,
  title,
  talentName: title === '新材料中试基地' ? '李四' : '王五',
  unitName: '东部园区',
  errors: [],
  notes: [],
  talentAction: 'NEW',
  matchedBy: null,
  sameAsRow: null,
  projectAction: 'CREATE',
  changes: [],
  ...extra,
})
const units = {
  data: {
    units: [
      { __typename: 'Unit', id: btoa(`Unit:${unitUuid.west}`), uuid: unitUuid.west, name: '西部园区', kind: 'PARK' },
      { __typename: 'Unit', id: btoa(`Unit:${unitUuid.east}`), uuid: unitUuid.east, name: '东部园区', kind: 'PARK' },
    ],
  },
}

const guessed = [
  column(1, '项目名称', 'TITLE'),
  column(2, '姓名', 'TALENT_NAME'),
  column(3, '单位', 'UNIT'),
  column(4, '所属单位', null),
  column(5, '备注', null),
]
const wrongUnit = {
  data: {
    previewLedgerImport: {
      __typename: 'LedgerImportPreview',
      fileName: '台账.csv',
      format: 'csv',
      encoding: 'utf-8',
      headerRow: 1,
      problems: [],
      canCommit: false,
      columns: guessed,
      counts: counts({ invalid: 2, newTalents: 0, newProjects: 0 }),
      rows: [
        row(2, '新材料中试基地', {
          errors: ['所属单位“浙江大学”不存在', '工作单位为空'],
          projectAction: null,
          talentAction: null,
        }),
        row(3, '智能传感器', {
          errors: ['所属单位“中科院”不存在'],
          notes: ['备注列未导入'],
          projectAction: null,
          talentAction: null,
        }),
      ],
    },
  },
}
const corrected = [
  column(1, '项目名称', 'TITLE'),
  column(2, '姓名', 'TALENT_NAME'),
  column(3, '单位', 'EMPLOYER'),
  column(4, '所属单位', 'UNIT'),
  column(5, '备注', null),
]
const clean = {
  data: {
    previewLedgerImport: {
      ...wrongUnit.data.previewLedgerImport,
      canCommit: true,
      columns: corrected,
      counts: counts({}),
      rows: [
        row(2, '新材料中试基地'),
        row(3, '智能传感器', { errors: ['所属单位“北部园区”不存在'].slice(1), notes: ['手机号为空，人才无联系方式'] }),
      ],
    },
  },
}
const projectUuid = '0190e000-0000-7000-8000-000000000001'
const imported = {
  data: {
    commitLedgerImport: {
      __typename: 'LedgerImportReport',
      uuid: '0190e000-0000-7000-8000-0000000000b1',
      fileName: '台账.csv',
      committedAt: '2026-12-02T09:30:00.000Z',
      counts: counts({}),
      rows: [
        row(2, '新材料中试基地', { projectUuid }),
        row(3, '智能传感器', { projectUuid: '0190e000-0000-7000-8000-000000000002' }),
      ],
    },
  },
}

async function chooseFile() {
  const file = new File([csv], '台账.csv', { type: 'text/csv' })
  fireEvent.change(await screen.findByLabelText('台账文件（.xlsx 或 .csv）'), { target: { files: [file] } })
  await screen.findByTestId('ledger-preview')
}

const commitButton = () => screen.getByRole('button', { name: '确认导入' }) as HTMLButtonElement

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('importing a ledger', () => {
  it(
    'previews the file: each column with its guessed field, each row’s errors in Chinese, rows with errors first, ' +
      'and no import while any is wrong',
    async () => {
      signIn(admin)
      const server = serve({ LedgerUnits: units, PreviewLedgerImport: wrongUnit })
      await chooseFile()
      const asked = server.of('PreviewLedgerImport')[0]!.variables.input!
      expect(new TextDecoder().decode(Uint8Array.from(atob(String(asked.fileBase64)), (c) => c.charCodeAt(0)))).toBe(
        csv,
      )
      expect(asked.fileName).toBe('台账.csv')
      expect(asked.mapping).toBeNull()

      expect(screen.getByTestId('ledger-file-info').textContent).toBe('台账.csv · CSV · UTF-8 · 表头在第 1 行')
      expect((screen.getByLabelText('第 B 列“姓名”导入为') as HTMLSelectElement).value).toBe('TALENT_NAME')
      expect((screen.getByLabelText('第 C 列“单位”导入为') as HTMLSelectElement).value).toBe('UNIT')
      expect((screen.getByLabelText('第 E 列“备注”导入为') as HTMLSelectElement).value).toBe('')
      const rows = screen.getAllByTestId('ledger-row')
      expect(rows.map((item) => item.dataset.row)).toEqual(['2', '3'])
      expect(within(rows[0]!).getByRole('list', { name: '错误' }).textContent).toContain('所属单位“浙江大学”不存在')
      expect(screen.getByTestId('ledger-counts').textContent).toContain('有误的行 2')
      expect(commitButton().disabled).toBe(true)
      expect(screen.getByText('请先改正文件中的问题（或调整列的对应），再导入')).toBeTruthy()
    },
  )

  it('asks the preview again with the corrected mapping when a column’s field is changed', async () => {
    signIn(admin)
    const server = serve({ LedgerUnits: units, PreviewLedgerImport: [wrongUnit, clean] })
    await chooseFile()
    fireEvent.change(screen.getByLabelText('第 D 列“所属单位”导入为'), { target: { value: 'UNIT' } })
    await waitFor(() => expect(server.of('PreviewLedgerImport')).toHaveLength(2))
    // Column D takes 所属单位 from column C, which then imports nothing until the user says otherwise.
    expect(server.of('PreviewLedgerImport')[1]!.variables.input!.mapping).toEqual([
      { column: 1, field: 'TITLE' },
      { column: 2, field: 'TALENT_NAME' },
      { column: 3, field: null },
      { column: 4, field: 'UNIT' },
      { column: 5, field: null },
    ])
    await waitFor(() => expect(commitButton().disabled).toBe(false))
    expect((screen.getByLabelText('第 C 列“单位”导入为') as HTMLSelectElement).value).toBe('EMPLOYER')
    expect(screen.getAllByTestId('ledger-row').map((item) => item.dataset.row)).toEqual(['3', '2'])
  })

  it('shows the mapping the preview has again when a new preview gets no answer', async () => {
    signIn(admin)
    serve({ LedgerUnits: units, PreviewLedgerImport: [wrongUnit, new TypeError('Failed to fetch')] })
    await chooseFile()
    const unitColumn = screen.getByLabelText('第 D 列“所属单位”导入为') as HTMLSelectElement
    fireEvent.change(unitColumn, { target: { value: 'UNIT' } })
    expect((await screen.findByTestId('ledger-error')).textContent).toBe('网络中断，请联网后重试')
    expect((screen.getByLabelText('第 D 列“所属单位”导入为') as HTMLSelectElement).value).toBe('')
    expect((screen.getByLabelText('第 C 列“单位”导入为') as HTMLSelectElement).value).toBe('UNIT')
  })

  it('commits once with one operation id, sent again after a lost answer, and shows the import report', async () => {
    signIn(admin)
    const server = serve({
      LedgerUnits: units,
      PreviewLedgerImport: clean,
      CommitLedgerImport: [new TypeError('Failed to fetch'), imported],
    })
    await chooseFile()
    fireEvent.click(commitButton())
    expect((await screen.findByTestId('ledger-error')).textContent).toContain('同一次导入不会重复写入')
    fireEvent.click(commitButton())
    const report = await screen.findByTestId('ledger-report')
    const [first, retry] = server.of('CommitLedgerImport').map((item) => item.variables.input!)
    expect(first!.clientMutationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    expect(retry!.clientMutationId).toBe(first!.clientMutationId)
    expect(retry!.mapping).toEqual(corrected.map(({ column: n, field }) => ({ column: n, field })))
    expect(report.textContent).toContain('导入完成')
    expect(report.textContent).toContain('台账.csv · 2026/12/2 17:30 导入')
    expect(within(report).getByTestId('ledger-counts').textContent).toContain('新建项目 2')
    expect(within(report).getAllByRole('link', { name: '查看项目' })[0]!.getAttribute('href')).toBe(
      `/projects/${projectUuid}`,
    )

    // Another file is another import: a new operation id.
    fireEvent.click(screen.getByRole('button', { name: '导入另一个文件' }))
    await chooseFile()
    fireEvent.click(commitButton())
    await screen.findByTestId('ledger-report')
    expect(server.of('CommitLedgerImport')[2]!.variables.input!.clientMutationId).not.toBe(first!.clientMutationId)
  })

  it('shows each refused row’s messages when the server refuses the whole file', async () => {
    signIn(admin)
    const refusal = {
      errors: [
        {
          message: '台账有 1 行有误，整个文件未导入：第 3 行（智能传感器 · 王五）：负责人“赵六”不在东部园区',
          extensions: {
            code: 'BAD_USER_INPUT',
            rows: [
              {
                rowNumber: 3,
                title: '智能传感器',
                talentName: '王五',
                errors: ['负责人“赵六”不在东部园区', '项目与第 2 行重复'],
              },
            ],
          },
        },
      ],
    }
    serve({ LedgerUnits: units, PreviewLedgerImport: clean, CommitLedgerImport: refusal })
    await chooseFile()
    fireEvent.click(commitButton())
    const refused = await screen.findByTestId('ledger-refused')
    expect(refused.textContent).toContain('第 3 行（智能传感器 · 王五）：负责人“赵六”不在东部园区；项目与第 2 行重复')
    expect(screen.getByTestId('ledger-error').textContent).toContain('未导入：台账有 1 行有误')
    expect(screen.queryByTestId('ledger-report')).toBeNull()
  })

  it(
    'shows an edited export’s updates field by field, before → after, with the counts of new, updated and ' +
      'unchanged projects',
    async () => {
      signIn(admin)
      const change = (field: string, before: string | null, after: string | null) => ({
        __typename: 'LedgerFieldChange',
        field,
        before,
        after,
      })
      const exported = [
        column(1, '项目名称', 'TITLE'),
        column(2, '姓名', 'TALENT_NAME'),
        column(3, '单位', 'EMPLOYER'),
        column(4, '所属单位', 'UNIT'),
        column(5, '备注', null),
      ]
      const edited = {
        data: {
          previewLedgerImport: {
            ...clean.data.previewLedgerImport,
            canCommit: true,
            columns: exported,
            counts: counts({ rows: 3, newTalents: 0, newProjects: 1, updatedProjects: 1, unchangedProjects: 1 }),
            rows: [
              row(2, '新材料中试基地', { projectAction: 'UNCHANGED', talentAction: 'EXISTING', matchedBy: 'PROJECT' }),
              row(3, '智能传感器二期', {
                projectAction: 'UPDATE',
                talentAction: 'EXISTING',
                matchedBy: 'PROJECT',
                changes: [
                  change('TITLE', '智能传感器', '智能传感器二期'),
                  change('STAGE', '洽谈', '签约'),
                  change('SIGNED_AT', null, '2026-11-20'),
                ],
              }),
              row(4, '海水淡化', { talentName: '孙丽' }),
            ],
          },
        },
      }
      serve({ LedgerUnits: units, PreviewLedgerImport: edited })
      await chooseFile()
      const counted = screen.getByTestId('ledger-counts').textContent
      for (const text of ['新建项目 1', '修改项目 1', '无改动 1', '有误的行 0']) expect(counted).toContain(text)
      const rows = screen.getAllByTestId('ledger-row')
      expect(rows.map((item) => item.dataset.row)).toEqual(['3', '2', '4'])
      expect(rows[0]!.textContent).toContain('修改已有项目')
      const table = within(rows[0]!).getByRole('table', { name: '改动（改前 → 改后）' })
      expect(
        within(table)
          .getAllByRole('row')
          .slice(1)
          .map((line) => [...line.children].map((cell) => cell.textContent)),
      ).toEqual([
        ['项目名称', '智能传感器', '智能传感器二期'],
        ['阶段', '洽谈', '签约'],
        ['签约日期', '（空）', '2026-11-20'],
      ])
      expect(rows[1]!.textContent).toContain('已有项目，无改动')
      expect(within(rows[1]!).queryByRole('table')).toBeNull()
      expect(commitButton().disabled).toBe(false)
    },
  )

  it('says an unchanged export has nothing to import', async () => {
    signIn(admin)
    const same = {
      data: {
        previewLedgerImport: {
          ...clean.data.previewLedgerImport,
          canCommit: false,
          counts: counts({ newTalents: 0, newProjects: 0, unchangedProjects: 2 }),
          rows: [
            row(2, '新材料中试基地', { projectAction: 'UNCHANGED' }),
            row(3, '智能传感器', { projectAction: 'UNCHANGED' }),
          ],
        },
      },
    }
    serve({ LedgerUnits: units, PreviewLedgerImport: same })
    await chooseFile()
    expect(screen.getByTestId('ledger-cannot-commit').textContent).toBe(
      '台账与系统中的数据一致：没有新项目，也没有修改过的项目，无需导入',
    )
    expect(commitButton().disabled).toBe(true)
  })

  it('is for the talent office online only: offline it says so and takes no file', async () => {
    signIn(admin)
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
    window.dispatchEvent(new Event('offline'))
    serve({ LedgerUnits: units })
    expect(await screen.findByText('导入需要联网：离线时不能导入（台账不进入待同步队列）')).toBeTruthy()
    expect((screen.getByLabelText('台账文件（.xlsx 或 .csv）') as HTMLInputElement).disabled).toBe(true)
    window.dispatchEvent(new Event('online'))
  })
})

describe('exporting the ledger', () => {
  function catchDownloads() {
    const saved: { name: string; blob: Blob }[] = []
    let blob: Blob | undefined
    const createObjectURL = (made: Blob) => {
      blob = made
      return 'blob:ledger'
    }
    Object.assign(URL, { createObjectURL, revokeObjectURL: () => {} })
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blob! })
    })
    return saved
  }
  const workbook = (fileName: string) => ({
    data: {
      ledgerWorkbook: {
        __typename: 'SpreadsheetFile',
        fileName,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        contentBase64: btoa('PK\u0003\u0004'),
      },
    },
  })

  it('lets the talent office pick a unit and saves the file under the server’s Chinese name', async () => {
    signIn(admin)
    const saved = catchDownloads()
    const server = serve({ LedgerUnits: units, LedgerWorkbook: workbook('东部园区人才项目台账（2026-12-02）.xlsx') })
    const scope = (await screen.findByLabelText('导出范围')) as HTMLSelectElement
    await waitFor(() =>
      expect(
        within(scope)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['全县', '东部园区', '西部园区']),
    )
    fireEvent.change(scope, { target: { value: unitUuid.east } })
    fireEvent.click(screen.getByRole('button', { name: '导出台账（.xlsx）' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    expect(server.of('LedgerWorkbook')[0]!.variables).toEqual({ unitId: unitUuid.east })
    expect(saved[0]!.name).toBe('东部园区人才项目台账（2026-12-02）.xlsx')
    expect(new TextDecoder().decode(await saved[0]!.blob.arrayBuffer())).toBe('PK\u0003\u0004')
  })

  it('gives a park manager the own unit’s ledger with masked phones, and no import', async () => {
    signIn(manager)
    const saved = catchDownloads()
    const server = serve({ LedgerWorkbook: workbook('东部园区人才项目台账（2026-12-02）.xlsx') })
    expect(await screen.findByText('导出本单位的人才项目台账；文件中的手机号已脱敏。')).toBeTruthy()
    expect(screen.queryByLabelText('导出范围')).toBeNull()
    expect(screen.queryByTestId('ledger-import')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '导出台账（.xlsx）' }))
    await waitFor(() => expect(saved).toHaveLength(1))
    expect(server.of('LedgerWorkbook')[0]!.variables).toEqual({ unitId: null })
    expect(server.of('LedgerUnits')).toHaveLength(0)
  })
})

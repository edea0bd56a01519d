// 台账 import as the talent office sees it: a file is previewed (the server's guess of each column, each row's
// verdict in Chinese), a column corrected, the import confirmed once — also when the first answer is lost — or
// refused row by row. Only the network's answers are made up here.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@solidjs/testing-library'
import { signIn } from './leader-fixtures.ts'
import { admin, csv, serve, units } from './ledger-screen.tsx'
import {
  chooseFile,
  clean,
  column,
  commitButton,
  corrected,
  counts,
  imported,
  projectUuid,
  row,
  wrongUnit,
} from './ledger-import-replies.ts'

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
      '台账与系统中的数据一致：没有新项目、修改过的项目或新的人才投入，无需导入',
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

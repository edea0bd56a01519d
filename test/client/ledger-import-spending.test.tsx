// 台账 import of the 人才投入 sheet as the talent office sees it: its rows and their problems in the preview,
// and a workbook whose only news is spending. Only the network's answers are made up here.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, within } from '@solidjs/testing-library'
import { signIn } from './leader-fixtures.ts'
import { admin, serve, units } from './ledger-screen.tsx'
import {
  cellProblem,
  chooseFile,
  clean,
  commitButton,
  counts,
  imported,
  row,
  spendingRow,
} from './ledger-import-replies.ts'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('importing a ledger’s 人才投入 sheet', () => {
  it(
    'lists the 人才投入 sheet’s rows: unit, day, amount, purpose and what becomes of each, each problem with its ' +
      'cell, and no import while one is wrong',
    async () => {
      signIn(admin)
      const withSpending = {
        data: {
          previewLedgerImport: {
            ...clean.data.previewLedgerImport,
            canCommit: false,
            counts: counts({ spendingRows: 3, newSpending: 1, unchangedSpending: 1, invalidSpending: 1 }),
            spendingRows: [
              spendingRow(2),
              spendingRow(3, { spentOn: '2026-04-01', amount: '7.25', purpose: '人才活动周', action: 'UNCHANGED' }),
              spendingRow(4, {
                unitCode: 'NO_SUCH_UNIT',
                unitName: null,
                amount: '12.345',
                action: null,
                problems: [cellProblem('A4', '单位代码“NO_SUCH_UNIT”不存在'), cellProblem(null, '用途不能为空')],
              }),
            ],
          },
        },
      }
      serve({ LedgerUnits: units, PreviewLedgerImport: withSpending })
      await chooseFile()
      const counted = screen.getByTestId('ledger-counts').textContent
      for (const text of ['人才投入 3 行', '新登记投入 1', '投入已登记过 1', '有误的投入行 1'])
        expect(counted).toContain(text)
      expect(screen.getByText('有误的投入行 1').classList.contains('ledger-count-bad')).toBe(true)
      const rows = within(screen.getByTestId('ledger-spending-rows')).getAllByTestId('ledger-spending-row')
      expect(rows.map((item) => item.dataset.row)).toEqual(['4', '2', '3'])
      expect(rows[1]!.textContent).toContain('第 2 行 · 东部园区')
      expect(rows[1]!.textContent).toContain('2026-03-05 · 12.5 万元 · 青年人才生活补贴 · 新登记')
      expect(rows[2]!.textContent).toContain('系统中已有，不再登记')
      expect(rows[0]!.textContent).toContain('第 4 行 · NO_SUCH_UNIT')
      const problems = within(rows[0]!).getByRole('list', { name: '错误' })
      expect([...problems.children].map((item) => item.textContent)).toEqual([
        'A4 单元格：单位代码“NO_SUCH_UNIT”不存在',
        '用途不能为空',
      ])
      expect(commitButton().disabled).toBe(true)
      expect(screen.getByTestId('ledger-cannot-commit').textContent).toBe(
        '请先改正文件中的问题（或调整列的对应），再导入',
      )
    },
  )

  it('imports a workbook whose only news is spending, and the report counts the spending it recorded', async () => {
    signIn(admin)
    const onlySpending = {
      data: {
        previewLedgerImport: {
          ...clean.data.previewLedgerImport,
          canCommit: true,
          counts: counts({ newTalents: 0, newProjects: 0, unchangedProjects: 2, spendingRows: 1, newSpending: 1 }),
          rows: [
            row(2, '新材料中试基地', { projectAction: 'UNCHANGED' }),
            row(3, '智能传感器', { projectAction: 'UNCHANGED' }),
          ],
          spendingRows: [spendingRow(2)],
        },
      },
    }
    const report = {
      data: {
        commitLedgerImport: {
          ...imported.data.commitLedgerImport,
          counts: onlySpending.data.previewLedgerImport.counts,
          rows: onlySpending.data.previewLedgerImport.rows,
          spendingRows: [spendingRow(2)],
        },
      },
    }
    serve({ LedgerUnits: units, PreviewLedgerImport: onlySpending, CommitLedgerImport: report })
    await chooseFile()
    expect(screen.queryByTestId('ledger-cannot-commit')).toBeNull()
    fireEvent.click(commitButton())
    const done = await screen.findByTestId('ledger-report')
    expect(within(done).getByTestId('ledger-counts').textContent).toContain('新登记投入 1')
    expect(within(done).getByTestId('ledger-spending-row').textContent).toContain('青年人才生活补贴 · 新登记')
  })
})

// The issued reports: the year's list, one report as its frozen table, and 下载 Excel, which turns the
// server's base64 into a file with the report's Chinese name.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, waitFor, within } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import LeaderArea from '../../client/src/leader/area.tsx'
import { periodOf } from '../../client/src/leader/issue-report.tsx'
import { renderAt, screen } from './staff-harness.tsx'
import { answers, eastHead, leader, reportUuid, signIn, unitUuid } from './leader-fixtures.ts'
import { clearOutbox, queued, signInOffline } from './manager-harness.tsx'

const cell = (code: string, target: number, actual: number, change: number | null) => ({
  __typename: 'ReportCell',
  code,
  target,
  actual,
  completion: target ? actual / target : null,
  score: 0,
  assessed: target > 0,
  lagging: target > 0 && actual / target < 0.9,
  change,
})
const line = (uuid: string, name: string, rank: number, total: number, cells: ReturnType<typeof cell>[]) => ({
  __typename: 'ReportUnitLine',
  unitUuid: uuid,
  unitName: name,
  unitKind: 'PARK',
  total,
  scoreTotal: total,
  bonusTotal: 0,
  classBonus: 0,
  rankInKind: rank,
  rankOverall: rank,
  overdueFollowUps: rank,
  overdueSupportRequests: 0,
  cells,
})
const report = {
  __typename: 'Report',
  id: btoa(`Report:${reportUuid}`),
  uuid: reportUuid,
  kind: 'MONTHLY',
  period: '2026-11',
  edition: 1,
  title: '2026年11月人才工作目标完成情况月报',
  issuedAt: '2026-12-01T01:00:00.000Z',
  issuedByName: '周敏（人才办）',
  myReceipt: null,
  snapshot: {
    __typename: 'ReportSnapshot',
    asOf: '2026-11-30T15:59:59.999Z',
    elapsedShare: 0.9167,
    indicators: [
      { __typename: 'ReportIndicator', code: 'LEADS', name: '新增人才项目线索', weight: 10 },
      { __typename: 'ReportIndicator', code: 'SIGNED', name: '人才项目签约', weight: 15 },
    ],
    units: [
      line(unitUuid.west, '西部园区', 2, 12, [cell('LEADS', 40, 30, 4), cell('SIGNED', 10, 1, null)]),
      line(unitUuid.east, '东部园区', 1, 22.5, [cell('LEADS', 40, 40, 6), cell('SIGNED', 10, 5, 1)]),
    ],
  },
}
const receipt = (unit: keyof typeof unitUuid, reader: string, openedAt: string | null, reminders = 0) => ({
  __typename: 'ReportReceipt',
  openedAt,
  remindedAt: reminders ? '2026-12-02T01:00:00.000Z' : null,
  reminders,
  reader: { __typename: 'User', id: btoa(`User:reader-${unit}`), name: reader },
  unit: { __typename: 'Unit', id: btoa(`Unit:${unitUuid[unit]}`), name: unit === 'east' ? '东部园区' : '西部园区' },
})
const receipts = [receipt('west', '赵志刚', null), receipt('east', '王建国', '2026-12-01T02:30:00.000Z')]
const workbookBytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00])
const reportAnswers = {
  ...answers,
  LeaderReport: () => ({ node: report }),
  ReportReceipts: () => ({ node: { __typename: 'Report', id: report.id, receipts } }),
  RemindReportReaders: () => ({
    remindReportReaders: {
      __typename: 'Report',
      id: report.id,
      receipts: [receipt('west', '赵志刚', null, 1), receipts[1]],
    },
  }),
  LeaderReportWorkbook: () => ({
    reportWorkbook: {
      __typename: 'ReportFile',
      fileName: '2026年11月人才工作目标完成情况月报（第1版）.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: btoa(String.fromCharCode(...workbookBytes)),
    },
  }),
}

function renderLeader(path: string) {
  renderAt(path, reportAnswers, () => (
    <>
      <Route path="/dashboard/*" component={LeaderArea} />
      <Route path="/reports/*" component={LeaderArea} />
    </>
  ))
}

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('issued reports', () => {
  it('lists the year’s reports, each opening as its frozen table with units by rank', async () => {
    signIn(leader)
    renderLeader('/reports')
    const card = await screen.findByTestId('report-card')
    expect(card.textContent).toContain('2026年11月人才工作目标完成情况月报')
    expect(card.textContent).toContain('月报')
    expect(card.textContent).toContain('第 1 版 · 2026-12-01 · 周敏（人才办） 印发')
    fireEvent.click(within(card).getByRole('link'))

    await screen.findAllByTestId('report-row')
    expect(screen.getByTestId('report-title').textContent).toBe('2026年11月人才工作目标完成情况月报')
    const rows = screen.getAllByTestId('report-row')
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['东部园区', '西部园区'])
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['1', '22.5', '22.5', '0', '0', '40/40100%本期 +6', '5/1050%本期 +1', '1', '0'])
    expect(screen.queryByRole('button', { name: '印发' })).toBeNull()
  })

  it('downloads the workbook as an .xlsx file named as the report', async () => {
    signIn(leader)
    let saved: Blob | undefined
    const createObjectURL = vi.fn((blob: Blob) => {
      saved = blob
      return 'blob:report'
    })
    Object.assign(URL, { createObjectURL, revokeObjectURL: () => {} })
    const clicked: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
    })
    renderLeader(`/reports/${reportUuid}`)
    fireEvent.click(await screen.findByRole('button', { name: '下载 Excel' }))
    await waitFor(() => expect(clicked).toHaveLength(1))
    expect(clicked[0]!.download).toBe('2026年11月人才工作目标完成情况月报（第1版）.xlsx')
    expect(saved!.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(new Uint8Array(await saved!.arrayBuffer())).toEqual(workbookBytes)
  })

  it('lets the talent office issue a report for a period the server reads', async () => {
    expect([
      periodOf('MONTHLY', 2026, 6),
      periodOf('BULLETIN', 2026, 11),
      periodOf('QUARTERLY', 2026, 2),
      periodOf('HALF_YEAR', 2026, 1),
    ]).toEqual(['2026-06', '2026-11', '2026-Q2', '2026-H1'])
    signIn({ ...leader, role: 'ADMIN' })
    renderLeader('/reports')
    await screen.findByTestId('report-card')
    fireEvent.change(screen.getByLabelText('报告类型'), { target: { value: 'QUARTERLY' } })
    expect(
      within(screen.getByLabelText('期间'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['第 1 季度', '第 2 季度', '第 3 季度', '第 4 季度'])
  })

  it('shows the leaders who has read it, unread first, and lets the office remind the rest', async () => {
    signIn(leader)
    renderLeader(`/reports/${reportUuid}`)
    const section = await screen.findByTestId('report-receipts')
    await waitFor(() => expect(section.querySelector('h3')?.textContent).toBe('阅读情况：1/2 已读'))
    const cards = within(section).getAllByTestId('receipt')
    expect(cards.map((card) => card.dataset.opened)).toEqual(['no', 'yes'])
    expect(cards[1]!.textContent).toContain('王建国')
    expect(within(section).queryByTestId('remind-readers')).toBeNull()
    cleanup()

    // The reminder goes straight to the server (sendOnline), never through the outbox; the header's bell
    // listens on the same fetch.
    const sent: { operationName: string; variables: unknown }[] = []
    vi.stubGlobal('fetch', async (_url: unknown, init?: RequestInit) => {
      sent.push(JSON.parse(String(init?.body)))
      return Response.json({ data: reportAnswers.RemindReportReaders() })
    })
    signIn({ ...leader, role: 'ADMIN' })
    renderLeader(`/reports/${reportUuid}`)
    fireEvent.click(await screen.findByRole('button', { name: '提醒未读的 1 位' }))
    await screen.findByText('已提醒 1 位未读的一把手')
    expect(sent.filter((body) => body.operationName === 'RemindReportReaders')).toEqual([
      expect.objectContaining({
        operationName: 'RemindReportReaders',
        variables: { input: { clientMutationId: expect.any(String), reportId: reportUuid } },
      }),
    ])
    vi.unstubAllGlobals()
  })

  it('queues a unit head’s first opening in the outbox, offline too, and only once', async () => {
    signInOffline(eastHead)
    await clearOutbox(eastHead)
    const unread = { ...report, myReceipt: { __typename: 'ReportReceipt', openedAt: null } }
    renderAt(`/reports/${reportUuid}`, { ...reportAnswers, LeaderReport: () => ({ node: unread }) }, () => (
      <Route path="/reports/*" component={LeaderArea} />
    ))
    await screen.findByTestId('report-title')
    await waitFor(async () => expect(await queued(eastHead)).toHaveLength(1))
    const [opening] = await queued(eastHead)
    expect(opening).toMatchObject({ operation: 'markReportOpened', variables: { input: { reportId: reportUuid } } })
    expect(screen.queryByTestId('report-receipts')).toBeNull()
    cleanup()
    renderAt(`/reports/${reportUuid}`, { ...reportAnswers, LeaderReport: () => ({ node: unread }) }, () => (
      <Route path="/reports/*" component={LeaderArea} />
    ))
    await screen.findByTestId('report-title')
    expect(await queued(eastHead)).toHaveLength(1)
    cleanup()
    await clearOutbox(eastHead)
  })
})

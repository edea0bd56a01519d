// 审计日志: the office reads who did what, narrows it by action and county days, and saves the same
// selection as .xlsx under the server's name.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@solidjs/testing-library'
import AuditRoute from '../../client/src/office/audit/audit.tsx'
import { signIn } from './leader-fixtures.ts'
import { officeAdmin, serveOffice } from './office-harness.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const entry = (uuid: string, fields: Record<string, unknown>) => ({
  __typename: 'AuditLog',
  uuid,
  at: '2026-06-01T01:30:00.000Z',
  action: 'revealContact',
  actionLabel: '查看联系方式',
  entity: 'Talent',
  entityId: '0190a000-0000-7000-8000-00000000f001',
  reason: '约见面谈',
  changes: [],
  actor: {
    __typename: 'User',
    id: btoa('User:s'),
    name: '张婷',
    unit: { __typename: 'Unit', id: btoa('Unit:e'), name: '东部园区' },
  },
  ...fields,
})
const page = (...entries: ReturnType<typeof entry>[]) => ({
  data: {
    auditLog: {
      __typename: 'AuditLogConnection',
      pageInfo: { __typename: 'PageInfo', hasNextPage: false },
      edges: entries.map((node) => ({ __typename: 'AuditLogEdge', node })),
    },
  },
})
const replies = {
  OfficeAuditPeople: { data: { accounts: { __typename: 'UserConnection', edges: [] } } },
  OfficeAuditActions: {
    data: {
      auditLogActions: [
        { __typename: 'AuditAction', action: 'revealContact', label: '查看联系方式' },
        { __typename: 'AuditAction', action: 'mergeTalents', label: '合并人才' },
      ],
    },
  },
}

describe('the audit log screen', () => {
  it('lists entries newest first, filters by action and county days, and exports the same selection', async () => {
    signIn(officeAdmin)
    const saved: string[] = []
    Object.assign(URL, { createObjectURL: () => 'blob:audit', revokeObjectURL: () => {} })
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download)
    })
    const server = serveOffice('/office/audit', AuditRoute, {
      ...replies,
      OfficeAuditLog: [
        page(
          entry('a2', {
            action: 'mergeTalents',
            actionLabel: '合并人才',
            reason: '同一人',
            changes: ['chosen: ["name"]'],
          }),
          entry('a1', {}),
        ),
        page(entry('a1', {})),
      ],
      OfficeAuditWorkbook: {
        data: {
          auditLogWorkbook: {
            __typename: 'SpreadsheetFile',
            fileName: '审计日志（2026-06-02）.xlsx',
            contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            contentBase64: btoa('PK'),
          },
        },
      },
    })
    const rows = await screen.findAllByTestId('audit-entry')
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      [
        '2026/6/1 09:30',
        '张婷东部园区',
        '合并人才',
        '人才0190a000-0000-7000-8000-00000000f001',
        '原因：同一人chosen: ["name"]',
      ],
      ['2026/6/1 09:30', '张婷东部园区', '查看联系方式', '人才0190a000-0000-7000-8000-00000000f001', '原因：约见面谈'],
    ])
    const action = screen.getByLabelText('操作') as HTMLSelectElement
    await waitFor(() => expect(within(action).getAllByRole('option')).toHaveLength(3))
    fireEvent.change(action, { target: { value: 'revealContact' } })
    fireEvent.change(screen.getByLabelText('起始日期'), { target: { value: '2026-06-01' } })
    fireEvent.change(screen.getByLabelText('截止日期（含）'), { target: { value: '2026-06-01' } })
    const filter = { action: 'revealContact', from: '2026-05-31T16:00:00.000Z', to: '2026-06-01T16:00:00.000Z' }
    await waitFor(() => expect(server.of('OfficeAuditLog').at(-1)!.variables).toEqual({ filter, first: 50 }))
    await waitFor(() => expect(screen.getAllByTestId('audit-entry')).toHaveLength(1))
    fireEvent.click(screen.getByRole('button', { name: '导出 Excel' }))
    await waitFor(() => expect(saved).toEqual(['审计日志（2026-06-02）.xlsx']))
    expect(server.of('OfficeAuditWorkbook')[0]!.variables).toEqual({ filter })
  })

  it('says so when nothing matches', async () => {
    signIn(officeAdmin)
    serveOffice('/office/audit', AuditRoute, { ...replies, OfficeAuditLog: page() })
    expect(await screen.findByText('没有符合条件的记录')).toBeTruthy()
  })
})

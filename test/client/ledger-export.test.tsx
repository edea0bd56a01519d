// 台账 export: the talent office picks a unit (or the county) and saves the server's workbook under its Chinese
// name; a park manager gets the own unit's ledger with masked phones and no import.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, screen, waitFor, within } from '@solidjs/testing-library'
import { signIn, unitUuid } from './leader-fixtures.ts'
import { admin, manager, serve, units } from './ledger-screen.tsx'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
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

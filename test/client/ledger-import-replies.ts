// The server's answers a 台账 import meets on the screen: a preview with its guessed columns and each row's
// verdict, a corrected mapping, a clean file, the import report; and the steps of choosing a file.
import { fireEvent, screen } from '@solidjs/testing-library'
import { csv } from './ledger-screen.tsx'

export const column = (n: number, header: string, field: string | null) => ({
  __typename: 'LedgerColumn',
  column: n,
  header,
  field,
})
export const counts = (extra: Record<string, number>) => ({
  __typename: 'LedgerImportCounts',
  rows: 2,
  invalid: 0,
  newTalents: 2,
  matchedTalents: 0,
  newProjects: 2,
  updatedProjects: 0,
  unchangedProjects: 0,
  skipped: 0,
  spendingRows: 0,
  invalidSpending: 0,
  newSpending: 0,
  unchangedSpending: 0,
  ...extra,
})
export const row = (rowNumber: number, title: string, extra: Record<string, unknown> = {}) => ({
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

export const spendingRow = (rowNumber: number, extra: Record<string, unknown> = {}) => ({
  __typename: 'LedgerSpendingRow',
  rowNumber,
  unitCode: 'EAST_PARK',
  unitName: '东部园区',
  spentOn: '2026-03-05',
  amount: '12.5',
  purpose: '青年人才生活补贴',
  action: 'CREATE',
  problems: [],
  ...extra,
})
export const cellProblem = (cell: string | null, message: string) => ({
  __typename: 'LedgerCellProblem',
  cell,
  message,
})

export const guessed = [
  column(1, '项目名称', 'TITLE'),
  column(2, '姓名', 'TALENT_NAME'),
  column(3, '单位', 'UNIT'),
  column(4, '所属单位', null),
  column(5, '备注', null),
]
export const wrongUnit = {
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
      spendingRows: [],
    },
  },
}
export const corrected = [
  column(1, '项目名称', 'TITLE'),
  column(2, '姓名', 'TALENT_NAME'),
  column(3, '单位', 'EMPLOYER'),
  column(4, '所属单位', 'UNIT'),
  column(5, '备注', null),
]
export const clean = {
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
export const projectUuid = '0190e000-0000-7000-8000-000000000001'
export const imported = {
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
      spendingRows: [],
    },
  },
}

export async function chooseFile() {
  const file = new File([csv], '台账.csv', { type: 'text/csv' })
  fireEvent.change(await screen.findByLabelText('台账文件（.xlsx 或 .csv）'), { target: { files: [file] } })
  await screen.findByTestId('ledger-preview')
}

export const commitButton = () => screen.getByRole('button', { name: '确认导入' }) as HTMLButtonElement

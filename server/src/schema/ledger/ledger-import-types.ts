// What the ledger import answers with: the preview (header, column mapping, each row's verdict, counts)
// and, after the commit, the import report kept with its ImportBatch.
import { builder } from '../../builder.ts'
import type { ColumnMapping } from '../../domain/ledger/ledger-columns.ts'
import type { LedgerCounts, LedgerRowOutcome, LedgerSpendingOutcome } from '../../domain/ledger/ledger-report.ts'
import { LedgerSpendingRow } from './ledger-spending.ts'
import type { FieldChange } from '../../domain/ledger/ledger-update.ts'
import { LedgerFieldEnum } from './ledger.ts'

export interface LedgerPreviewShape {
  fileName: string
  format: 'xlsx' | 'csv'
  encoding: string | null
  headerRow: number | null
  columns: ColumnMapping[]
  problems: string[]
  rows: LedgerRowOutcome[]
  spending: LedgerSpendingOutcome[]
  counts: LedgerCounts
}

export interface LedgerReportShape {
  id: string
  fileName: string
  committedAt: Date
  rows: LedgerRowOutcome[]
  spending: LedgerSpendingOutcome[]
  counts: LedgerCounts
}

const TalentAction = builder.enumType('LedgerTalentAction', {
  values: {
    NEW: { description: '新建人才' },
    EXISTING: { description: '沿用系统中已有的人才' },
    SAME_AS_ROW: { description: '与表中前面某行为同一人才' },
  } as const,
})
const TalentMatch = builder.enumType('LedgerTalentMatch', {
  values: {
    SAME_PHONE: { description: '手机号相同' },
    SAME_NAME_AND_EMPLOYER: { description: '姓名与工作单位相同' },
    PROJECT: { description: '按项目编号：该项目的人才' },
  } as const,
})
const ProjectAction = builder.enumType('LedgerProjectAction', {
  values: {
    CREATE: { description: '新建项目' },
    UPDATE: { description: '按项目编号修改已有项目（changes 为改动的各项）' },
    UNCHANGED: { description: '按项目编号找到的已有项目，没有改动' },
    SKIP: { description: '系统中已有该人才的同名项目，本行没有项目编号，跳过' },
  } as const,
})

const LedgerFieldChange = builder.objectRef<FieldChange>('LedgerFieldChange').implement({
  description: '一项改动：改前与改后，按台账的写法',
  authScopes: { role: ['ADMIN'] },
  fields: (t) => ({
    field: t.field({ type: LedgerFieldEnum, resolve: (change) => change.field }),
    before: t.exposeString('before', { nullable: true }),
    after: t.exposeString('after', { nullable: true }),
  }),
})

const LedgerColumn = builder.objectRef<ColumnMapping>('LedgerColumn').implement({
  authScopes: { role: ['ADMIN'] },
  fields: (t) => ({
    column: t.exposeInt('column', { description: '第几列（A 列为 1）' }),
    header: t.exposeString('header', { description: '文件中的列名' }),
    field: t.field({
      type: LedgerFieldEnum,
      nullable: true,
      description: '导入为哪一项；为空则不导入该列',
      resolve: (column) => column.field,
    }),
  }),
})

const LedgerImportRow = builder.objectRef<LedgerRowOutcome>('LedgerImportRow').implement({
  authScopes: { role: ['ADMIN'] },
  fields: (t) => ({
    rowNumber: t.exposeInt('rowNumber', { description: '文件中的行号' }),
    title: t.exposeString('title', { nullable: true }),
    talentName: t.exposeString('talentName', { nullable: true }),
    unitName: t.exposeString('unitName', { nullable: true }),
    errors: t.exposeStringList('errors', { description: '导致不能导入的问题；有任何一行有误，整个文件都不导入' }),
    notes: t.exposeStringList('notes', { description: '提示（不影响导入）' }),
    talentAction: t.field({ type: TalentAction, nullable: true, resolve: (row) => row.talentAction }),
    matchedBy: t.field({ type: TalentMatch, nullable: true, resolve: (row) => row.matchedBy }),
    sameAsRow: t.exposeInt('sameAsRow', { nullable: true }),
    projectAction: t.field({ type: ProjectAction, nullable: true, resolve: (row) => row.projectAction }),
    changes: t.field({
      type: [LedgerFieldChange],
      description: '修改已有项目时：改动的各项',
      resolve: (row) => row.changes ?? [],
    }),
    talentUuid: t.exposeString('talentId', { nullable: true, description: '导入后：新建或沿用的人才编号' }),
    projectUuid: t.exposeString('projectId', {
      nullable: true,
      description: '新建的项目编号（导入后），或修改、未改动、跳过的已有项目的编号',
    }),
  }),
})

const LedgerImportCounts = builder.objectRef<LedgerCounts>('LedgerImportCounts').implement({
  authScopes: { role: ['ADMIN'] },
  fields: (t) => ({
    rows: t.exposeInt('rows'),
    invalid: t.exposeInt('invalid', { description: '有误的行' }),
    newTalents: t.exposeInt('newTalents'),
    matchedTalents: t.exposeInt('matchedTalents', { description: '沿用的已有人才（人数）' }),
    newProjects: t.exposeInt('newProjects'),
    // Reports kept before imports could update have neither count.
    updatedProjects: t.int({
      description: '按项目编号修改的已有项目',
      resolve: (counts) => counts.updatedProjects ?? 0,
    }),
    unchangedProjects: t.int({
      description: '按项目编号找到、没有改动的已有项目',
      resolve: (counts) => counts.unchangedProjects ?? 0,
    }),
    skipped: t.exposeInt('skipped', { description: '与已有项目重复而跳过的行' }),
    spendingRows: t.int({ description: '“人才投入”工作表的行数', resolve: (counts) => counts.spendingRows ?? 0 }),
    invalidSpending: t.int({ description: '有误的人才投入行', resolve: (counts) => counts.invalidSpending ?? 0 }),
    newSpending: t.int({ description: '新登记的人才投入', resolve: (counts) => counts.newSpending ?? 0 }),
    unchangedSpending: t.int({
      description: '系统中已有、不再登记的人才投入',
      resolve: (counts) => counts.unchangedSpending ?? 0,
    }),
  }),
})

export const LedgerImportPreview = builder.objectRef<LedgerPreviewShape>('LedgerImportPreview').implement({
  authScopes: { role: ['ADMIN'] },
  fields: (t) => ({
    fileName: t.exposeString('fileName'),
    format: t.exposeString('format', { description: 'xlsx 或 csv' }),
    encoding: t.exposeString('encoding', { nullable: true, description: 'CSV 的字符编码（utf-8、gbk 或 utf-16le）' }),
    headerRow: t.exposeInt('headerRow', { nullable: true, description: '表头所在行；为空表示没找到' }),
    columns: t.field({ type: [LedgerColumn], resolve: (preview) => preview.columns }),
    problems: t.exposeStringList('problems', { description: '整个文件的问题（缺少必需的列等）' }),
    rows: t.field({ type: [LedgerImportRow], resolve: (preview) => preview.rows }),
    spendingRows: t.field({
      type: [LedgerSpendingRow],
      description: '“人才投入”工作表的各行（文件中有该工作表时）',
      resolve: (preview) => preview.spending,
    }),
    counts: t.field({ type: LedgerImportCounts, resolve: (preview) => preview.counts }),
    canCommit: t.boolean({
      description: '没有任何问题，且有新建或修改的项目或新的人才投入，可以导入',
      resolve: (preview) =>
        preview.problems.length === 0 &&
        preview.counts.invalid === 0 &&
        !preview.counts.invalidSpending &&
        preview.counts.newProjects + preview.counts.updatedProjects + (preview.counts.newSpending ?? 0) > 0,
    }),
  }),
})

export const LedgerImportReport = builder.objectRef<LedgerReportShape>('LedgerImportReport').implement({
  authScopes: { role: ['ADMIN'] },
  fields: (t) => ({
    uuid: t.exposeString('id', { description: '导入批次编号' }),
    fileName: t.exposeString('fileName'),
    committedAt: t.field({ type: 'DateTime', resolve: (report) => report.committedAt }),
    rows: t.field({ type: [LedgerImportRow], resolve: (report) => report.rows }),
    spendingRows: t.field({ type: [LedgerSpendingRow], resolve: (report) => report.spending }),
    counts: t.field({ type: LedgerImportCounts, resolve: (report) => report.counts }),
  }),
})

// Importing an existing projects ledger (台账, .xlsx or .csv), talent office only, in two steps:
// previewLedgerImport reads the file and says what each row would do, writing nothing; commitLedgerImport
// decides again on the data as it is then and writes every row in one transaction, or nothing when any
// row is wrong (or a row's write is refused, by the domain or the database: the error names the row's
// project). A file with nothing new and nothing changed writes nothing at all. Both are mutations because
// they carry the file: urql sends queries as GET, and a file in a URL would not get through.
import { z } from 'zod'
import { uuidv7 } from 'uuidv7'
import { builder } from '../../builder.ts'
import { DomainError } from '../../domain/errors.ts'
import { ledgerFields } from '../../domain/ledger/ledger-columns.ts'
import {
  countsOf,
  nothingToImport,
  outcomeOf,
  refusedRows,
  spendingRowsNamed,
  type LedgerReport,
} from '../../domain/ledger/ledger-report.ts'
import { parseInput, requiredText, uuid } from '../../domain/parse.ts'
import { planLedger, readLedgerUpload } from './ledger-preview.ts'
import { writeLedgerImport } from './ledger-import-apply.ts'
import { requireUser, runWrite } from '../../write/run-write.ts'
import { LedgerFieldEnum } from './ledger.ts'
import { LedgerImportPreview, LedgerImportReport } from './ledger-import-types.ts'
import { importIn } from './ledger-import-locale.ts'
import { contextLocale } from '../../locale/locale.ts'

const LedgerColumnInput = builder.inputType('LedgerColumnInput', {
  description: '某一列导入为哪一项（field 为空则不导入该列）',
  fields: (t) => ({
    column: t.int({ required: true, description: '第几列（A 列为 1）' }),
    field: t.field({ type: LedgerFieldEnum, required: false }),
  }),
})

const fileFields = (t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]) => ({
  fileBase64: t.string({ required: true, description: '文件内容（Base64）' }),
  fileName: t.string({ required: true, description: '文件名（.xlsx 或 .csv）' }),
  mapping: t.field({
    type: [LedgerColumnInput],
    required: false,
    description: '列的对应关系；不填时按列名猜测（预览返回的 columns）',
  }),
})

const PreviewLedgerImportInput = builder.inputType('PreviewLedgerImportInput', { fields: (t) => fileFields(t) })
const CommitLedgerImportInput = builder.inputType('CommitLedgerImportInput', {
  description: '导入台账：重新校验后一次写入；有任何一行有误则全部不写入。重放同一操作编号不会重复导入',
  fields: (t) => ({ clientMutationId: t.string({ required: true }), ...fileFields(t) }),
})

// About 10 MB of file: tens of thousands of ledger rows.
const fileInput = z.object({
  fileBase64: z.string({ message: '请选择文件' }).min(1, '请选择文件').max(14_000_000, '文件过大（最多约 10 MB）'),
  fileName: requiredText(255, '文件名'),
  mapping: z
    .array(
      z.object({
        column: z.number().int().min(1, '列号不正确').max(500, '列号不正确'),
        field: z
          .enum(ledgerFields, { message: '导入项不正确' })
          .optional()
          .nullable()
          .transform((field) => field ?? null),
      }),
    )
    .max(500, '列过多')
    .optional()
    .nullable()
    .transform((mapping) => mapping ?? []),
})
const commitInput = fileInput.extend({ clientMutationId: uuid('操作编号') })

builder.mutationField('previewLedgerImport', (t) =>
  t.field({
    type: LedgerImportPreview,
    description: '预览台账导入（仅人才办）：识别表头与列、逐行校验、与已有人才和项目比对；不写入任何数据',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: PreviewLedgerImportInput, required: true }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(fileInput, args.input)
      const grid = await readLedgerUpload(input.fileBase64, input.fileName)
      const plan = await planLedger(context.prisma, requireUser(context), grid, input.mapping)
      return importIn(contextLocale(context), {
        fileName: input.fileName,
        format: plan.grid.format,
        encoding: plan.grid.encoding,
        headerRow: plan.sheet?.headerRow ?? null,
        columns: plan.sheet?.columns ?? [],
        problems: plan.problems,
        rows: plan.plans.map((row) => outcomeOf(row)),
        spending: plan.spending,
        counts: countsOf(plan.plans, plan.spending),
      })
    },
  }),
)

builder.mutationField('commitLedgerImport', (t) =>
  t.field({
    type: LedgerImportReport,
    description: '导入台账（仅人才办）：全部写入或全部不写入，返回导入报告',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: CommitLedgerImportInput, required: true }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(commitInput, args.input)
      const grid = await readLedgerUpload(input.fileBase64, input.fileName)
      // A county's whole ledger is thousands of rows: more than the 5 s a phone's write gets.
      const spec = {
        clientMutationId: input.clientMutationId,
        operation: 'commitLedgerImport',
        entity: 'ImportBatch',
        timeoutMs: 120_000,
      }
      const batchId = await runWrite(context, spec, async (tx, user) => {
        const plan = await planLedger(tx, user, grid, input.mapping)
        if (plan.problems.length)
          throw DomainError.badInput(plan.problems.map((message) => ({ field: 'fileBase64', message })))
        const bad = [...plan.plans, ...spendingRowsNamed(plan.spending)].filter((row) => row.errors.length)
        if (bad.length) throw refusedRows(bad)
        const counts = countsOf(plan.plans, plan.spending)
        if (!counts.newProjects && !counts.updatedProjects && !counts.newSpending)
          throw new DomainError('CONFLICT', nothingToImport)
        const id = uuidv7()
        const report = await writeLedgerImport(tx, user, plan.plans, plan.spending, {
          id,
          fileName: input.fileName,
          address: context.address,
        })
        return { id, changes: { after: { fileName: input.fileName, ...report.counts } } }
      })
      const batch = await context.prisma.importBatch.findUniqueOrThrow({ where: { id: batchId } })
      const report = batch.report as unknown as LedgerReport
      return importIn(contextLocale(context), {
        id: batch.id,
        fileName: batch.fileName,
        committedAt: batch.createdAt,
        rows: report.rows,
        spending: report.spending ?? [],
        counts: report.counts,
      })
    },
  }),
)

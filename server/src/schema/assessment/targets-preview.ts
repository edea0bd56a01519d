// The targets sheet's preview: what an upload would change, cell by cell, and every bad cell, writing nothing.
// importTargets reads the sheet again inside its transaction, so a preview that went stale cannot save
// anything it did not check. A mutation because it carries the file (urql sends queries as GET). The bad
// cells are data, not an error, so they are told in the reader's language here, as the 台账's preview does.
import { builder } from '../../builder.ts'
import type { FieldProblem } from '../../domain/errors.ts'
import { parseInput } from '../../domain/parse.ts'
import { importArgs, schemeAndUnits } from './assessment-targets-sheet.ts'
import { checkTargetsSheet } from './targets-sheet.ts'
import { toldIn } from '../../locale/english-errors.ts'
import { contextLocale } from '../../locale/locale.ts'

interface TargetChange {
  unitName: string
  indicatorCode: string
  indicatorName: string
  before: number | null
  after: number
}

interface Preview {
  problems: FieldProblem[]
  changes: TargetChange[]
  unchanged: number
}

const Problem = builder.objectRef<FieldProblem>('TargetsSheetProblem').implement({
  description: '表中的一处错误',
  authScopes: { role: ['ADMIN'] },
  fields: (t) => ({
    cell: t.string({
      nullable: true,
      description: '出错的单元格（如 B4）；整个文件的问题为空',
      resolve: (problem) => problem.field.match(/^file\.([A-Z]+[0-9]+)$/)?.[1] ?? null,
    }),
    message: t.exposeString('message'),
  }),
})

const Change = builder.objectRef<TargetChange>('TargetChange').implement({
  description: '导入后将改变的一个目标值',
  authScopes: { role: ['ADMIN'] },
  fields: (t) => ({
    unitName: t.exposeString('unitName'),
    indicatorCode: t.exposeString('indicatorCode'),
    indicatorName: t.exposeString('indicatorName'),
    before: t.exposeFloat('before', { nullable: true, description: '原目标值；从未填写为空' }),
    after: t.exposeFloat('after'),
  }),
})

const TargetsImportPreview = builder.objectRef<Preview>('TargetsImportPreview').implement({
  description: '目标值表的预览：逐格错误与将改变的目标值；不写入任何数据',
  authScopes: { role: ['ADMIN'] },
  fields: (t) => ({
    problems: t.field({ type: [Problem], resolve: (preview) => preview.problems }),
    changes: t.field({ type: [Change], resolve: (preview) => preview.changes }),
    unchanged: t.exposeInt('unchanged', { description: '与现有目标值相同的格数' }),
    canApply: t.boolean({
      description: '没有错误且有改动时才可导入',
      resolve: (preview) => preview.problems.length === 0 && preview.changes.length > 0,
    }),
  }),
})

const PreviewTargetsImportInput = builder.inputType('PreviewTargetsImportInput', {
  fields: (t) => ({ schemeId: t.string({ required: true }), fileBase64: t.string({ required: true }) }),
})

builder.mutationField('previewTargetsImport', (t) =>
  t.field({
    type: TargetsImportPreview,
    description: '预览目标值表的导入（仅人才办）：逐格校验、与现有目标值比对；不写入任何数据',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: PreviewTargetsImportInput, required: true }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(importArgs.omit({ clientMutationId: true }), args.input)
      const { scheme, units } = await schemeAndUnits(context.prisma, input.schemeId)
      const { values, problems } = await checkTargetsSheet(Buffer.from(input.fileBase64, 'base64'), scheme, units)
      const unitNames = new Map(units.map((unit) => [unit.id, unit.name]))
      const changes: TargetChange[] = []
      let unchanged = 0
      for (const value of values) {
        const indicator = scheme.indicators.find((candidate) => candidate.id === value.indicatorId)!
        const current = indicator.targets.find((target) => target.unitId === value.unitId)
        if (current && Number(current.value) === value.value) unchanged += 1
        else
          changes.push({
            unitName: unitNames.get(value.unitId) ?? '',
            indicatorCode: indicator.code,
            indicatorName: indicator.name,
            before: current ? Number(current.value) : null,
            after: value.value,
          })
      }
      const tell = toldIn(contextLocale(context))
      const told = problems.map((problem) => ({ ...problem, message: tell(problem.message) }))
      return { problems: told, changes: problems.length ? [] : changes, unchanged }
    },
  }),
)

// Targets by Excel: the talent office downloads the year's sheet, fills it in and uploads it; every bad
// cell is named and nothing is saved until the whole sheet is right.
import { z } from 'zod'
import { builder } from '../../builder.ts'
import { DomainError } from '../../domain/errors.ts'
import { parseInput, uuid } from '../../domain/parse.ts'
import type { Transaction } from '../../write/apply-once.ts'
import { runWrite } from '../../write/run-write.ts'
import { saveTargets } from './assessment-scheme.ts'
import { readTargetsSheet, targetsTemplate } from './targets-sheet.ts'
import { contextLocale } from '../../locale/locale.ts'
import type { PrismaClient } from '../../generated/prisma/client.ts'

export const SheetFileRef = builder
  .objectRef<{ fileName: string; contentBase64: string }>('SpreadsheetFile')
  .implement({
    authScopes: { signedIn: true },
    fields: (t) => ({
      fileName: t.exposeString('fileName'),
      contentType: t.string({ resolve: () => 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      contentBase64: t.exposeString('contentBase64'),
    }),
  })

export async function schemeAndUnits(
  db: Pick<PrismaClient, 'assessmentScheme' | 'unit'> | Transaction,
  schemeId: string,
) {
  const scheme = await db.assessmentScheme.findUnique({
    where: { id: schemeId },
    include: { indicators: { orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], include: { targets: true } } },
  })
  if (!scheme) throw DomainError.notFound('考核办法')
  const kinds = [...new Set(scheme.indicators.flatMap((indicator) => indicator.unitKinds))]
  const units = await db.unit.findMany({ where: { kind: { in: kinds } }, orderBy: [{ kind: 'asc' }, { code: 'asc' }] })
  return { scheme, units }
}

builder.queryField('targetsSheet', (t) =>
  t.field({
    type: SheetFileRef,
    description: '下载某年度各单位目标值表（.xlsx），填好后上传（仅人才办）',
    authScopes: { role: ['ADMIN'] },
    args: { schemeId: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const { schemeId } = parseInput(z.object({ schemeId: uuid('考核办法') }), args)
      const { scheme, units } = await schemeAndUnits(context.prisma, schemeId)
      const locale = contextLocale(context)
      return {
        fileName: locale === 'en' ? `${scheme.year} assessment targets.xlsx` : `${scheme.year}年度考核目标值.xlsx`,
        contentBase64: (await targetsTemplate(scheme, units, locale)).toString('base64'),
      }
    },
  }),
)

const ImportTargetsInput = builder.inputType('ImportTargetsInput', {
  description: '上传填好的目标值表（.xlsx，Base64）；有任何错误则全部不保存',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    schemeId: t.string({ required: true }),
    fileBase64: t.string({ required: true }),
  }),
})
// About 2 MB of sheet: far more than a county's units × indicators need.
export const importArgs = z.object({
  clientMutationId: uuid('操作编号'),
  schemeId: uuid('考核办法'),
  fileBase64: z.string().min(1, '请选择文件').max(3_000_000, '文件过大（最多约 2 MB）'),
})

builder.mutationField('importTargets', (t) =>
  t.prismaField({
    type: 'AssessmentScheme',
    description: '从 Excel 导入各单位目标值（仅人才办）',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: ImportTargetsInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(importArgs, args.input)
      await runWrite(
        context,
        {
          clientMutationId: input.clientMutationId,
          operation: 'importTargets',
          entity: 'AssessmentScheme',
          recordId: input.schemeId,
        },
        async (tx) => {
          const { scheme, units } = await schemeAndUnits(tx, input.schemeId)
          const values = await readTargetsSheet(Buffer.from(input.fileBase64, 'base64'), scheme, units)
          return { id: scheme.id, changes: await saveTargets(tx, scheme.id, values) }
        },
      )
      return context.prisma.assessmentScheme.findUniqueOrThrow({ ...query, where: { id: input.schemeId } })
    },
  }),
)

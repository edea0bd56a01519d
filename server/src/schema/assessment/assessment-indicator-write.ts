// The 考核办法's indicators, written by the talent office: add, change (with its version) and delete (with a
// reason, its targets going with it). The scheme and the targets are assessment-scheme-write.ts's.
import { builder } from '../../builder.ts'
import { DomainError } from '../../domain/errors.ts'
import { changedFields } from '../../domain/diff.ts'
import { parseSchemeInput } from '../../domain/assessment-scheme.ts'
import { runWrite } from '../../write/run-write.ts'
import { updateIfVersion } from '../../write/versioned.ts'
import { isUniqueViolation } from '../../write/apply-once.ts'
import { IndicatorMetricEnum, UnitKindEnum } from '../enums.ts'
import { admin, defined, versioned, write, type Fields } from './assessment-scheme-write.ts'

const indicatorFields = <R extends boolean>(t: Fields, required: R) => ({
  code: t.string({ required }),
  name: t.string({ required }),
  metric: t.field({ type: IndicatorMetricEnum, required }),
  weight: t.float({ required }),
  unitKinds: t.field({ type: [UnitKindEnum], required }),
  note: t.string(),
  sortOrder: t.int(),
})
const inputs = {
  createIndicator: builder.inputType('CreateIndicatorInput', {
    fields: (t) => ({ ...write(t), schemeId: t.string({ required: true }), ...indicatorFields(t, true) }),
  }),
  updateIndicator: builder.inputType('UpdateIndicatorInput', {
    fields: (t) => ({ ...versioned(t), ...indicatorFields(t, false) }),
  }),
  deleteIndicator: builder.inputType('DeleteIndicatorInput', {
    fields: (t) => ({ ...versioned(t), reason: t.string({ required: true }) }),
  }),
}

const duplicateCode = (error: unknown) =>
  isUniqueViolation(error) ? new DomainError('CONFLICT', '本年度已有相同代码的指标') : error

builder.mutationField('createIndicator', (t) =>
  t.prismaField({
    type: 'Indicator',
    authScopes: admin,
    description: '新增考核指标（仅人才办）',
    args: { input: t.arg({ type: inputs.createIndicator, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, ...fields } = parseSchemeInput('createIndicator', args.input)
      const spec = { clientMutationId, operation: 'createIndicator', entity: 'Indicator', recordId: fields.id }
      await runWrite(context, spec, async (tx) => {
        if (!(await tx.assessmentScheme.findUnique({ where: { id: fields.schemeId } })))
          throw DomainError.notFound('考核办法')
        await tx.indicator.create({ data: fields }).catch((error) => Promise.reject(duplicateCode(error)))
        return { id: fields.id, changes: changedFields({}, fields) }
      })
      return context.prisma.indicator.findUniqueOrThrow({ ...query, where: { id: fields.id } })
    },
  }),
)

builder.mutationField('updateIndicator', (t) =>
  t.prismaField({
    type: 'Indicator',
    authScopes: admin,
    description: '修改考核指标（仅人才办；须带版本号）',
    args: { input: t.arg({ type: inputs.updateIndicator, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, id, version, ...input } = parseSchemeInput('updateIndicator', args.input)
      const fields = defined(input)
      const spec = { clientMutationId, operation: 'updateIndicator', entity: 'Indicator', recordId: id }
      await runWrite(context, spec, async (tx) => {
        const indicator = await tx.indicator.findUnique({ where: { id } })
        if (!indicator) throw DomainError.notFound('考核指标')
        const update = (where: { id: string; version: number }) =>
          tx.indicator
            .updateMany({ where, data: { ...fields, version: { increment: 1 } } })
            .catch((error) => Promise.reject(duplicateCode(error)))
        await updateIfVersion('考核指标', indicator, version, update, () => tx.indicator.findUnique({ where: { id } }))
        return { id, changes: changedFields({ ...indicator, weight: Number(indicator.weight) }, fields) }
      })
      return context.prisma.indicator.findUniqueOrThrow({ ...query, where: { id } })
    },
  }),
)

builder.mutationField('deleteIndicator', (t) =>
  t.field({
    type: 'Boolean',
    authScopes: admin,
    description: '删除考核指标及其目标值（仅人才办；须填原因）',
    args: { input: t.arg({ type: inputs.deleteIndicator, required: true }) },
    resolve: async (_root, args, context) => {
      const { clientMutationId, id, version, reason } = parseSchemeInput('deleteIndicator', args.input)
      // Its answer is only true: a replay naming another indicator would say that one was deleted.
      const spec = { clientMutationId, operation: 'deleteIndicator', entity: 'Indicator', recordId: id }
      await runWrite(context, spec, async (tx) => {
        const indicator = await tx.indicator.findUnique({
          where: { id },
          include: { targets: { select: { unitId: true, value: true } } },
        })
        if (!indicator) throw DomainError.notFound('考核指标')
        await updateIfVersion(
          '考核指标',
          indicator,
          version,
          (where) => tx.indicator.deleteMany({ where }),
          () =>
            tx.indicator.findUnique({ where: { id }, include: { targets: { select: { unitId: true, value: true } } } }),
        )
        const { targets, ...deleted } = indicator
        return {
          id,
          reason,
          changes: changedFields(
            {
              ...deleted,
              weight: Number(deleted.weight),
              targets: targets.map((x) => ({ unitId: x.unitId, value: Number(x.value) })),
            },
            {},
          ),
        }
      })
      return true
    },
  }),
)

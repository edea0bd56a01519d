// The talent office edits the 考核办法 as data: a new year starts as a copy of the last; rates, caps,
// indicators (assessment-indicator-write.ts) and each unit's targets change under version, audited, at most once
// per client mutation id.
import { builder } from '../../builder.ts'
import { DomainError } from '../../domain/errors.ts'
import { changedFields } from '../../domain/diff.ts'
import { parseSchemeInput, renameForYear } from '../../domain/assessment-scheme.ts'
import { runWrite } from '../../write/run-write.ts'
import { updateIfVersion } from '../../write/versioned.ts'
import { isUniqueViolation } from '../../write/apply-once.ts'
import { copyScheme, saveTargets } from './assessment-scheme.ts'

builder.prismaObject('Target', {
  select: { id: true },
  authScopes: { signedIn: true },
  fields: (t) => ({
    unit: t.relation('unit'),
    value: t.float({
      select: { value: true },
      description: '目标值；0 表示不考核',
      resolve: (target) => Number(target.value),
    }),
    version: t.exposeInt('version'),
  }),
})

builder.prismaObjectField('Indicator', 'targets', (t) => t.relation('targets', { description: '各单位的目标值' }))
builder.prismaObjectField('Indicator', 'version', (t) => t.exposeInt('version'))

export type Fields = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]
export const write = (t: Fields) => ({
  clientMutationId: t.string({ required: true }),
  id: t.string({ required: true }),
})
export const versioned = (t: Fields) => ({ ...write(t), version: t.int({ required: true }) })
const schemeFields = (t: Fields) => ({
  name: t.string(),
  overBonusRate: t.float(),
  overBonusCapRatio: t.float(),
  classBonusA: t.float(),
  classBonusB: t.float(),
  classBonusC: t.float(),
  classBonusCap: t.float(),
  youthAgeLimit: t.int(),
})
const inputs = {
  createScheme: builder.inputType('CreateAssessmentSchemeInput', {
    description: '新建某年度考核办法：默认复制上一年度（指标、权重、加分系数、各单位目标）',
    fields: (t) => ({
      ...write(t),
      year: t.int({ required: true }),
      copyFromYear: t.int(),
      name: t.string(),
      startEmpty: t.boolean({ description: '为 true 时不复制任何年度：默认系数，没有指标' }),
      copyTargets: t.boolean({ description: '为 false 时只复制指标与系数，不复制各单位目标值' }),
    }),
  }),
  updateScheme: builder.inputType('UpdateAssessmentSchemeInput', {
    fields: (t) => ({ ...versioned(t), ...schemeFields(t) }),
  }),
  setTargets: builder.inputType('SetTargetsInput', {
    description: '保存各单位目标值（全部成功或全部不保存）；0 表示不考核',
    fields: (t) => ({
      clientMutationId: t.string({ required: true }),
      schemeId: t.string({ required: true }),
      targets: t.field({
        type: [
          builder.inputType('TargetValueInput', {
            fields: (f) => ({
              indicatorId: f.string({ required: true }),
              unitId: f.string({ required: true }),
              value: f.float({ required: true }),
            }),
          }),
        ],
        required: true,
      }),
    }),
  }),
}

export const defined = <T extends object>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>
/** Decimal columns compared as the numbers the API takes. */
const plainValue = (value: unknown) =>
  value !== null && typeof value === 'object' && 'toNumber' in value ? Number(value) : value
export const admin = { role: ['ADMIN' as const] }
const yearTaken = (year: number) => new DomainError('CONFLICT', `${year} 年度已有考核办法`)

builder.mutationField('createAssessmentScheme', (t) =>
  t.prismaField({
    type: 'AssessmentScheme',
    authScopes: admin,
    description: '新建某年度考核办法（仅人才办）',
    args: { input: t.arg({ type: inputs.createScheme, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseSchemeInput('createScheme', args.input)
      if (input.startEmpty && input.copyFromYear)
        throw DomainError.badInput([{ field: 'copyFromYear', message: '新建空白考核办法时不能同时指定复制年度' }])
      await runWrite(
        context,
        {
          clientMutationId: input.clientMutationId,
          operation: 'createAssessmentScheme',
          entity: 'AssessmentScheme',
          recordId: input.id,
        },
        async (tx) => {
          if (await tx.assessmentScheme.findUnique({ where: { year: input.year } })) throw yearTaken(input.year)
          const source = input.startEmpty
            ? null
            : await tx.assessmentScheme.findFirst({
                where: input.copyFromYear ? { year: input.copyFromYear } : { year: { lt: input.year } },
                orderBy: { year: 'desc' },
              })
          if (input.copyFromYear && !source)
            throw DomainError.badInput([
              { field: 'copyFromYear', message: `${input.copyFromYear} 年度没有考核办法可复制` },
            ])
          const name =
            input.name ??
            (source
              ? renameForYear(source.name, source.year, input.year)
              : `${input.year}年度人才工作目标责任制考核办法`)
          const copyTargets = input.copyTargets ?? true
          // Two offices creating the same year at once: the second waits on the year's unique index, then is told.
          const copied = await copyScheme(tx, { id: input.id, year: input.year, name, source, copyTargets }).catch(
            (error) => Promise.reject(isUniqueViolation(error) ? yearTaken(input.year) : error),
          )
          return {
            id: input.id,
            changes: {
              after: {
                year: input.year,
                name,
                copiedFrom: source?.year ?? null,
                indicators: copied.indicators,
                targets: copied.targets,
              },
            },
          }
        },
      )
      return context.prisma.assessmentScheme.findUniqueOrThrow({ ...query, where: { id: input.id } })
    },
  }),
)

builder.mutationField('updateAssessmentScheme', (t) =>
  t.prismaField({
    type: 'AssessmentScheme',
    authScopes: admin,
    description: '修改考核办法的名称、加分系数与上限（仅人才办；须带版本号）',
    args: { input: t.arg({ type: inputs.updateScheme, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, id, version, ...input } = parseSchemeInput('updateScheme', args.input)
      const fields = defined(input)
      await runWrite(
        context,
        { clientMutationId, operation: 'updateAssessmentScheme', entity: 'AssessmentScheme', recordId: id },
        async (tx) => {
          const scheme = await tx.assessmentScheme.findUnique({ where: { id } })
          if (!scheme) throw DomainError.notFound('考核办法')
          await updateIfVersion(
            '考核办法',
            scheme,
            version,
            (where) => tx.assessmentScheme.updateMany({ where, data: { ...fields, version: { increment: 1 } } }),
            () => tx.assessmentScheme.findUnique({ where: { id } }),
          )
          const before = Object.fromEntries(
            Object.keys(fields).map((key) => [key, plainValue(scheme[key as keyof typeof scheme])]),
          )
          return { id, changes: changedFields(before, fields) }
        },
      )
      return context.prisma.assessmentScheme.findUniqueOrThrow({ ...query, where: { id } })
    },
  }),
)

builder.mutationField('setTargets', (t) =>
  t.prismaField({
    type: 'AssessmentScheme',
    authScopes: admin,
    description: '保存各单位目标值（仅人才办）',
    args: { input: t.arg({ type: inputs.setTargets, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseSchemeInput('setTargets', args.input)
      await runWrite(
        context,
        {
          clientMutationId: input.clientMutationId,
          operation: 'setTargets',
          entity: 'AssessmentScheme',
          recordId: input.schemeId,
        },
        async (tx) => ({
          id: input.schemeId,
          changes: await saveTargets(tx, input.schemeId, input.targets),
        }),
      )
      return context.prisma.assessmentScheme.findUniqueOrThrow({ ...query, where: { id: input.schemeId } })
    },
  }),
)

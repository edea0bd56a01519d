// Units: the county's parks, towns, departments and its talent office. Everyone signed in sees them; the
// talent office creates, renames and retires them (a retired unit keeps its records and its past years).
import { builder } from '../builder.ts'
import { createUnitInput, updateUnitInput } from '../domain/account.ts'
import { changedFields } from '../domain/diff.ts'
import { DomainError } from '../domain/errors.ts'
import { parseInput } from '../domain/parse.ts'
import { runWrite } from '../write/run-write.ts'
import { updateIfVersion } from '../write/versioned.ts'
import { UnitKindEnum } from './enums.ts'
import type { Transaction } from '../write/apply-once.ts'

export const UnitNode = builder.prismaNode('Unit', {
  select: { id: true },
  id: { field: 'id' },
  // Unit names are not secret: everyone signed in sees the county's units (one's own even before changing a
  // one-time password, so that the first screen can say where one works).
  authScopes: { signedIn: true, account: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    code: t.exposeString('code'),
    kind: t.expose('kind', { type: UnitKindEnum }),
    version: t.exposeInt('version'),
    retiredAt: t.expose('retiredAt', { type: 'DateTime', nullable: true, description: '撤销时间；在用单位为空' }),
    activeMembers: t.relationCount('users', {
      where: { active: true },
      description: '在岗人员数',
      authScopes: { role: ['ADMIN'] },
    }),
  }),
})

/**
 * The unit, its row locked until the transaction ends: retiring a unit and a person joining it at the same
 * moment take their turns, so that no active person is ever left in a retired unit.
 */
export async function lockedUnit(tx: Transaction, id: string) {
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Unit" WHERE id = ${id}::uuid FOR UPDATE`
  const unit = locked ? await tx.unit.findUnique({ where: { id } }) : null
  if (!unit) throw DomainError.notFound('单位')
  return unit
}

const CreateUnitInput = builder.inputType('CreateUnitInput', {
  description: '新建单位（园区、镇街、职能部门或人才办）',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    name: t.string({ required: true }),
    code: t.string({ required: true, description: '单位代码，如 EAST_PARK；台账和考核目标表用它识别单位' }),
    kind: t.field({ type: UnitKindEnum, required: true }),
  }),
})

const UpdateUnitInput = builder.inputType('UpdateUnitInput', {
  description: '改名、撤销或恢复单位；撤销前须先停用或调出其在岗人员',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    id: t.string({ required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    retired: t.boolean(),
  }),
})

builder.mutationField('createUnit', (t) =>
  t.prismaField({
    type: 'Unit',
    description: '人才办新建单位（记入审计日志）',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: CreateUnitInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, ...values } = parseInput(createUnitInput, args.input)
      const id = await runWrite(context, { clientMutationId, operation: 'createUnit', entity: 'Unit' }, async (tx) => {
        if (await tx.unit.findUnique({ where: { code: values.code }, select: { id: true } }))
          throw new DomainError('DUPLICATE', `单位代码 ${values.code} 已被使用`, { field: 'code' })
        const unit = await tx.unit.create({ data: values, select: { id: true } })
        return { id: unit.id, changes: changedFields({}, values) }
      })
      return context.prisma.unit.findUniqueOrThrow({ ...query, where: { id } })
    },
  }),
)

builder.mutationField('updateUnit', (t) =>
  t.prismaField({
    type: 'Unit',
    description: '人才办给单位改名、撤销或恢复（须带版本号，记入审计日志）',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: UpdateUnitInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, id, version, name, retired } = parseInput(updateUnitInput, args.input)
      const spec = { clientMutationId, operation: 'updateUnit', entity: 'Unit', recordId: id }
      await runWrite(context, spec, async (tx) => {
        const unit = await lockedUnit(tx, id)
        const values = {
          ...(name !== undefined ? { name } : {}),
          ...(retired !== undefined && retired !== Boolean(unit.retiredAt)
            ? { retiredAt: retired ? new Date() : null }
            : {}),
        }
        if (values.retiredAt && (await tx.user.count({ where: { unitId: id, active: true } })) > 0)
          throw DomainError.badInput([{ field: 'retired', message: '该单位仍有在岗人员，请先停用或调出后再撤销' }])
        await updateIfVersion(
          '单位',
          unit,
          version,
          (where) => tx.unit.updateMany({ where, data: { ...values, version: { increment: 1 } } }),
          () => tx.unit.findUnique({ where: { id } }),
        )
        return { id, changes: changedFields(unit, values) }
      })
      return context.prisma.unit.findUniqueOrThrow({ ...query, where: { id } })
    },
  }),
)

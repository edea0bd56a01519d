// 人才投入 as written: a unit's manager or head records the unit's spending, the office any unit's. Each
// write is once per client mutation id (the form works offline), versioned, and audited; a removal keeps the
// record's last values in the audit log, so the history of a number the assessment counted is never lost.
import type { z } from 'zod'
import { builder } from '../../builder.ts'
import type { SessionUser } from '../../context.ts'
import { changedFields, plainRecord } from '../../domain/diff.ts'
import { DomainError } from '../../domain/errors.ts'
import { parseInput } from '../../domain/parse.ts'
import { spendingInputs, spendingUnit, spendingWriters } from '../../domain/talent-spending.ts'
import type { Transaction } from '../../write/apply-once.ts'
import { runWrite, type WriteOutcome } from '../../write/run-write.ts'
import { updateIfVersion } from '../../write/versioned.ts'

const inputs = {
  record: builder.inputType('RecordTalentSpendingInput', {
    description: '登记人才投入；编号由客户端生成（UUIDv7），重放同一操作不会重复登记',
    fields: (t) => ({
      clientMutationId: t.string({ required: true }),
      id: t.string({ required: true }),
      unitId: t.string({ description: '投入单位；不填为本单位，只有人才办可代其他单位登记' }),
      spentOn: t.field({ type: 'Date', required: true }),
      amount: t.field({ type: 'Decimal', required: true, description: '金额（万元）' }),
      purpose: t.string({ required: true }),
    }),
  }),
  update: builder.inputType('UpdateTalentSpendingInput', {
    description: '修改人才投入：只改提交的字段；version 为所依据的版本号',
    fields: (t) => ({
      clientMutationId: t.string({ required: true }),
      id: t.string({ required: true }),
      version: t.int({ required: true }),
      spentOn: t.field({ type: 'Date' }),
      amount: t.field({ type: 'Decimal' }),
      purpose: t.string(),
    }),
  }),
  remove: builder.inputType('DeleteTalentSpendingInput', {
    description: '删除误登记的人才投入（须带版本号和原因；原内容留在审计日志中）',
    fields: (t) => ({
      clientMutationId: t.string({ required: true }),
      id: t.string({ required: true }),
      version: t.int({ required: true }),
      reason: t.string({ required: true }),
    }),
  }),
}

/** The record, if `user` may change it: their own unit's, or any for the office. */
async function ownSpending(tx: Transaction, user: SessionUser, id: string) {
  const spending = await tx.talentSpending.findUnique({ where: { id } })
  if (!spending) throw DomainError.notFound('人才投入')
  if (user.role !== 'ADMIN' && spending.unitId !== user.unitId) throw DomainError.forbidden('只能修改本单位的人才投入')
  return spending
}

const writes = {
  record: async (tx: Transaction, user: SessionUser, input: z.output<typeof spendingInputs.record>) => {
    const { clientMutationId: _c, id, unitId: asked, ...values } = input
    const unitId = spendingUnit(user, asked)
    if (!unitId) throw DomainError.forbidden('只能登记本单位的人才投入')
    const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { retiredAt: true } })
    if (!unit) throw DomainError.badInput([{ field: 'unitId', message: '投入单位不存在' }])
    if (unit.retiredAt) throw DomainError.badInput([{ field: 'unitId', message: '该单位已撤销，不能再登记投入' }])
    await tx.talentSpending.create({ data: { id, unitId, ...values } })
    return { id, changes: changedFields({}, { unitId, ...values }) }
  },
  update: async (tx: Transaction, user: SessionUser, input: z.output<typeof spendingInputs.update>) => {
    const { clientMutationId: _c, id, version, ...asked } = input
    const spending = await ownSpending(tx, user, id)
    const values = Object.fromEntries(Object.entries(asked).filter(([, value]) => value !== undefined))
    await updateIfVersion(
      '人才投入',
      spending,
      version,
      (where) => tx.talentSpending.updateMany({ where, data: { ...values, version: { increment: 1 } } }),
      () => tx.talentSpending.findUnique({ where: { id } }),
    )
    return { id, changes: changedFields(spending, values) }
  },
  remove: async (tx: Transaction, user: SessionUser, input: z.output<typeof spendingInputs.remove>) => {
    const spending = await ownSpending(tx, user, input.id)
    await updateIfVersion(
      '人才投入',
      spending,
      input.version,
      (where) => tx.talentSpending.deleteMany({ where }),
      () => tx.talentSpending.findUnique({ where: { id: input.id } }),
    )
    const { unitId, spentOn, amount, purpose } = spending
    const before = plainRecord({ unitId, spentOn, amount, purpose })
    return { id: input.id, changes: { before, after: {} }, reason: input.reason }
  },
} satisfies Record<string, (tx: Transaction, user: SessionUser, input: never) => Promise<WriteOutcome>>

const names = { record: 'recordTalentSpending', update: 'updateTalentSpending' } as const

for (const kind of ['record', 'update'] as const) {
  builder.mutationField(names[kind], (t) =>
    t.prismaField({
      type: 'TalentSpending',
      description:
        kind === 'record'
          ? '登记人才投入（园区、镇街负责人为本单位，人才办可代任一单位）'
          : '修改人才投入（须带版本号；他人已修改时返回 CONFLICT 与最新内容）',
      authScopes: { role: [...spendingWriters] },
      args: { input: t.arg({ type: inputs[kind] as never, required: true }) },
      resolve: async (query, _root, args, context) => {
        const input = parseInput(spendingInputs[kind] as z.ZodType, args.input) as {
          clientMutationId: string
          id: string
        }
        const write = writes[kind] as (tx: Transaction, user: SessionUser, input: unknown) => Promise<WriteOutcome>
        const spec = {
          clientMutationId: input.clientMutationId,
          operation: names[kind],
          entity: 'TalentSpending',
          recordId: input.id,
        }
        const id = await runWrite(context, spec, (tx, user) => write(tx, user, input))
        const spending = await context.prisma.talentSpending.findUnique({ ...query, where: { id } })
        if (!spending) throw DomainError.notFound('人才投入')
        return spending
      },
    }),
  )
}

builder.mutationField('deleteTalentSpending', (t) =>
  t.field({
    type: 'String',
    description: '删除误登记的人才投入，返回其编号（原内容与原因记入审计日志）',
    authScopes: { role: [...spendingWriters] },
    args: { input: t.arg({ type: inputs.remove, required: true }) },
    resolve: (_root, args, context) => {
      const input = parseInput(spendingInputs.remove, args.input)
      const spec = {
        clientMutationId: input.clientMutationId,
        operation: 'deleteTalentSpending',
        entity: 'TalentSpending',
        recordId: input.id,
      }
      return runWrite(context, spec, (tx, user) => writes.remove(tx, user, input))
    },
  }),
)

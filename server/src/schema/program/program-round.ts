// 申报批次: the yearly calls of each program the talent office opens (2026 年第一批); units file applications in them.
import { builder } from '../../builder.ts'
import { DomainError } from '../../domain/errors.ts'
import { changedFields } from '../../domain/diff.ts'
import { parseProgramApplicationInput } from '../../domain/program-application.ts'
import { runWrite } from '../../write/run-write.ts'
import { updateIfVersion } from '../../write/versioned.ts'
import { isUniqueViolation, type Transaction } from '../../write/apply-once.ts'

export const ProgramRoundNode = builder.prismaNode('ProgramRound', {
  select: { id: true },
  id: { field: 'id' },
  // Rounds are announced to every unit, like the programs themselves.
  authScopes: { signedIn: true },
  fields: (t) => ({
    uuid: t.exposeString('id', { description: '数据库编号（UUIDv7，可由客户端生成）' }),
    program: t.relation('program'),
    year: t.exposeInt('year', { description: '申报年度' }),
    name: t.exposeString('name', { description: '批次名称，如“第一批”' }),
    closesOn: t.expose('closesOn', { type: 'Date', nullable: true, description: '申报截止日期' }),
    version: t.exposeInt('version'),
    applicationCount: t.relationCount('applications', { description: '本批次中我能看到的申报数' }),
  }),
})

builder.prismaObjectField('Program', 'rounds', (t) =>
  t.relation('rounds', {
    description: '该人才工程的申报批次，新年度在前',
    query: { orderBy: [{ year: 'desc' }, { name: 'asc' }] },
  }),
)

builder.queryField('programRounds', (t) =>
  t.prismaField({
    type: ['ProgramRound'],
    description: '申报批次，新年度在前；可按年度、人才工程筛选',
    authScopes: { signedIn: true },
    args: { year: t.arg.int({ required: false }), programId: t.arg.string({ required: false }) },
    resolve: (query, _root, args, context) => {
      const filter = parseProgramApplicationInput('rounds', { year: args.year, programId: args.programId })
      return context.prisma.programRound.findMany({
        ...query,
        where: {
          ...(filter.year ? { year: filter.year } : {}),
          ...(filter.programId ? { programId: filter.programId } : {}),
        },
        orderBy: [{ year: 'desc' }, { program: { level: 'asc' } }, { program: { code: 'asc' } }, { name: 'asc' }],
      })
    },
  }),
)

const CreateProgramRoundInput = builder.inputType('CreateProgramRoundInput', {
  description: '开设申报批次；同一人才工程同一年度批次名称不能重复',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    id: t.string({ required: true }),
    programId: t.string({ required: true }),
    year: t.int({ required: true }),
    name: t.string({ required: true }),
    closesOn: t.field({ type: 'Date' }),
  }),
})
const UpdateProgramRoundInput = builder.inputType('UpdateProgramRoundInput', {
  description: '修改批次名称或截止日期（须带版本号）；截止日期填空为不设截止',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    id: t.string({ required: true }),
    version: t.int({ required: true }),
    name: t.string(),
    closesOn: t.field({ type: 'Date' }),
  }),
})

const takenName = (name: string, year: number) => new DomainError('CONFLICT', `${year} 年已有名为“${name}”的批次`)

async function refuseTakenName(tx: Transaction, round: { id: string; programId: string; year: number; name: string }) {
  const taken = await tx.programRound.findFirst({
    where: { programId: round.programId, year: round.year, name: round.name, NOT: { id: round.id } },
    select: { id: true },
  })
  if (taken) throw takenName(round.name, round.year)
}

builder.mutationField('createProgramRound', (t) =>
  t.prismaField({
    type: 'ProgramRound',
    description: '开设人才工程申报批次（仅人才办）',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: CreateProgramRoundInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, id, ...fields } = parseProgramApplicationInput('createRound', args.input)
      await runWrite(
        context,
        { clientMutationId, operation: 'createProgramRound', entity: 'ProgramRound', recordId: id },
        async (tx) => {
          const program = await tx.program.findUnique({ where: { id: fields.programId } })
          if (!program) throw DomainError.badInput([{ field: 'programId', message: '人才工程不存在' }])
          if (!program.active) throw new DomainError('CONFLICT', `“${program.name}”已停用，不能开设批次`)
          await refuseTakenName(tx, { id, ...fields })
          await tx.programRound.create({ data: { id, ...fields } }).catch((error) => {
            throw isUniqueViolation(error) ? takenName(fields.name, fields.year) : error
          })
          return { id, changes: changedFields({}, fields) }
        },
      )
      return context.prisma.programRound.findUniqueOrThrow({ ...query, where: { id } })
    },
  }),
)

builder.mutationField('updateProgramRound', (t) =>
  t.prismaField({
    type: 'ProgramRound',
    description: '修改申报批次（仅人才办；须带版本号）',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: UpdateProgramRoundInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, id, version, ...input } = parseProgramApplicationInput('updateRound', args.input)
      const fields = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined))
      await runWrite(
        context,
        { clientMutationId, operation: 'updateProgramRound', entity: 'ProgramRound', recordId: id },
        async (tx) => {
          const round = await tx.programRound.findUnique({ where: { id } })
          if (!round) throw DomainError.notFound('申报批次')
          if (input.name) await refuseTakenName(tx, { ...round, name: input.name })
          await updateIfVersion(
            '申报批次',
            round,
            version,
            (where) =>
              tx.programRound.updateMany({ where, data: { ...fields, version: { increment: 1 } } }).catch((error) => {
                throw isUniqueViolation(error) ? takenName(input.name ?? round.name, round.year) : error
              }),
            () => tx.programRound.findUnique({ where: { id } }),
          )
          // The applications carry the round's name as their batch, for the 台账 and the counts.
          if (input.name && input.name !== round.name)
            await tx.programApplication.updateMany({ where: { roundId: id }, data: { batch: input.name } })
          return { id, changes: changedFields(round, fields) }
        },
      )
      return context.prisma.programRound.findUniqueOrThrow({ ...query, where: { id } })
    },
  }),
)

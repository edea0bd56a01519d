// 人才工程申报: a unit's applications for its talents, moved through RESERVE → COACHING → SUBMITTED → SELECTED / REJECTED.
import { builder } from '../../builder.ts'
import type { SessionUser } from '../../context.ts'
import { canSeeLinkedProject } from '../../auth/visibility.ts'
import { DomainError } from '../../domain/errors.ts'
import { changedFields } from '../../domain/diff.ts'
import {
  checkApplicationMove,
  datesAfterMove,
  parseProgramApplicationInput,
  type ProgramApplicationInput,
} from '../../domain/program-application.ts'
import { runWrite, type WriteOutcome } from '../../write/run-write.ts'
import { updateIfVersion } from '../../write/versioned.ts'
import { isUniqueViolation, type Transaction } from '../../write/apply-once.ts'
import { ApplicationStatusEnum } from '../enums.ts'
import { ProjectNode } from '../project/project.ts'

builder.prismaNode('ProgramApplication', {
  select: { id: true },
  id: { field: 'id' },
  authScopes: { signedIn: true },
  fields: (t) => ({
    uuid: t.exposeString('id', { description: '数据库编号（UUIDv7，可由手机端生成）' }),
    program: t.relation('program'),
    round: t.relation('round', { nullable: true, description: '申报批次（批次开设前登记的申报没有）' }),
    year: t.exposeInt('year', { description: '申报年度' }),
    batch: t.exposeString('batch', { nullable: true, description: '批次' }),
    talent: t.relation('talent'),
    unit: t.relation('unit', { description: '申报单位' }),
    project: t.field({
      type: ProjectNode,
      nullable: true,
      description: '关联的人才项目（我能看到时）',
      // The visibility check reads the project's unit, whatever columns the query itself asks for.
      select: (_args, _context, nested) => {
        const inner = nested(true) as { select?: Record<string, unknown> }
        return { project: inner.select ? { ...inner, select: { ...inner.select, unitId: true } } : inner }
      },
      resolve: (application, _args, context) =>
        application.project && canSeeLinkedProject(context.user, application.project) ? application.project : null,
    }),
    status: t.expose('status', { type: ApplicationStatusEnum }),
    statusChangedAt: t.expose('statusChangedAt', { type: 'DateTime' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    decidedAt: t.expose('decidedAt', {
      type: 'DateTime',
      nullable: true,
      description: '评审结果（入选/落选）登记时间',
    }),
    note: t.exposeString('note', { nullable: true }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
})

builder.prismaObjectField('Talent', 'programApplications', (t) =>
  t.relation('programApplications', {
    description: '该人才的人才工程申报（我能看到的）',
    query: { orderBy: [{ year: 'desc' }, { id: 'desc' }] },
  }),
)

builder.queryField('programApplications', (t) =>
  t.prismaConnection(
    {
      type: 'ProgramApplication',
      cursor: 'id',
      description: '我能看到的人才工程申报，新年度在前；可按年度、人才工程、状态、申报单位筛选',
      authScopes: { role: ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'LEADER', 'ADMIN'] },
      maxSize: 100,
      defaultSize: 20,
      args: {
        year: t.arg.int({ required: false }),
        programId: t.arg.string({ required: false }),
        roundId: t.arg.string({ required: false }),
        status: t.arg({ type: [ApplicationStatusEnum], required: false }),
        unitId: t.arg.string({ required: false }),
      },
      resolve: (query, _root, args, context) => {
        const filter = parseProgramApplicationInput('filter', {
          year: args.year,
          programId: args.programId,
          roundId: args.roundId,
          status: args.status,
          unitId: args.unitId,
        })
        return context.prisma.programApplication.findMany({
          ...query,
          relationLoadStrategy: 'join',
          where: {
            AND: [
              filter.year ? { year: filter.year } : {},
              filter.programId ? { programId: filter.programId } : {},
              filter.roundId ? { roundId: filter.roundId } : {},
              filter.unitId ? { unitId: filter.unitId } : {},
              filter.status?.length ? { status: { in: filter.status } } : {},
            ],
          },
          orderBy: [{ year: 'desc' }, { id: 'desc' }],
        })
      },
    },
    { name: 'ProgramApplicationConnection' },
    { name: 'ProgramApplicationEdge' },
  ),
)

type FieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]
const versioned = (t: FieldBuilder) => ({
  clientMutationId: t.string({ required: true }),
  id: t.string({ required: true }),
  version: t.int({ required: true }),
})
const inputs = {
  create: builder.inputType('CreateProgramApplicationInput', {
    description:
      '新建申报（状态：储备），填申报批次（或人才工程与年度）；单位不填为本单位，人才办可代其他单位登记；同一人才同一年度同一人才工程只能申报一次',
    fields: (t) => ({
      clientMutationId: t.string({ required: true }),
      id: t.string({ required: true }),
      roundId: t.string(),
      programId: t.string(),
      year: t.int(),
      batch: t.string(),
      talentId: t.string({ required: true }),
      unitId: t.string(),
      projectId: t.string(),
      note: t.string(),
    }),
  }),
  move: builder.inputType('MoveProgramApplicationInput', {
    description: '推进（储备可直接申报）、登记评审结果（须已申报），或回退一步（须填原因）',
    fields: (t) => ({
      ...versioned(t),
      to: t.field({ type: ApplicationStatusEnum, required: true }),
      reason: t.string(),
    }),
  }),
  update: builder.inputType('UpdateProgramApplicationInput', {
    description: '修改申报的批次与备注（须带版本号）；在申报批次中的申报，批次随批次名称，不能单独修改',
    fields: (t) => ({ ...versioned(t), batch: t.string(), note: t.string() }),
  }),
}

const writers = ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'] as const

async function filingUnit(tx: Transaction, user: SessionUser, unitId: string | null | undefined) {
  if (!unitId || unitId === user.unitId) return user.unitId
  if (user.role !== 'ADMIN') throw DomainError.forbidden('只能为本单位登记申报')
  const unit = await tx.unit.findUnique({ where: { id: unitId } })
  if (!unit || unit.kind === 'DEPARTMENT')
    throw DomainError.badInput([{ field: 'unitId', message: '申报单位须是园区、镇街或人才办' }])
  if (unit.retiredAt) throw DomainError.badInput([{ field: 'unitId', message: '该单位已撤销，不能再登记申报' }])
  return unit.id
}

/** The program, year and batch an application in `roundId` takes from it; without one, as the input names them. */
async function roundOf(
  tx: Transaction,
  roundId: string | null | undefined,
  input: { programId?: string | null; year?: number | null; batch?: string | null },
) {
  if (!roundId) return { roundId: null, programId: input.programId!, year: input.year! }
  const round = await tx.programRound.findUnique({ where: { id: roundId } })
  if (!round) throw DomainError.badInput([{ field: 'roundId', message: '申报批次不存在' }])
  if ((input.programId && input.programId !== round.programId) || (input.year && input.year !== round.year))
    throw DomainError.badInput([{ field: 'roundId', message: '申报批次与所填人才工程或年度不符' }])
  return { roundId, programId: round.programId, year: round.year, batch: round.name }
}

async function create(
  tx: Transaction,
  user: SessionUser,
  input: ProgramApplicationInput<'create'>,
): Promise<WriteOutcome> {
  const { clientMutationId: _c, id, unitId: requestedUnit, roundId, ...rest } = input
  const unitId = await filingUnit(tx, user, requestedUnit)
  const fields = { ...rest, ...(await roundOf(tx, roundId, rest)) }
  const program = await tx.program.findUnique({ where: { id: fields.programId } })
  if (!program) throw DomainError.badInput([{ field: 'programId', message: '人才工程不存在' }])
  if (!program.active) throw new DomainError('CONFLICT', `“${program.name}”已停用，不能新建申报`)
  const talent = await tx.talent.findFirst({
    where: { id: fields.talentId },
    select: { name: true, mergedIntoId: true },
  })
  if (!talent) throw DomainError.notFound('人才')
  if (talent.mergedIntoId) throw new DomainError('CONFLICT', '该人才记录已合并，请在保留的记录上申报')
  if (fields.projectId) {
    const { talentId, projectId } = fields
    const project = await tx.project.findFirst({
      where: {
        id: projectId,
        unitId,
        OR: [{ talentId }, { members: { some: { talentId } } }],
      },
    })
    if (!project)
      throw DomainError.badInput([{ field: 'projectId', message: '关联项目须是申报单位的、由该人才带领或参与的项目' }])
  }
  const duplicate = `${talent.name}已在 ${fields.year} 年申报“${program.name}”，同一人才工程每年只能申报一次`
  const earlier = await tx.programApplication.findFirst({
    where: { programId: program.id, year: fields.year, talentId: fields.talentId },
    select: { unit: { select: { name: true } } },
  })
  if (earlier) throw new DomainError('CONFLICT', `${duplicate}（申报单位：${earlier.unit.name}）`)
  await tx.programApplication.create({ data: { id, ...fields, unitId } }).catch((error) => {
    throw isUniqueViolation(error) ? new DomainError('CONFLICT', duplicate) : error
  })
  return { id, changes: changedFields({}, { ...fields, unitId, status: 'RESERVE' }) }
}

async function loadForWrite(tx: Transaction, id: string) {
  const application = await tx.programApplication.findFirst({ where: { id } })
  if (!application) throw DomainError.notFound('申报')
  return application
}

async function move(
  tx: Transaction,
  _user: SessionUser,
  { id, version, to, reason }: ProgramApplicationInput<'move'>,
): Promise<WriteOutcome> {
  const application = await loadForWrite(tx, id)
  const verdict = checkApplicationMove({ from: application.status, to, reason })
  if (!verdict.ok)
    throw verdict.code === 'CONFLICT'
      ? new DomainError('CONFLICT', verdict.message)
      : DomainError.badInput([{ field: 'to', message: verdict.message }])
  const data = { status: to, ...datesAfterMove(application, to, new Date()) }
  await updateIfVersion(
    '申报',
    application,
    version,
    (where) => tx.programApplication.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
    () => tx.programApplication.findUnique({ where: { id } }),
  )
  return { id, reason: verdict.direction === 'back' ? reason : null, changes: changedFields(application, data) }
}

async function update(
  tx: Transaction,
  _user: SessionUser,
  { clientMutationId: _c, id, version, ...input }: ProgramApplicationInput<'update'>,
): Promise<WriteOutcome> {
  const application = await loadForWrite(tx, id)
  // A field left out stays as it is; an empty one clears it.
  const fields = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined))
  // In a round, the batch is the round's name (renaming the round renames it): an edit of its own would be lost.
  if (application.roundId && input.batch !== undefined && input.batch !== application.batch)
    throw DomainError.badInput([{ field: 'batch', message: '该申报在申报批次中，批次名称随批次，不能单独修改' }])
  await updateIfVersion(
    '申报',
    application,
    version,
    (where) => tx.programApplication.updateMany({ where, data: { ...fields, version: { increment: 1 } } }),
    () => tx.programApplication.findUnique({ where: { id } }),
  )
  return { id, changes: changedFields(application, fields) }
}

const mutations = {
  create: ['createProgramApplication', '新建人才工程申报（储备）', create],
  move: ['moveProgramApplication', '调整申报状态：推进、登记评审结果或回退一步（须填原因）', move],
  update: ['updateProgramApplication', '修改申报批次与备注（须带版本号）', update],
} as const

for (const kind of ['create', 'move', 'update'] as const) {
  const [name, description, write] = mutations[kind]
  builder.mutationField(name, (t) =>
    t.prismaField({
      type: 'ProgramApplication',
      description,
      authScopes: { role: [...writers] },
      args: { input: t.arg({ type: inputs[kind] as never, required: true }) },
      resolve: async (query, _root, args, context) => {
        const input = parseProgramApplicationInput(kind, args.input)
        const spec = {
          clientMutationId: input.clientMutationId,
          operation: name,
          entity: 'ProgramApplication',
          recordId: input.id,
        }
        const id = await runWrite(context, spec, (tx, user) =>
          (write as (tx: Transaction, user: SessionUser, input: unknown) => Promise<WriteOutcome>)(tx, user, input),
        )
        const application = await context.prisma.programApplication.findFirst({
          ...query,
          where: { id },
        })
        if (!application) throw DomainError.notFound('申报')
        return application
      },
    }),
  )
}

// 人才工程: the programs the talent office keeps (国家重大人才计划, 省双创 …) and the success rate per program and unit.
import { builder } from '../../builder.ts'
import { UnitNode } from '../unit.ts'
import type { Program, Unit } from '../../generated/prisma/client.ts'
import { DomainError } from '../../domain/errors.ts'
import { changedFields } from '../../domain/diff.ts'
import {
  outcomesBy,
  parseProgramApplicationInput,
  submittedStatuses,
  type Outcome,
  type OutcomeGroup,
} from '../../domain/program-application.ts'
import { runWrite } from '../../write/run-write.ts'
import { updateIfVersion } from '../../write/versioned.ts'
import { isUniqueViolation, type Transaction } from '../../write/apply-once.ts'
import { ProgramLevelEnum } from '../enums.ts'

export const ProgramNode = builder.prismaNode('Program', {
  select: { id: true },
  id: { field: 'id' },
  // Program names are public knowledge: everyone signed in sees them.
  authScopes: { signedIn: true },
  fields: (t) => ({
    uuid: t.exposeString('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    level: t.expose('level', { type: ProgramLevelEnum }),
    isNationalMajor: t.exposeBoolean('isNationalMajor', { description: '国家重大人才计划（龙头工程，单独考核）' }),
    active: t.exposeBoolean('active', { description: '停用后不能再新建申报' }),
    version: t.exposeInt('version'),
  }),
})

builder.queryField('programs', (t) =>
  t.prismaField({
    type: ['Program'],
    description: '人才工程，国家级在前；默认只列启用的',
    authScopes: { signedIn: true },
    args: { includeInactive: t.arg.boolean({ required: false }) },
    resolve: (query, _root, args, context) =>
      context.prisma.program.findMany({
        ...query,
        where: args.includeInactive ? {} : { active: true },
        orderBy: [{ level: 'asc' }, { code: 'asc' }],
      }),
  }),
)

const programFields = <R extends boolean>(
  t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0],
  required: R,
) => ({
  code: t.string({ required }),
  name: t.string({ required }),
  level: t.field({ type: ProgramLevelEnum, required }),
  isNationalMajor: t.boolean(),
})
const CreateProgramInput = builder.inputType('CreateProgramInput', {
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    id: t.string({ required: true }),
    ...programFields(t, true),
  }),
})
const UpdateProgramInput = builder.inputType('UpdateProgramInput', {
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    id: t.string({ required: true }),
    version: t.int({ required: true }),
    ...programFields(t, false),
    active: t.boolean(),
  }),
})

async function refuseTakenName(tx: Transaction, id: string, fields: { code?: string; name?: string }) {
  const or = [fields.code ? { code: fields.code } : null, fields.name ? { name: fields.name } : null].filter(
    (where) => where !== null,
  )
  if (!or.length) return
  const taken = await tx.program.findFirst({ where: { OR: or, NOT: { id } }, select: { name: true, code: true } })
  if (taken) throw new DomainError('CONFLICT', `已有同名或同代码的人才工程（${taken.name}，${taken.code}）`)
}

const sameNameRace = (error: unknown) =>
  isUniqueViolation(error) ? new DomainError('CONFLICT', '已有同名或同代码的人才工程') : error
const defined = <T extends object>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>

builder.mutationField('createProgram', (t) =>
  t.prismaField({
    type: 'Program',
    description: '新增人才工程（仅人才办）',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: CreateProgramInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, id, ...fields } = parseProgramApplicationInput('createProgram', args.input)
      const spec = { clientMutationId, operation: 'createProgram', entity: 'Program', recordId: id }
      await runWrite(context, spec, async (tx) => {
        await refuseTakenName(tx, id, fields)
        await tx.program.create({ data: { id, ...fields } }).catch((error) => Promise.reject(sameNameRace(error)))
        return { id, changes: changedFields({}, fields) }
      })
      return context.prisma.program.findUniqueOrThrow({ ...query, where: { id } })
    },
  }),
)

builder.mutationField('updateProgram', (t) =>
  t.prismaField({
    type: 'Program',
    description: '修改或停用人才工程（仅人才办；须带版本号）',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: UpdateProgramInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, id, version, ...input } = parseProgramApplicationInput('updateProgram', args.input)
      const fields = defined(input)
      const spec = { clientMutationId, operation: 'updateProgram', entity: 'Program', recordId: id }
      await runWrite(context, spec, async (tx) => {
        const program = await tx.program.findUnique({ where: { id } })
        if (!program) throw DomainError.notFound('人才工程')
        await refuseTakenName(tx, id, fields)
        const update = (where: { id: string; version: number }) =>
          tx.program.updateMany({ where, data: { ...fields, version: { increment: 1 } } })
        await updateIfVersion(
          '人才工程',
          program,
          version,
          (where) => update(where).catch((error) => Promise.reject(sameNameRace(error))),
          () => tx.program.findUnique({ where: { id } }),
        )
        return { id, changes: changedFields(program, fields) }
      })
      return context.prisma.program.findUniqueOrThrow({ ...query, where: { id } })
    },
  }),
)

// ─── Success rates (入选率) ────────────────────────────────────────────────────

interface OutcomeRow extends Outcome {
  program: Program | null
  unit: Unit | null
}

const ProgramOutcome = builder.objectRef<OutcomeRow>('ProgramOutcome').implement({
  description: '已申报的人才工程申报结果：只有计数，不含人才信息',
  authScopes: { signedIn: true },
  fields: (t) => ({
    program: t.field({
      type: ProgramNode,
      nullable: true,
      description: '按单位汇总时为空',
      resolve: (row) => row.program,
    }),
    // The unit is loaded with the counts (one query for all rows); Unit has no relations left to select.
    unit: t.field({ type: UnitNode, nullable: true, description: '按人才工程汇总时为空', resolve: (row) => row.unit }),
    submitted: t.exposeInt('submitted', { description: '已申报（含已出结果）' }),
    selected: t.exposeInt('selected', { description: '入选' }),
    rejected: t.exposeInt('rejected', { description: '落选' }),
    pending: t.exposeInt('pending', { description: '已申报、待评审' }),
    successRate: t.exposeFloat('successRate', {
      nullable: true,
      description: '入选率＝入选 ÷（入选＋落选）；尚无结果时为空',
    }),
  }),
})

interface Rates {
  year: number
  byProgramAndUnit: OutcomeRow[]
  byProgram: OutcomeRow[]
  byUnit: OutcomeRow[]
  total: OutcomeRow
}

const ProgramSuccessRates = builder.objectRef<Rates>('ProgramSuccessRates').implement({
  description: '某年度各人才工程、各单位的申报入选率',
  authScopes: { signedIn: true },
  fields: (t) => ({
    year: t.exposeInt('year'),
    byProgramAndUnit: t.field({ type: [ProgramOutcome], resolve: (rates) => rates.byProgramAndUnit }),
    byProgram: t.field({ type: [ProgramOutcome], resolve: (rates) => rates.byProgram }),
    byUnit: t.field({ type: [ProgramOutcome], resolve: (rates) => rates.byUnit }),
    total: t.field({ type: ProgramOutcome, resolve: (rates) => rates.total }),
  }),
})

const levelOrder = ['NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT']
const byProgramOrder = (a: Program, b: Program) =>
  levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level) || a.code.localeCompare(b.code)
const byUnitOrder = (a: Unit, b: Unit) => a.name.localeCompare(b.name, 'zh-CN') || a.code.localeCompare(b.code)
const empty: Outcome = { submitted: 0, selected: 0, rejected: 0, pending: 0, successRate: null }

builder.queryField('programSuccessRates', (t) =>
  t.field({
    type: ProgramSuccessRates,
    description: '人才工程申报入选率（按人才工程、按单位）；单位负责人只看本单位',
    authScopes: { role: ['ADMIN', 'LEADER', 'UNIT_LEADER', 'PARK_MANAGER'] },
    args: { year: t.arg.int({ required: true }) },
    resolve: async (_root, args, context) => {
      const { year } = parseProgramApplicationInput('rates', args)
      const counted = await context.prisma.programApplication.groupBy({
        by: ['programId', 'unitId', 'status'],
        where: { year, status: { in: submittedStatuses } },
        _count: { _all: true },
      })
      const groups: OutcomeGroup[] = counted.map((group) => ({
        programId: group.programId,
        unitId: group.unitId,
        status: group.status,
        count: group._count._all,
      }))
      const [programs, units] = await Promise.all([
        context.prisma.program.findMany({
          where: { id: { in: [...new Set(groups.map((group) => group.programId))] } },
        }),
        context.prisma.unit.findMany({ where: { id: { in: [...new Set(groups.map((group) => group.unitId))] } } }),
      ])
      programs.sort(byProgramOrder)
      units.sort(byUnitOrder)
      const pairs = outcomesBy(groups, (group) => `${group.programId}/${group.unitId}`)
      const perProgram = outcomesBy(groups, (group) => group.programId)
      const perUnit = outcomesBy(groups, (group) => group.unitId)
      return {
        year,
        byProgramAndUnit: programs.flatMap((program) =>
          units.flatMap((unit) => {
            const outcome = pairs.get(`${program.id}/${unit.id}`)
            return outcome ? [{ ...outcome, program, unit }] : []
          }),
        ),
        byProgram: programs.map((program) => ({ ...perProgram.get(program.id)!, program, unit: null })),
        byUnit: units.map((unit) => ({ ...perUnit.get(unit.id)!, program: null, unit })),
        total: { ...(outcomesBy(groups, () => 'all').get('all') ?? empty), program: null, unit: null },
      }
    },
  }),
)

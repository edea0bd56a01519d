// 人才活动: events the office and the units hold for talents, and who took part. Everyone signed in sees the
// events and how many took part; the talents themselves only as far as talentScope lets each user see them.
import { z } from 'zod'
import { builder } from '../builder.ts'
import type { SessionUser } from '../context.ts'
import { ServiceEventKind } from '../generated/prisma/enums.ts'
import { talentScope } from '../auth/visibility.ts'
import { DomainError } from '../domain/errors.ts'
import { changedFields } from '../domain/diff.ts'
import { optionalText, parseInput, requiredText, uuid, version } from '../domain/parse.ts'
import { runWrite, type WriteOutcome } from '../write/run-write.ts'
import { updateIfVersion } from '../write/versioned.ts'
import type { Transaction } from '../write/apply-once.ts'
import { ServiceEventKindEnum } from './enums.ts'
import { TalentNode } from './talent/talent.ts'

export const ServiceEventNode = builder.prismaNode('ServiceEvent', {
  select: { id: true },
  id: { field: 'id' },
  authScopes: { signedIn: true },
  fields: (t) => ({
    uuid: t.exposeString('id', { description: '数据库编号（UUIDv7，可由手机端生成）' }),
    kind: t.expose('kind', { type: ServiceEventKindEnum }),
    title: t.exposeString('title'),
    heldOn: t.expose('heldOn', { type: 'Date', description: '活动日期' }),
    place: t.exposeString('place', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    organiserUnit: t.relation('organiserUnit', { description: '主办单位' }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    participantCount: t.relationCount('participants', { description: '参加人数（含我无权查看的人才）' }),
    participants: t.field({
      type: [TalentNode],
      description: '参加活动的人才中我能看到的',
      select: (_args, context, nested) => ({
        participants: {
          where: { talent: talentScope(context.user) },
          orderBy: { talentId: 'asc' },
          select: { talent: nested(true) },
        },
      }),
      resolve: (event) => event.participants.map((participant) => participant.talent),
    }),
  }),
})

builder.prismaObjectField('Talent', 'eventsAttended', (t) =>
  t.field({
    type: [ServiceEventNode],
    description: '参加过的人才活动，最近的在前',
    select: (_args, _context, nested) => ({
      eventParticipations: {
        orderBy: [{ event: { heldOn: 'desc' } }, { eventId: 'desc' }],
        select: { event: nested(true) },
      },
    }),
    resolve: (talent) => talent.eventParticipations.map((participation) => participation.event),
  }),
)

const fields = {
  kind: z.enum(ServiceEventKind, { message: '请选择活动类型' }),
  title: requiredText(100, '活动名称'),
  heldOn: z.date({ message: '活动日期不正确' }),
  place: optionalText(100, '活动地点'),
  description: optionalText(2000, '活动简介'),
}
const write = { clientMutationId: uuid('操作编号') }
const talentIds = z
  .array(uuid('人才编号'), { message: '请选择参加活动的人才' })
  .min(1, '请选择参加活动的人才')
  .max(200, '一次最多登记 200 名人才')
const schemas = {
  filter: z
    .object({
      from: z.date({ message: '开始日期不正确' }).optional().nullable(),
      to: z.date({ message: '结束日期不正确' }).optional().nullable(),
      kind: z.enum(ServiceEventKind, { message: '活动类型不正确' }).optional().nullable(),
      organiserUnitId: uuid('主办单位编号').optional().nullable(),
    })
    .refine((range) => !range.from || !range.to || range.from <= range.to, {
      message: '开始日期不能晚于结束日期',
      path: ['from'],
    }),
  create: z.object({
    ...write,
    id: uuid('活动编号'),
    ...fields,
    organiserUnitId: uuid('主办单位编号').optional().nullable(),
  }),
  update: z
    .object(fields)
    .partial()
    .extend({ ...write, id: uuid('活动编号'), version }),
  record: z.object({ ...write, eventId: uuid('活动编号'), talentIds }),
  remove: z.object({ ...write, eventId: uuid('活动编号'), talentId: uuid('人才编号') }),
}

builder.queryField('serviceEvents', (t) =>
  t.prismaConnection(
    {
      type: 'ServiceEvent',
      cursor: 'id',
      description: '人才活动，最近的在前；可按日期范围、活动类型、主办单位筛选',
      authScopes: { signedIn: true },
      maxSize: 100,
      defaultSize: 20,
      args: {
        from: t.arg({ type: 'Date', required: false }),
        to: t.arg({ type: 'Date', required: false }),
        kind: t.arg({ type: ServiceEventKindEnum, required: false }),
        organiserUnitId: t.arg.string({ required: false }),
      },
      resolve: (query, _root, args, context) => {
        const filter = parseInput(schemas.filter, {
          from: args.from,
          to: args.to,
          kind: args.kind,
          organiserUnitId: args.organiserUnitId,
        })
        return context.prisma.serviceEvent.findMany({
          ...query,
          relationLoadStrategy: 'join',
          where: {
            heldOn: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) },
            ...(filter.kind ? { kind: filter.kind } : {}),
            ...(filter.organiserUnitId ? { organiserUnitId: filter.organiserUnitId } : {}),
          },
          orderBy: [{ heldOn: 'desc' }, { id: 'desc' }],
        })
      },
    },
    { name: 'ServiceEventConnection' },
    { name: 'ServiceEventEdge' },
  ),
)

type FieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]
const eventFields = <R extends boolean>(t: FieldBuilder, required: R) => ({
  kind: t.field({ type: ServiceEventKindEnum, required }),
  title: t.string({ required }),
  heldOn: t.field({ type: 'Date', required }),
  place: t.string(),
  description: t.string(),
})
const inputs = {
  create: builder.inputType('CreateServiceEventInput', {
    description: '新建人才活动；主办单位不填为本单位，只有人才办可代其他单位登记',
    fields: (t) => ({
      clientMutationId: t.string({ required: true }),
      id: t.string({ required: true }),
      ...eventFields(t, true),
      organiserUnitId: t.string(),
    }),
  }),
  update: builder.inputType('UpdateServiceEventInput', {
    fields: (t) => ({
      clientMutationId: t.string({ required: true }),
      id: t.string({ required: true }),
      version: t.int({ required: true }),
      ...eventFields(t, false),
    }),
  }),
  record: builder.inputType('RecordEventParticipantsInput', {
    description: '登记参加活动的人才（重复登记不会重复计数）；只能登记我能查看的人才',
    fields: (t) => ({
      clientMutationId: t.string({ required: true }),
      eventId: t.string({ required: true }),
      talentIds: t.stringList({ required: true }),
    }),
  }),
  remove: builder.inputType('RemoveEventParticipantInput', {
    fields: (t) => ({
      clientMutationId: t.string({ required: true }),
      eventId: t.string({ required: true }),
      talentId: t.string({ required: true }),
    }),
  }),
}

async function organiser(tx: Transaction, user: SessionUser, unitId: string | null | undefined) {
  if (!unitId || unitId === user.unitId) return user.unitId
  if (user.role !== 'ADMIN') throw DomainError.forbidden('只能以本单位名义主办活动')
  if (!(await tx.unit.findUnique({ where: { id: unitId } })))
    throw DomainError.badInput([{ field: 'organiserUnitId', message: '主办单位不存在' }])
  return unitId
}

async function reachableTalents(tx: Transaction, ids: string[]) {
  const talents = await tx.talent.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, mergedIntoId: true },
  })
  if (talents.length !== ids.length)
    throw DomainError.notFound(ids.length > 1 ? `其中 ${ids.length - talents.length} 名人才` : '人才')
  const merged = talents.find((talent) => talent.mergedIntoId)
  if (merged) throw new DomainError('CONFLICT', `${merged.name}的记录已合并，请登记保留的记录`)
}

const defined = <T extends object>(values: T) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>

const writes = {
  create: async (
    tx: Transaction,
    user: SessionUser,
    { clientMutationId: _c, id, organiserUnitId, ...values }: z.output<typeof schemas.create>,
  ): Promise<WriteOutcome> => {
    const unitId = await organiser(tx, user, organiserUnitId)
    await tx.serviceEvent.create({ data: { id, ...values, organiserUnitId: unitId } })
    return { id, changes: changedFields({}, { ...values, organiserUnitId: unitId }) }
  },
  update: async (
    tx: Transaction,
    user: SessionUser,
    { clientMutationId: _c, id, version, ...input }: z.output<typeof schemas.update>,
  ): Promise<WriteOutcome> => {
    const event = await tx.serviceEvent.findUnique({ where: { id } })
    if (!event) throw DomainError.notFound('活动')
    if (user.role !== 'ADMIN' && event.organiserUnitId !== user.unitId)
      throw DomainError.forbidden('只有主办单位或人才办可以修改活动')
    const values = defined(input)
    await updateIfVersion(
      '活动',
      event,
      version,
      (where) => tx.serviceEvent.updateMany({ where, data: { ...values, version: { increment: 1 } } }),
      () => tx.serviceEvent.findUnique({ where: { id } }),
    )
    return { id, changes: changedFields(event, values) }
  },
  record: async (
    tx: Transaction,
    _user: SessionUser,
    { eventId, talentIds }: z.output<typeof schemas.record>,
  ): Promise<WriteOutcome> => {
    if (!(await tx.serviceEvent.findUnique({ where: { id: eventId }, select: { id: true } })))
      throw DomainError.notFound('活动')
    const ids = [...new Set(talentIds)]
    await reachableTalents(tx, ids)
    const already = new Set(
      (await tx.serviceEventParticipant.findMany({ where: { eventId, talentId: { in: ids } } })).map(
        (row) => row.talentId,
      ),
    )
    const added = ids.filter((id) => !already.has(id))
    await tx.serviceEventParticipant.createMany({
      data: added.map((talentId) => ({ eventId, talentId })),
      skipDuplicates: true,
    })
    return { id: eventId, changes: { before: {}, after: { participantsAdded: added } } }
  },
  remove: async (
    tx: Transaction,
    _user: SessionUser,
    { eventId, talentId }: z.output<typeof schemas.remove>,
  ): Promise<WriteOutcome> => {
    if (!(await tx.serviceEvent.findUnique({ where: { id: eventId }, select: { id: true } })))
      throw DomainError.notFound('活动')
    await reachableTalents(tx, [talentId])
    const { count } = await tx.serviceEventParticipant.deleteMany({ where: { eventId, talentId } })
    return {
      id: eventId,
      changes: count ? { before: { participant: talentId }, after: { participant: null } } : { before: {}, after: {} },
    }
  },
}

const mutations = {
  create: [
    'createServiceEvent',
    '新建人才活动（人才办，或园区、镇街负责人以本单位名义）',
    ['PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'],
  ],
  update: [
    'updateServiceEvent',
    '修改人才活动（主办单位负责人或人才办；须带版本号）',
    ['PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'],
  ],
  record: [
    'recordEventParticipants',
    '登记参加活动的人才（可重复提交，不会重复计数）',
    ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'],
  ],
  remove: ['removeEventParticipant', '移除误登记的参加人员', ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN']],
} as const

for (const kind of ['create', 'update', 'record', 'remove'] as const) {
  const [name, description, roles] = mutations[kind]
  builder.mutationField(name, (t) =>
    t.prismaField({
      type: 'ServiceEvent',
      description,
      authScopes: { role: [...roles] },
      args: { input: t.arg({ type: inputs[kind] as never, required: true }) },
      resolve: async (query, _root, args, context) => {
        const input = parseInput(schemas[kind] as z.ZodType, args.input) as { clientMutationId: string }
        const write = writes[kind] as (tx: Transaction, user: SessionUser, input: unknown) => Promise<WriteOutcome>
        const id = await runWrite(
          context,
          { clientMutationId: input.clientMutationId, operation: name, entity: 'ServiceEvent' },
          (tx, user) => write(tx, user, input),
        )
        return context.prisma.serviceEvent.findUniqueOrThrow({ ...query, where: { id } })
      },
    }),
  )
}

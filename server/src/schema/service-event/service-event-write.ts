// 人才活动 writes: create and edit an event (the organising unit or the office), record who took part (recorded
// twice, counted once), remove one recorded by mistake. Every write goes through runWrite.
import type { z } from 'zod'
import { builder } from '../../builder.ts'
import type { SessionUser } from '../../context.ts'
import { DomainError } from '../../domain/errors.ts'
import { duplicateReason } from '../../domain/talent.ts'
import { readingAcrossUnits } from '../../auth/scoped-client.ts'
import { changedFields } from '../../domain/diff.ts'
import { parseInput } from '../../domain/parse.ts'
import { serviceEventInputs as schemas, type ServiceEventInput } from '../../domain/service-event.ts'
import { runWrite, type WriteOutcome } from '../../write/run-write.ts'
import { updateIfVersion } from '../../write/versioned.ts'
import type { Transaction } from '../../write/apply-once.ts'
import { ServiceEventKindEnum } from '../enums.ts'

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

/**
 * One person under two talent records is one participant, by the rule that warns a lead form of a duplicate
 * (same phone, or same name at the same employer): the second is refused until the records are merged. The
 * other record may belong to a unit the user cannot see, so it is read across units and not named.
 */
async function refuseSamePerson(tx: Transaction, eventId: string, ids: string[]) {
  const rows = await readingAcrossUnits(() =>
    tx.talent.findMany({
      where: { OR: [{ id: { in: ids } }, { eventParticipations: { some: { eventId } } }] },
      select: { id: true, name: true, phone: true, employer: true },
    }),
  )
  for (const candidate of rows.filter((row) => ids.includes(row.id)))
    for (const other of rows) {
      // Each pair of new records once; a record already recorded is itself, not a duplicate.
      if (other.id === candidate.id || (ids.includes(other.id) && other.id > candidate.id)) continue
      const reason = duplicateReason(candidate, other)
      if (reason)
        throw new DomainError(
          'CONFLICT',
          `${candidate.name}可能已作为另一条人才记录登记参加（${sameWhat[reason]}），同一人请先合并人才记录`,
        )
    }
}
const sameWhat = { SAME_PHONE: '手机号相同', SAME_NAME_AND_EMPLOYER: '姓名和工作单位相同' } as const

const defined = <T extends object>(values: T) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>

const writes = {
  create: async (
    tx: Transaction,
    user: SessionUser,
    { clientMutationId: _c, id, organiserUnitId, ...values }: ServiceEventInput<'create'>,
  ): Promise<WriteOutcome> => {
    const unitId = await organiser(tx, user, organiserUnitId)
    await tx.serviceEvent.create({ data: { id, ...values, organiserUnitId: unitId } })
    return { id, changes: changedFields({}, { ...values, organiserUnitId: unitId }) }
  },
  update: async (
    tx: Transaction,
    user: SessionUser,
    { clientMutationId: _c, id, version, ...input }: ServiceEventInput<'update'>,
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
    { eventId, talentIds }: ServiceEventInput<'record'>,
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
    await refuseSamePerson(tx, eventId, added)
    await tx.serviceEventParticipant.createMany({
      data: added.map((talentId) => ({ eventId, talentId })),
      skipDuplicates: true,
    })
    return { id: eventId, changes: { before: {}, after: { participantsAdded: added } } }
  },
  remove: async (
    tx: Transaction,
    _user: SessionUser,
    { eventId, talentId }: ServiceEventInput<'remove'>,
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
        const input = parseInput(schemas[kind] as z.ZodType, args.input) as {
          clientMutationId: string
          id?: string
          eventId?: string
        }
        const write = writes[kind] as (tx: Transaction, user: SessionUser, input: unknown) => Promise<WriteOutcome>
        // Each write answers with the event its input names (the participant writes by eventId).
        const recordId = input.eventId ?? input.id
        const id = await runWrite(
          context,
          { clientMutationId: input.clientMutationId, operation: name, entity: 'ServiceEvent', recordId },
          (tx, user) => write(tx, user, input),
        )
        return context.prisma.serviceEvent.findUniqueOrThrow({ ...query, where: { id } })
      },
    }),
  )
}

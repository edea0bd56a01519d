// Every step of a support request: who may take it, what it changes, and the event that records it.
import { builder } from '../../builder.ts'
import type { SessionUser } from '../../context.ts'
import type { Prisma, SupportRequest } from '../../generated/prisma/client.ts'
import { canWriteProject } from '../../auth/visibility.ts'
import { DomainError } from '../../domain/errors.ts'
import { changedFields } from '../../domain/diff.ts'
import { stageIndex } from '@talent/rules/stage'
import { nextStatus, type SupportAction } from '@talent/rules/support-request'
import {
  defaultSupportDue,
  parseSupportInput,
  supportActionProblem,
  type SupportInput,
} from '../../domain/support-request.ts'
import { runWrite } from '../../write/run-write.ts'
import { loadWorkingCalendar, readSetting } from '../../write/settings.ts'
import { conflictError, updateIfVersion } from '../../write/versioned.ts'
import type { Transaction } from '../../write/apply-once.ts'
import { SupportCategoryEnum } from '../enums.ts'
import { noticeSupportStep } from '../notice/support-notices.ts'

type FieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]
const step = (t: FieldBuilder) => ({
  clientMutationId: t.string({ required: true }),
  id: t.string({ required: true }),
  version: t.int({ required: true }),
})

const inputs = {
  assign: builder.inputType('AssignSupportRequestInput', {
    fields: (t) => ({ ...step(t), departmentId: t.string({ required: true }), note: t.string() }),
  }),
  reassign: builder.inputType('ReassignSupportRequestInput', {
    description: '转办须填原因，每一次转办都留痕',
    fields: (t) => ({ ...step(t), departmentId: t.string({ required: true }), reason: t.string({ required: true }) }),
  }),
  progress: builder.inputType('RecordSupportProgressInput', {
    fields: (t) => ({ ...step(t), note: t.string({ required: true }) }),
  }),
  resolve: builder.inputType('ResolveSupportRequestInput', {
    fields: (t) => ({ ...step(t), resolution: t.string({ required: true }) }),
  }),
  reject: builder.inputType('RejectSupportRequestInput', {
    fields: (t) => ({ ...step(t), reason: t.string({ required: true }) }),
  }),
  close: builder.inputType('CloseSupportRequestInput', {
    description: '确认办结并记录人才满意度（1–5）',
    fields: (t) => ({ ...step(t), satisfaction: t.int() }),
  }),
  reopen: builder.inputType('ReopenSupportRequestInput', {
    fields: (t) => ({ ...step(t), reason: t.string({ required: true }) }),
  }),
}

const loaded = { project: { include: { followers: true } } } as const
type Loaded = Prisma.SupportRequestGetPayload<{ include: typeof loaded }>

const isAssignedDepartment = (user: SessionUser, request: SupportRequest) =>
  user.role === 'DEPARTMENT' && request.departmentId === user.unitId
const projectSide = (user: SessionUser, request: Loaded) =>
  canWriteProject(user, request.project) && user.role !== 'STAFF'

const who: Record<SupportAction, (user: SessionUser, request: Loaded) => boolean> = {
  assign: projectSide,
  reassign: (user, request) => isAssignedDepartment(user, request) || projectSide(user, request),
  progress: isAssignedDepartment,
  resolve: isAssignedDepartment,
  reject: isAssignedDepartment,
  close: (user, request) => canWriteProject(user, request.project),
  reopen: (user, request) => canWriteProject(user, request.project),
}

async function department(tx: Transaction, id: string) {
  const unit = await tx.unit.findUnique({ where: { id } })
  if (unit?.kind !== 'DEPARTMENT')
    throw DomainError.badInput([{ field: 'departmentId', message: '请选择一个职能部门' }])
  return unit
}

async function applyStep<K extends SupportAction>(
  tx: Transaction,
  user: SessionUser,
  action: K,
  input: SupportInput<K>,
) {
  const request = await tx.supportRequest.findFirst({
    where: { id: input.id },
    include: loaded,
  })
  if (!request) throw DomainError.notFound('诉求')
  if (user.role !== 'ADMIN' && !who[action](user, request)) throw DomainError.forbidden()
  const { project: _project, ...before } = request
  // A phone working from an old copy learns first that the request moved on, with the current record.
  if (request.version !== input.version) throw conflictError('诉求', before)
  const problem = supportActionProblem(action, request.status)
  if (problem) throw new DomainError('CONFLICT', problem)
  const values = input as Record<string, unknown>
  const target = 'departmentId' in values ? await department(tx, values.departmentId as string) : null
  if (action === 'reassign' && target!.id === request.departmentId)
    throw DomainError.badInput([{ field: 'departmentId', message: '已在该部门办理，无需转办' }])
  const now = new Date()
  const data: Prisma.SupportRequestUncheckedUpdateManyInput = { status: nextStatus[action] }
  if (target) data.departmentId = target.id
  if (action === 'resolve') Object.assign(data, { resolution: values.resolution, resolvedAt: now })
  if (action === 'reject') data.rejectReason = values.reason as string
  if (action === 'close') Object.assign(data, { closedAt: now, satisfaction: values.satisfaction ?? null })
  await updateIfVersion(
    '诉求',
    before,
    input.version,
    (where) => tx.supportRequest.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
    () => tx.supportRequest.findUnique({ where: { id: input.id } }),
  )
  const note = (values.reason ?? values.note ?? values.resolution ?? null) as string | null
  const kind = (
    {
      assign: 'ASSIGNED',
      reassign: 'REASSIGNED',
      progress: 'PROGRESS',
      resolve: 'RESOLVED',
      reject: 'REJECTED',
      close: 'CLOSED',
      reopen: 'REOPENED',
    } as const
  )[action]
  await tx.supportRequestEvent.create({
    data: {
      requestId: input.id,
      kind,
      fromUnitId: target ? request.departmentId : null,
      toUnitId: target?.id ?? null,
      note,
      byId: user.id,
      at: now,
    },
  })
  await noticeSupportStep(tx, user, action, {
    requestId: input.id,
    version: input.version + 1,
    projectTitle: request.project.title,
    createdById: request.createdById,
    projectOwnerId: request.project.ownerId,
    departmentId: target?.id ?? request.departmentId,
  })
  if (action === 'close' && values.satisfaction) {
    await tx.supportRequestEvent.create({
      data: { requestId: input.id, kind: 'RATED', note: `满意度 ${values.satisfaction} 分`, byId: user.id, at: now },
    })
  }
  return {
    id: input.id,
    reason: (values.reason as string | undefined) ?? null,
    changes: changedFields(before, data as Record<string, unknown>),
  }
}

const labels: Record<SupportAction, [string, string]> = {
  assign: ['assignSupportRequest', '交办给职能部门'],
  reassign: ['reassignSupportRequest', '转办到另一部门（须填原因）'],
  progress: ['recordSupportProgress', '记录办理进展'],
  resolve: ['resolveSupportRequest', '办结并填写办理结果'],
  reject: ['rejectSupportRequest', '退回（须填原因）'],
  close: ['closeSupportRequest', '确认办结并记录满意度'],
  reopen: ['reopenSupportRequest', '重新办理（须填原因）'],
}

for (const action of Object.keys(labels) as SupportAction[]) {
  const [name, description] = labels[action]
  builder.mutationField(name, (t) =>
    t.prismaField({
      type: 'SupportRequest',
      description,
      authScopes: { role: ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'DEPARTMENT', 'ADMIN'] },
      args: { input: t.arg({ type: inputs[action] as never, required: true }) },
      resolve: async (query, _root, args, context) => {
        const input = parseSupportInput(action, args.input)
        await runWrite(
          context,
          { clientMutationId: input.clientMutationId, operation: name, entity: 'SupportRequest', recordId: input.id },
          (tx, user) => applyStep(tx, user, action, input),
        )
        const request = await context.prisma.supportRequest.findFirst({
          ...query,
          where: { id: input.id },
        })
        if (!request) throw DomainError.notFound('诉求')
        return request
      },
    }),
  )
}

const CreateSupportRequestInput = builder.inputType('CreateSupportRequestInput', {
  description: '登记落地服务诉求（签约后的项目）；可同时交办给部门；编号由客户端生成',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    id: t.string({ required: true }),
    projectId: t.string({ required: true }),
    category: t.field({ type: SupportCategoryEnum, required: true }),
    description: t.string({ required: true }),
    dueAt: t.field({ type: 'DateTime' }),
    departmentId: t.string(),
  }),
})

builder.mutationField('createSupportRequest', (t) =>
  t.prismaField({
    type: 'SupportRequest',
    description: '登记落地服务诉求',
    authScopes: { role: ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'] },
    args: { input: t.arg({ type: CreateSupportRequestInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, id, projectId, departmentId, dueAt, ...fields } = parseSupportInput(
        'create',
        args.input,
      )
      await runWrite(
        context,
        { clientMutationId, operation: 'createSupportRequest', entity: 'SupportRequest', recordId: id },
        async (tx, user) => {
          const project = await tx.project.findFirst({
            where: { id: projectId },
            include: { followers: true },
          })
          if (!project) throw DomainError.notFound('项目')
          if (!canWriteProject(user, project)) throw DomainError.forbidden()
          if (project.status === 'LOST')
            throw new DomainError('CONFLICT', '项目已流失，不能再登记服务诉求；如项目恢复，请先恢复项目状态')
          if (stageIndex(project.stage) < stageIndex('SIGNED'))
            throw new DomainError('CONFLICT', '落地服务诉求须在项目签约之后登记')
          const target = departmentId ? await department(tx, departmentId) : null
          const now = new Date()
          // Read in the transaction: on PGlite it holds the only connection.
          const due = dueAt ?? (await dueByCategory(tx, fields.category, now))
          await tx.supportRequest.create({
            data: {
              id,
              projectId,
              ...fields,
              dueAt: due,
              departmentId: target?.id ?? null,
              status: target ? 'ASSIGNED' : 'OPEN',
              createdById: user.id,
              createdAt: now,
            },
          })
          await tx.supportRequestEvent.create({ data: { requestId: id, kind: 'CREATED', byId: user.id, at: now } })
          if (target) {
            await tx.supportRequestEvent.create({
              data: { requestId: id, kind: 'ASSIGNED', toUnitId: target.id, byId: user.id, at: now },
            })
            await noticeSupportStep(tx, user, 'create', {
              requestId: id,
              version: 1,
              projectTitle: project.title,
              createdById: user.id,
              projectOwnerId: project.ownerId,
              departmentId: target.id,
            })
          }
          return { id, changes: changedFields({}, { projectId, ...fields, departmentId: target?.id ?? null }) }
        },
      )
      return context.prisma.supportRequest.findUniqueOrThrow({ ...query, where: { id } })
    },
  }),
)

/** The category's working days (a setting) counted on the working-day calendar. */
async function dueByCategory(tx: Transaction, category: SupportRequest['category'], now: Date): Promise<Date> {
  const { value } = await readSetting(tx, 'supportDue')
  return defaultSupportDue(now, value[category], await loadWorkingCalendar(tx))
}

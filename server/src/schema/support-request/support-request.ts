// 落地服务诉求 as read: the request with its history, the lists, and the talent's rating after it is settled.
// The steps that move a request between departments are in support-request-write.ts.
import { z } from 'zod'
import { builder } from '../../builder.ts'
import type { Prisma } from '../../generated/prisma/client.ts'
import type { SessionUser } from '../../context.ts'
import {
  canWriteProject,
  escalatedToUnit,
  escalationTo,
  supervisesEveryRequest,
  supportRequestShowsProject,
} from '../../auth/visibility.ts'
import { DomainError } from '../../domain/errors.ts'
import { changedFields } from '../../domain/diff.ts'
import { openSupportStatuses } from '@talent/rules/support-request'
import { isOverdue, parseSupportInput, ratingProblem } from '../../domain/support-request.ts'
import { escalationLabel } from '../../domain/escalation.ts'
import { requireUser, runWrite } from '../../write/run-write.ts'
import { escalationSettings } from '../../write/settings.ts'
import { conflictError, updateIfVersion } from '../../write/versioned.ts'
import { SupportCategoryEnum, SupportEventKindEnum, SupportStatusEnum } from '../enums.ts'
import { ProjectNode } from '../project/project.ts'

/**
 * Whether the request escalated to the reader's department, counted in the page's own statement. Only a
 * department needs the fact (supportRequestShowsProject): the others' statements stay as they were, and the
 * cast says the count may be missing.
 */
function escalationFacts(user: SessionUser | null) {
  if (user?.role !== 'DEPARTMENT') return {} as ReturnType<typeof escalatedCount>
  return escalatedCount(user.unitId)
}
const escalatedCount = (unitId: string) =>
  ({ _count: { select: { events: { where: escalationTo(unitId) } } } }) as const

builder.prismaObject('SupportRequestEvent', {
  authScopes: { signedIn: true },
  fields: (t) => ({
    kind: t.expose('kind', { type: SupportEventKindEnum }),
    fromUnit: t.relation('fromUnit', { nullable: true }),
    toUnit: t.relation('toUnit', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    by: t.relation('by', { nullable: true }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
})

const SupportRequestNode = builder.prismaNode('SupportRequest', {
  select: { id: true },
  id: { field: 'id' },
  authScopes: { signedIn: true },
  fields: (t) => ({
    uuid: t.exposeString('id'),
    category: t.expose('category', { type: SupportCategoryEnum }),
    description: t.exposeString('description'),
    status: t.expose('status', { type: SupportStatusEnum }),
    dueAt: t.expose('dueAt', { type: 'DateTime', nullable: true }),
    overdue: t.boolean({ select: { status: true, dueAt: true }, resolve: (request) => isOverdue(request, new Date()) }),
    escalatedAt: t.expose('escalatedAt', { type: 'DateTime', nullable: true, description: '超期升级人才办督办的时间' }),
    escalationLevel: t.exposeInt('escalationLevel', {
      description: '督办级别：0 未升级，1 人才办，2 起为设置中人才办之后的各级',
    }),
    escalationLabel: t.string({
      nullable: true,
      description: '当前督办级别的名称（人才办、分管县领导 …）；未升级为空',
      select: { escalationLevel: true },
      resolve: async (request, _args, context) =>
        escalationLabel(request.escalationLevel, (await escalationSettings(context)).levels),
    }),
    lastEscalatedAt: t.expose('lastEscalatedAt', {
      type: 'DateTime',
      nullable: true,
      description: '最近一次升级督办的时间',
    }),
    resolution: t.exposeString('resolution', { nullable: true }),
    rejectReason: t.exposeString('rejectReason', { nullable: true }),
    satisfaction: t.exposeInt('satisfaction', { nullable: true, description: '人才满意度（1–5 分）' }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    department: t.relation('department', { nullable: true, description: '当前承办的职能部门' }),
    project: t.field({
      type: ProjectNode,
      nullable: true,
      description: '所属项目（我能看到时；已转出的部门看不到，升级到本单位督办的能看到）',
      select: (_args, context, nested) => ({
        departmentId: true,
        project: nested(true),
        ...escalationFacts(context.user),
      }),
      resolve: (request, _args, context) =>
        supportRequestShowsProject(context.user, {
          departmentId: request.departmentId,
          escalatedToReader: Boolean((request._count as { events: number } | undefined)?.events),
        })
          ? request.project
          : null,
    }),
    createdBy: t.relation('createdBy'),
    events: t.relation('events', {
      description: '办理经过，先后为序（含每一次转办及原因）',
      query: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
    }),
  }),
})

const SupportRequestConnection = builder.connectionObject(
  { type: SupportRequestNode, name: 'SupportRequestConnection' },
  { name: 'SupportRequestEdge' },
)

const lateAt = (now: Date): Prisma.SupportRequestWhereInput => ({
  status: { in: [...openSupportStatuses] },
  dueAt: { lt: now },
})
// A malformed id in a filter matches nothing rather than failing the database's uuid cast.
const idFilter = (id: string) => (z.uuid().safeParse(id).success ? id : '00000000-0000-0000-0000-000000000000')

builder.queryField('supportRequests', (t) =>
  t.prismaConnection(
    {
      type: 'SupportRequest',
      cursor: 'id',
      description:
        '我能看到的落地服务诉求，新的在前：部门看交办给本部门的，园区镇街看本单位项目的，人才办和县领导看全部',
      authScopes: { signedIn: true },
      maxSize: 100,
      defaultSize: 20,
      args: {
        status: t.arg({ type: [SupportStatusEnum], required: false }),
        departmentId: t.arg.string({ required: false, description: '承办部门编号（UUID）' }),
        category: t.arg({ type: SupportCategoryEnum, required: false }),
        overdueOnly: t.arg.boolean({ required: false }),
        escalatedOnly: t.arg.boolean({ required: false }),
        projectId: t.arg.string({ required: false, description: '项目编号（UUID）' }),
      },
      resolve: (query, _root, args, context) =>
        context.prisma.supportRequest.findMany({
          ...query,
          where: {
            AND: [
              args.status?.length ? { status: { in: args.status } } : {},
              args.departmentId ? { departmentId: idFilter(args.departmentId) } : {},
              args.category ? { category: args.category } : {},
              args.overdueOnly ? lateAt(new Date()) : {},
              args.escalatedOnly ? { escalatedAt: { not: null } } : {},
              args.projectId ? { projectId: idFilter(args.projectId) } : {},
            ],
          },
          orderBy: { id: 'desc' },
        }),
    },
    SupportRequestConnection,
  ),
)

builder.queryField('escalatedSupportRequests', (t) =>
  t.prismaConnection(
    {
      type: 'SupportRequest',
      cursor: 'id',
      description:
        '督办清单：超期未办结的诉求，超期最久的在前。人才办和县领导看全部（已升级和待升级的），其他单位看升级到本单位督办的',
      authScopes: { signedIn: true },
      maxSize: 100,
      defaultSize: 20,
      // Which requests are the reader's to supervise; the read rule (supportRequestScope) still decides what
      // the reader reaches at all.
      resolve: (query, _root, _args, context) => {
        const user = requireUser(context)
        return context.prisma.supportRequest.findMany({
          ...query,
          where: { AND: [lateAt(new Date()), supervisesEveryRequest(user) ? {} : escalatedToUnit(user.unitId)] },
          orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        })
      },
    },
    SupportRequestConnection,
  ),
)

const RateSupportRequestInput = builder.inputType('RateSupportRequestInput', {
  description: '记录人才对办理结果的满意度（1–5 分），办结后可填，可改',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    id: t.string({ required: true }),
    version: t.int({ required: true }),
    satisfaction: t.int({ required: true }),
  }),
})

builder.mutationField('rateSupportRequest', (t) =>
  t.prismaField({
    type: 'SupportRequest',
    description: '记录人才满意度（项目所在单位或人才办）',
    authScopes: { role: ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'] },
    args: { input: t.arg({ type: RateSupportRequestInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, id, version, satisfaction } = parseSupportInput('rate', args.input)
      await runWrite(
        context,
        { clientMutationId, operation: 'rateSupportRequest', entity: 'SupportRequest', recordId: id },
        async (tx, user) => {
          const found = await tx.supportRequest.findFirst({
            where: { id },
            include: { project: { include: { followers: true } } },
          })
          if (!found) throw DomainError.notFound('诉求')
          const { project, ...request } = found
          if (!canWriteProject(user, project)) throw DomainError.forbidden()
          if (request.version !== version) throw conflictError('诉求', request)
          const problem = ratingProblem(request.status)
          if (problem) throw new DomainError('CONFLICT', problem)
          await updateIfVersion(
            '诉求',
            request,
            version,
            (where) => tx.supportRequest.updateMany({ where, data: { satisfaction, version: { increment: 1 } } }),
            () => tx.supportRequest.findUnique({ where: { id } }),
          )
          await tx.supportRequestEvent.create({
            data: { requestId: id, kind: 'RATED', note: `满意度 ${satisfaction} 分`, byId: user.id },
          })
          return { id, changes: changedFields(request, { satisfaction }) }
        },
      )
      const request = await context.prisma.supportRequest.findFirst({
        ...query,
        where: { id },
      })
      if (!request) throw DomainError.notFound('诉求')
      return request
    },
  }),
)

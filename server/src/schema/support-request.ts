import { builder } from '../builder.ts'
import { supportRequestScope } from '../auth/visibility.ts'
import { isOverdue } from '../domain/support-request.ts'
import { SupportCategoryEnum, SupportEventKindEnum, SupportStatusEnum } from './enums.ts'

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

builder.prismaNode('SupportRequest', {
  id: { field: 'id' },
  authScopes: { signedIn: true },
  findUnique: (id, context) => ({ id, AND: [supportRequestScope(context.user)] }),
  fields: (t) => ({
    uuid: t.exposeString('id'),
    category: t.expose('category', { type: SupportCategoryEnum }),
    description: t.exposeString('description'),
    status: t.expose('status', { type: SupportStatusEnum }),
    dueAt: t.expose('dueAt', { type: 'DateTime', nullable: true }),
    overdue: t.boolean({ select: { status: true, dueAt: true }, resolve: (request) => isOverdue(request, new Date()) }),
    escalatedAt: t.expose('escalatedAt', { type: 'DateTime', nullable: true }),
    resolution: t.exposeString('resolution', { nullable: true }),
    rejectReason: t.exposeString('rejectReason', { nullable: true }),
    satisfaction: t.exposeInt('satisfaction', { nullable: true }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    department: t.relation('department', { nullable: true }),
    project: t.relation('project'),
    createdBy: t.relation('createdBy'),
    events: t.relation('events', { description: '办理经过（含每一次转办及原因）', query: { orderBy: { at: 'asc' } } }),
  }),
})

builder.queryField('supportRequests', (t) =>
  t.prismaConnection(
    {
      type: 'SupportRequest',
      cursor: 'id',
      description: '我能看到的落地服务诉求：部门看交办给本部门的，园区镇街看本单位项目的，人才办和县领导看全部',
      authScopes: { signedIn: true },
      maxSize: 100,
      defaultSize: 20,
      args: {
        status: t.arg({ type: [SupportStatusEnum], required: false }),
        category: t.arg({ type: SupportCategoryEnum, required: false }),
        overdueOnly: t.arg.boolean({ required: false }),
        escalatedOnly: t.arg.boolean({ required: false }),
      },
      resolve: (query, _root, args, context) =>
        context.prisma.supportRequest.findMany({
          ...query,
          where: {
            AND: [
              supportRequestScope(context.user),
              args.status?.length ? { status: { in: args.status } } : {},
              args.category ? { category: args.category } : {},
              args.overdueOnly ? { status: { in: ['OPEN', 'ASSIGNED', 'IN_PROGRESS'] }, dueAt: { lt: new Date() } } : {},
              args.escalatedOnly ? { escalatedAt: { not: null } } : {},
            ],
          },
          orderBy: { id: 'desc' },
        }),
    },
    { name: 'SupportRequestConnection' },
    { name: 'SupportRequestEdge' },
  ),
)

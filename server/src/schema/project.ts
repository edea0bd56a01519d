import { builder } from '../builder.ts'
import { projectScope } from '../auth/visibility.ts'
import { ProjectStatusEnum, SourceChannelEnum, StageEnum } from './enums.ts'

export const ProjectNode = builder.prismaNode('Project', {
  id: { field: 'id' },
  authScopes: { signedIn: true },
  findUnique: (id, context) => ({ id, AND: [projectScope(context.user)] }),
  fields: (t) => ({
    uuid: t.exposeString('id', { description: '数据库编号（UUIDv7，可由手机端生成）' }),
    title: t.exposeString('title'),
    stage: t.expose('stage', { type: StageEnum }),
    status: t.expose('status', { type: ProjectStatusEnum }),
    sourceChannel: t.expose('sourceChannel', { type: SourceChannelEnum }),
    referrer: t.exposeString('referrer', { nullable: true }),
    industry: t.exposeString('industry', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    stageEnteredAt: t.expose('stageEnteredAt', { type: 'DateTime' }),
    nextFollowUpAt: t.expose('nextFollowUpAt', { type: 'DateTime', nullable: true }),
    lastActivityAt: t.expose('lastActivityAt', { type: 'DateTime', nullable: true }),
    talent: t.relation('talent'),
    unit: t.relation('unit'),
    owner: t.relation('owner', { nullable: true }),
  }),
})

builder.queryField('projects', (t) =>
  t.prismaConnection({
    type: 'Project',
    cursor: 'id',
    description: '我能看到的项目，最新的在前',
    authScopes: { signedIn: true },
    maxSize: 100,
    defaultSize: 20,
    args: {
      stage: t.arg({ type: StageEnum, required: false }),
    },
    resolve: (query, _root, args, context) =>
      context.prisma.project.findMany({
        ...query,
        relationLoadStrategy: 'join',
        where: { AND: [projectScope(context.user), args.stage ? { stage: args.stage } : {}] },
        orderBy: { id: 'desc' },
      }),
    },
    { name: 'ProjectConnection' },
    { name: 'ProjectEdge' },
  ),
)

import { builder } from '../../builder.ts'
import { lightOf, openDeadlines } from '../../domain/clocks.ts'
import { workingSetLimits } from '../../domain/working-set.ts'
import { clockSettings, workingCalendar } from '../../write/settings.ts'
import { ProjectStatusEnum, SourceChannelEnum, StageEnum } from '../enums.ts'
import { DeadlineRef, LightEnum } from '../clock-types.ts'
import { UserNode } from '../user.ts'
import { projectFilterArgs, projectWhere } from './project-filters.ts'

const clockFacts = {
  status: true,
  createdAt: true,
  referrer: true,
  firstContactedAt: true,
  assessedAt: true,
  referrerAnsweredAt: true,
  nextFollowUpAt: true,
} as const

export const ProjectNode = builder.prismaNode('Project', {
  select: { id: true },
  id: { field: 'id' },
  authScopes: { signedIn: true },
  fields: (t) => ({
    uuid: t.exposeString('id', { description: '数据库编号（UUIDv7，可由手机端生成）' }),
    title: t.exposeString('title'),
    stage: t.expose('stage', { type: StageEnum }),
    status: t.expose('status', { type: ProjectStatusEnum }),
    statusReason: t.exposeString('statusReason', { nullable: true }),
    sourceChannel: t.expose('sourceChannel', { type: SourceChannelEnum }),
    referrer: t.exposeString('referrer', { nullable: true }),
    referrerAnsweredAt: t.expose('referrerAnsweredAt', {
      type: 'DateTime',
      nullable: true,
      description: '答复推荐人的时间；有推荐人而未答复时为空',
    }),
    referrerAnswerNote: t.exposeString('referrerAnswerNote', { nullable: true, description: '答复推荐人的内容' }),
    industry: t.exposeString('industry', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    tags: t.exposeStringList('tags'),
    plannedInvestment: t.expose('plannedInvestment', {
      type: 'Decimal',
      nullable: true,
      description: '计划投资（万元）',
    }),
    registeredCapital: t.expose('registeredCapital', {
      type: 'Decimal',
      nullable: true,
      description: '注册资本（万元）',
    }),
    expectedLandingDate: t.expose('expectedLandingDate', { type: 'Date', nullable: true }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    stageEnteredAt: t.expose('stageEnteredAt', { type: 'DateTime' }),
    firstContactedAt: t.expose('firstContactedAt', { type: 'DateTime', nullable: true }),
    assessedAt: t.expose('assessedAt', { type: 'DateTime', nullable: true }),
    nextFollowUpAt: t.expose('nextFollowUpAt', { type: 'DateTime', nullable: true }),
    lastActivityAt: t.expose('lastActivityAt', { type: 'DateTime', nullable: true }),
    talent: t.relation('talent'),
    unit: t.relation('unit'),
    creditUnit: t.relation('creditUnit', {
      description: '考核计分单位（不重复统计）；有联合计分时以 creditShares 为准',
    }),
    creditShares: t.relation('creditShares', {
      description: '联合计分：各单位的计分比例（无则整体计入 creditUnit）',
      query: { orderBy: { share: 'desc' } },
    }),
    owner: t.relation('owner', { nullable: true }),
    followers: t.field({
      type: [UserNode],
      description: '协助跟进的人员（可查看人才完整联系方式）',
      select: (_args, _context, nested) => ({ followers: { select: { user: nested(true) } } }),
      resolve: (project) => project.followers.map((follower) => follower.user),
    }),
    lastActivity: t.relation('lastActivity', { nullable: true, description: '最近一次跟踪记录' }),
    activities: t.relation('activities', {
      args: { last: t.arg.int({ required: false }) },
      query: (args) => ({
        orderBy: { occurredAt: 'desc' },
        take: Math.min(args.last ?? 50, 100),
      }),
    }),
    stageChanges: t.relation('stageChanges', { description: '阶段与状态变更历史', query: { orderBy: { at: 'asc' } } }),
    supportRequests: t.relation('supportRequests', {
      description: '该项目的落地服务诉求，新的在前（至多 20 条）；全部见 Query.supportRequests',
      query: { orderBy: { id: 'desc' }, take: workingSetLimits.supportRequestsPerProject },
    }),
    signing: t.relation('signing', { nullable: true }),
    landing: t.relation('landing', { nullable: true }),
    deadlines: t.field({
      type: [DeadlineRef],
      description: '未到期或已超期的响应时限（首次接洽、研判、答复推荐人、下次跟进）',
      select: clockFacts,
      resolve: async (project, _args, context) =>
        openDeadlines(project, await clockSettings(context), await workingCalendar(context)),
    }),
    light: t.field({
      type: LightEnum,
      description: '三色灯：红＝已超期，黄＝即将到期，绿＝正常',
      select: clockFacts,
      resolve: async (project, _args, context) => {
        const settings = await clockSettings(context)
        return lightOf(openDeadlines(project, settings, await workingCalendar(context)), new Date(), settings)
      },
    }),
  }),
})

builder.queryField('projects', (t) =>
  t.prismaConnection(
    {
      type: 'Project',
      cursor: 'id',
      description: '我能看到的项目，最新的在前；可按单位、阶段、状态、人才类别、产业、来源、负责人、日期和关键词筛选',
      authScopes: { signedIn: true },
      maxSize: 100,
      defaultSize: 20,
      args: projectFilterArgs(t),
      resolve: (query, _root, args, context) =>
        context.prisma.project.findMany({
          ...query,
          relationLoadStrategy: 'join',
          where: projectWhere(args),
          orderBy: { id: 'desc' },
        }),
    },
    { name: 'ProjectConnection' },
    { name: 'ProjectEdge' },
  ),
)

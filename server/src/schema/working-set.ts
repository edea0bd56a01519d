// The working set a phone keeps readable offline (domain/working-set.ts): which projects are in it, which
// changed since the phone's last refresh, and the projects themselves a page at a time, with the selection
// of the project screen. Everything is read under the reader's scope: the set reaches nothing the
// projects list would not.
import type { Prisma } from '../generated/prisma/client.ts'
import { builder } from '../builder.ts'
import { DomainError } from '../domain/errors.ts'
import { followUpRange } from '../domain/follow-up.ts'
import { changedSinceMargin, chooseWorkingSet, workingSetLimits } from '../domain/working-set.ts'
import { requireUser } from '../write/run-write.ts'
import { notWithdrawnLead } from './project/project-filters.ts'

interface WorkingSetAnswer {
  projectIds: string[]
  changedProjectIds: string[]
  asOf: Date
  truncated: boolean
}

const WorkingSetRef = builder.objectRef<WorkingSetAnswer>('WorkingSet').implement({
  description: '本机离线保存的项目：我负责或协助跟进的，和本单位本周到期跟进的',
  authScopes: { signedIn: true },
  fields: (t) => ({
    projectIds: t.exposeStringList('projectIds', { description: '工作集中的项目编号（UUID），重要的在前' }),
    changedProjectIds: t.exposeStringList('changedProjectIds', {
      description: '自 changedSince 以来有变化的项目编号（未给 changedSince 时为全部）',
    }),
    asOf: t.expose('asOf', { type: 'DateTime', description: '下次刷新时作为 changedSince 传回' }),
    truncated: t.exposeBoolean('truncated', { description: '超出上限，已略去最不重要的项目' }),
    limit: t.int({ description: '工作集的项目上限', resolve: () => workingSetLimits.projects }),
  }),
})

const candidateColumns = {
  id: true,
  status: true,
  lastActivityAt: true,
  updatedAt: true,
  nextFollowUpAt: true,
} as const

/** The order `chooseWorkingSet` keeps them in, so that the SQL's cut agrees with it. */
const mineOrder: Prisma.ProjectOrderByWithRelationInput[] = [
  { status: 'asc' },
  { lastActivityAt: { sort: 'desc', nulls: 'last' } },
  { updatedAt: 'desc' },
  { id: 'asc' },
]

/** A project changed when it, its talent, a follow-up, a stage change or a support request was written. */
function changedAfter(since: Date): Prisma.ProjectWhereInput {
  return {
    OR: [
      { updatedAt: { gt: since } },
      { talent: { updatedAt: { gt: since } } },
      { activities: { some: { updatedAt: { gt: since } } } },
      { stageChanges: { some: { at: { gt: since } } } },
      { supportRequests: { some: { updatedAt: { gt: since } } } },
    ],
  }
}

builder.queryField('workingSet', (t) =>
  t.field({
    type: WorkingSetRef,
    description:
      '本机应离线保存的项目（至多 300 个）：我负责或协助跟进的，和本单位本周内（含已超期）到期跟进的；' +
      '给 changedSince 时只列出此后有变化的',
    authScopes: { signedIn: true },
    args: { changedSince: t.arg({ type: 'DateTime', required: false }) },
    resolve: async (_root, args, context) => {
      const user = requireUser(context)
      const now = new Date()
      const take = workingSetLimits.projects + 1
      const mine = await context.prisma.project.findMany({
        where: { OR: [{ ownerId: user.id }, { followers: { some: { userId: user.id } } }] },
        select: candidateColumns,
        orderBy: mineOrder,
        take,
      })
      const due = user.unitId
        ? await context.prisma.project.findMany({
            where: {
              unitId: user.unitId,
              status: 'ACTIVE',
              ...notWithdrawnLead,
              nextFollowUpAt: { lt: followUpRange('THIS_WEEK', now).to },
            },
            select: candidateColumns,
            orderBy: [{ nextFollowUpAt: 'asc' }, { id: 'asc' }],
            take,
          })
        : []
      const { ids, truncated } = chooseWorkingSet([
        ...mine.map((project) => ({ ...project, mine: true })),
        ...due.map((project) => ({ ...project, mine: false })),
      ])
      const since = args.changedSince
      const changed =
        since && ids.length
          ? (
              await context.prisma.project.findMany({
                where: { id: { in: ids }, ...changedAfter(since) },
                select: { id: true },
              })
            ).map((project) => project.id)
          : ids
      const order = new Map(ids.map((id, index) => [id, index]))
      return {
        projectIds: ids,
        changedProjectIds: changed.sort((a, b) => order.get(a)! - order.get(b)!),
        asOf: new Date(now.getTime() - changedSinceMargin),
        truncated,
      }
    },
  }),
)

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

builder.queryField('workingSetProjects', (t) =>
  t.prismaField({
    type: ['Project'],
    description: '按编号取项目（一次至多 25 个），供本机离线保存；看不到的编号不返回',
    authScopes: { signedIn: true },
    args: { ids: t.arg.stringList({ required: true, description: '项目编号（UUID）' }) },
    resolve: (query, _root, args, context) => {
      const limit = workingSetLimits.projectsPerRequest
      if (args.ids.length > limit)
        throw DomainError.badInput([{ field: 'ids', message: `每页最多 ${limit} 条（ids 为 ${args.ids.length}）` }])
      return context.prisma.project.findMany({
        ...query,
        relationLoadStrategy: 'join',
        where: { id: { in: args.ids.filter((id) => uuidShape.test(id)) } },
        orderBy: { id: 'asc' },
      })
    },
  }),
)

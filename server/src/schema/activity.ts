import { builder } from '../builder.ts'
import { canWriteProject } from '../auth/visibility.ts'
import { DomainError } from '../domain/errors.ts'
import { changedFields } from '../domain/diff.ts'
import { contactKinds, followUpRange, parseActivity } from '../domain/follow-up.ts'
import { runWrite, requireUser } from '../write/run-write.ts'
import { updateIfVersion } from '../write/versioned.ts'
import type { Transaction } from '../write/apply-once.ts'
import { ActivityKindEnum } from './enums.ts'
import { notWithdrawnLead } from './project/project-filters.ts'

export const ActivityNode = builder.prismaNode('Activity', {
  select: { id: true },
  id: { field: 'id' },
  authScopes: { signedIn: true },
  fields: (t) => ({
    uuid: t.exposeString('id'),
    kind: t.expose('kind', { type: ActivityKindEnum }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    summary: t.exposeString('summary'),
    nextStep: t.exposeString('nextStep', { nullable: true }),
    nextFollowUpAt: t.expose('nextFollowUpAt', { type: 'DateTime', nullable: true }),
    participants: t.exposeString('participants', { nullable: true }),
    location: t.exposeString('location', { nullable: true }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    author: t.relation('author'),
    project: t.relation('project'),
    editable: t.boolean({
      description: '只有记录人可以修改',
      select: { authorId: true },
      resolve: (activity, _args, context) => activity.authorId === context.user?.id,
    }),
  }),
})

const activityFields = (t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]) => ({
  kind: t.field({ type: ActivityKindEnum }),
  occurredAt: t.field({ type: 'DateTime' }),
  summary: t.string(),
  nextStep: t.string(),
  nextFollowUpAt: t.field({ type: 'DateTime' }),
  participants: t.string(),
  location: t.string(),
})

const LogActivityInput = builder.inputType('LogActivityInput', {
  description: '记一条跟踪记录；编号由客户端生成',
  // Required as parseActivity('log') requires them; an edit changes only what it names.
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    id: t.string({ required: true }),
    projectId: t.string({ required: true }),
    ...activityFields(t),
    kind: t.field({ type: ActivityKindEnum, required: true }),
    occurredAt: t.field({ type: 'DateTime', required: true }),
    summary: t.string({ required: true }),
  }),
})
const EditActivityInput = builder.inputType('EditActivityInput', {
  description: '修改自己的跟踪记录；version 为所依据的版本号',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    id: t.string({ required: true }),
    version: t.int({ required: true }),
    ...activityFields(t),
  }),
})

/**
 * The project's first contact is its earliest contact-kind activity, once set never moved. Its newest activity,
 * last activity time and next follow-up date are kept by the database (project_follow_newest_activity).
 */
async function refreshFirstContact(tx: Transaction, projectId: string, known?: { firstContactedAt: Date | null }) {
  const project =
    known ?? (await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { firstContactedAt: true } }))
  if (project.firstContactedAt) return
  const firstContact = await tx.activity.findFirst({
    where: { projectId, kind: { in: [...contactKinds] } },
    orderBy: { occurredAt: 'asc' },
    select: { occurredAt: true },
  })
  // Derived facts, not the user's edit: no version bump, so an edit in flight on the project still applies.
  if (firstContact)
    await tx.project.update({ where: { id: projectId }, data: { firstContactedAt: firstContact.occurredAt } })
}

builder.mutationField('logActivity', (t) =>
  t.prismaField({
    type: 'Activity',
    description: '记一条跟踪记录，并更新项目的最近跟踪与下次跟进时间',
    authScopes: { role: ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'] },
    args: { input: t.arg({ type: LogActivityInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, projectId, ...fields } = parseActivity('log', args.input)
      const id = await runWrite(
        context,
        { clientMutationId, operation: 'logActivity', entity: 'Activity', recordId: fields.id },
        async (tx, user) => {
          const project = await tx.project.findFirst({
            where: { id: projectId },
            include: { followers: true },
          })
          if (!project) throw DomainError.notFound('项目')
          if (!canWriteProject(user, project))
            throw DomainError.forbidden('只有项目负责人、协助跟进人员和单位负责人可以记录跟踪')
          const activity = await tx.activity.create({ data: { ...fields, projectId, authorId: user.id } })
          await refreshFirstContact(tx, projectId, project)
          return { id: activity.id, changes: changedFields({}, { ...fields, projectId }) }
        },
      )
      return context.prisma.activity.findUniqueOrThrow({ ...query, where: { id } })
    },
  }),
)

builder.mutationField('editActivity', (t) =>
  t.prismaField({
    type: 'Activity',
    description: '修改自己记录的跟踪记录',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: EditActivityInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, id, version, ...fields } = parseActivity('edit', args.input)
      const spec = { clientMutationId, operation: 'editActivity', entity: 'Activity', recordId: id }
      await runWrite(context, spec, async (tx, user) => {
        const current = await tx.activity.findFirst({ where: { id } })
        if (!current) throw DomainError.notFound('跟踪记录')
        if (current.authorId !== user.id) throw DomainError.forbidden('只能修改自己记录的跟踪')
        await updateIfVersion(
          '跟踪记录',
          current,
          version,
          (where) => tx.activity.updateMany({ where, data: { ...fields, version: { increment: 1 } } }),
          () => tx.activity.findUnique({ where: { id } }),
        )
        await refreshFirstContact(tx, current.projectId)
        return { id, changes: changedFields(current, fields) }
      })
      return context.prisma.activity.findUniqueOrThrow({ ...query, where: { id } })
    },
  }),
)

const FollowUpWindowEnum = builder.enumType('FollowUpWindow', {
  values: {
    OVERDUE: { description: '已超期' },
    TODAY: { description: '今天' },
    THIS_WEEK: { description: '本周' },
  } as const,
})

builder.queryField('myFollowUps', (t) =>
  t.prismaField({
    type: ['Project'],
    description: '我负责或协助跟进的项目中，下次跟进时间落在所选时段的（按时间先后）',
    authScopes: { signedIn: true },
    args: { window: t.arg({ type: FollowUpWindowEnum, required: true }) },
    resolve: (query, _root, args, context) => {
      const user = requireUser(context)
      const { from, to } = followUpRange(args.window, new Date())
      return context.prisma.project.findMany({
        ...query,
        relationLoadStrategy: 'join',
        where: {
          OR: [{ ownerId: user.id }, { followers: { some: { userId: user.id } } }],
          ...notWithdrawnLead,
          status: 'ACTIVE',
          nextFollowUpAt: { ...(from ? { gte: from } : {}), lt: to },
        },
        orderBy: [{ nextFollowUpAt: 'asc' }, { id: 'asc' }],
        take: 200,
      })
    },
  }),
)

// The inbox (通知) as read and marked: each user's notices, newest first, the unread count the shell's bell
// shows, and marking read (some, or all up to a moment). Notices are made by the writes that cause them
// (notify.ts); the read rule (read-rules.ts) shows each to its recipient while they can read its subject.
// Every query here names its reader too (`mine`): ADMIN, whom no other rule filters, reads through the plain
// client (read-rules.ts, recipientOnly).
import { z } from 'zod'
import { encodeGlobalID } from '@pothos/plugin-relay'
import { builder } from '../../builder.ts'
import type { Context } from '../../context.ts'
import { noticeText, type NoticeParams, type NoticeSubject } from '../../domain/notice.ts'
import { parseInput, uuid } from '../../domain/parse.ts'
import { contextLocale } from '../../locale/locale.ts'
import { requireUser, runWrite } from '../../write/run-write.ts'
import { NoticeKindEnum } from '../enums.ts'
import { linkOf } from './notify.ts'

const SubjectRef = builder.objectRef<NoticeSubject>('NoticeSubject').implement({
  description: '通知所指的对象：用其 Node 编号与类型打开对应页面',
  authScopes: { signedIn: true },
  fields: (t) => ({
    id: t.id({ description: '对象的 Node 编号', resolve: (subject) => encodeGlobalID(subject.type, subject.id) }),
    uuid: t.exposeString('id'),
    typename: t.string({ description: 'Project、SupportRequest 或 Report', resolve: (subject) => subject.type }),
  }),
})

const mine = (context: Context) => ({ userId: requireUser(context).id })

const words = (notice: { kind: Parameters<typeof noticeText>[0]; params: unknown }, context: Context) =>
  noticeText(notice.kind, notice.params as NoticeParams, contextLocale(context))

export const NoticeNode = builder.prismaNode('Notice', {
  select: { id: true },
  id: { field: 'id' },
  // node(id) too finds only the reader's own (ADMIN's client filters no notice).
  findUnique: (id, context) => ({ id, userId: context.user?.id ?? '' }),
  authScopes: { signedIn: true },
  fields: (t) => ({
    uuid: t.exposeString('id'),
    kind: t.expose('kind', { type: NoticeKindEnum }),
    title: t.string({
      description: '标题（按读者的语言）',
      select: { kind: true, params: true },
      resolve: (notice, _args, context) => words(notice, context).title,
    }),
    body: t.string({
      select: { kind: true, params: true },
      resolve: (notice, _args, context) => words(notice, context).body,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
    subject: t.field({
      type: SubjectRef,
      nullable: true,
      description: '点开通知打开的对象；账号锁定等通知为空',
      select: { projectId: true, supportRequestId: true, reportId: true },
      resolve: (notice) => linkOf(notice),
    }),
  }),
})

const NoticeConnection = builder.connectionObject(
  { type: NoticeNode, name: 'NoticeConnection' },
  { name: 'NoticeEdge' },
)

builder.queryField('notices', (t) =>
  t.prismaConnection(
    {
      type: 'Notice',
      cursor: 'id',
      description: '我的通知，新的在前（只显示我仍能查看其对象的通知）',
      authScopes: { signedIn: true },
      maxSize: 100,
      defaultSize: 20,
      args: { unreadOnly: t.arg.boolean({ required: false }) },
      resolve: (query, _root, args, context) =>
        context.prisma.notice.findMany({
          ...query,
          where: { ...mine(context), ...(args.unreadOnly ? { readAt: null } : {}) },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    },
    NoticeConnection,
  ),
)

const unreadCount = (context: Context) => context.prisma.notice.count({ where: { ...mine(context), readAt: null } })

builder.queryField('unreadNoticeCount', (t) =>
  t.int({
    description: '我的未读通知数（铃铛上的数字）',
    authScopes: { signedIn: true },
    resolve: (_root, _args, context) => unreadCount(context),
  }),
)

interface ReadAnswer {
  clientMutationId: string
  ids: string[]
}

const NoticesReadRef = builder.objectRef<ReadAnswer>('NoticesReadPayload').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    clientMutationId: t.exposeString('clientMutationId'),
    notices: t.prismaField({
      type: ['Notice'],
      description: '已标为已读的通知（当前状态）',
      resolve: (query, answer, _args, context) =>
        context.prisma.notice.findMany({
          ...query,
          where: { ...mine(context), id: { in: answer.ids } },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    }),
    unreadNoticeCount: t.int({ resolve: (_answer, _args, context) => unreadCount(context) }),
  }),
})

const MarkNoticesReadInput = builder.inputType('MarkNoticesReadInput', {
  description: '把几条通知标为已读；已读的不变，重放同一操作不重复记录',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    ids: t.stringList({ required: true, description: '通知编号（UUID），至多 100 条' }),
  }),
})

const MarkAllNoticesReadInput = builder.inputType('MarkAllNoticesReadInput', {
  description: '把截至某一时刻（手机上看到的最新一条）的全部通知标为已读；之后新到的仍为未读',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    before: t.field({ type: 'DateTime', required: true }),
  }),
})

const markArgs = z.object({
  clientMutationId: uuid('操作编号'),
  ids: z.array(uuid('通知编号')).max(100, '一次至多标记 100 条通知'),
})
const markAllArgs = z.object({ clientMutationId: uuid('操作编号'), before: z.date() })

/** The newest notices marked by "all read", as far as the inbox's first pages show them. */
const shownAfterMarkingAll = 100

builder.mutationField('markNoticesRead', (t) =>
  t.field({
    type: NoticesReadRef,
    description: '标为已读',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: MarkNoticesReadInput, required: true }) },
    resolve: async (_root, args, context) => {
      const { clientMutationId, ids } = parseInput(markArgs, args.input)
      await runWrite(
        context,
        { clientMutationId, operation: 'markNoticesRead', entity: 'Notice' },
        async (tx, user) => {
          // The reader's own, readable notices only (the request's client ANDs the read rule into the update).
          const marked = await tx.notice.updateManyAndReturn({
            where: { userId: user.id, id: { in: ids }, readAt: null },
            data: { readAt: new Date() },
            select: { id: true },
          })
          return { id: user.id, changes: { after: { read: marked.map((notice) => notice.id) } } }
        },
      )
      return { clientMutationId, ids }
    },
  }),
)

builder.mutationField('markAllNoticesRead', (t) =>
  t.field({
    type: NoticesReadRef,
    description: '全部已读（截至 before）',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: MarkAllNoticesReadInput, required: true }) },
    resolve: async (_root, args, context) => {
      const { clientMutationId, before } = parseInput(markAllArgs, args.input)
      await runWrite(
        context,
        { clientMutationId, operation: 'markAllNoticesRead', entity: 'Notice' },
        async (tx, user) => {
          const marked = await tx.notice.updateMany({
            where: { userId: user.id, readAt: null, createdAt: { lte: before } },
            data: { readAt: new Date() },
          })
          return { id: user.id, changes: { after: { read: marked.count, before: before.toISOString() } } }
        },
      )
      const shown = await context.prisma.notice.findMany({
        where: { ...mine(context), createdAt: { lte: before } },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: shownAfterMarkingAll,
        select: { id: true },
      })
      return { clientMutationId, ids: shown.map((notice) => notice.id) }
    },
  }),
)

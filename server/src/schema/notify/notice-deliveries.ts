// 通知发送记录: every notice on its way out, for the office — failures first, then the waiting, then the sent —
// with the attempts, the last error and the next try; and "retry now" for one.
import { builder } from '../../builder.ts'
import { DomainError } from '../../domain/errors.ts'
import { parseInput, uuid } from '../../domain/parse.ts'
import { runWrite } from '../../write/run-write.ts'
import { z } from 'zod'
import { DeliveryStatusEnum, NoticeChannelEnum, NoticeKindEnum } from '../enums.ts'

builder.prismaObject('NoticeDelivery', {
  authScopes: { role: ['ADMIN'] },
  description: '一条通知经一个渠道的发送',
  fields: (t) => ({
    uuid: t.exposeString('id'),
    noticeId: t.exposeString('noticeId'),
    channel: t.expose('channel', { type: NoticeChannelEnum }),
    kind: t.expose('kind', { type: NoticeKindEnum }),
    title: t.exposeString('title'),
    status: t.expose('status', { type: DeliveryStatusEnum }),
    attempts: t.exposeInt('attempts', { description: '已尝试次数' }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', description: '下次尝试（待发送时）' }),
    lastAttemptAt: t.expose('lastAttemptAt', { type: 'DateTime', nullable: true }),
    lastStatus: t.exposeInt('lastStatus', { nullable: true, description: '对方最后一次的 HTTP 状态码' }),
    lastError: t.exposeString('lastError', { nullable: true }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    recipient: t.relation('user'),
  }),
})

const NoticeDeliveryFilter = builder.inputType('NoticeDeliveryFilter', {
  fields: (t) => ({
    status: t.field({ type: DeliveryStatusEnum }),
    channel: t.field({ type: NoticeChannelEnum }),
  }),
})

// The enum is declared FAILED, PENDING, SENT: ascending puts failures first.
const failuresFirst = [{ status: 'asc' as const }, { createdAt: 'desc' as const }, { id: 'desc' as const }]

builder.queryField('noticeDeliveries', (t) =>
  t.prismaConnection({
    type: 'NoticeDelivery',
    cursor: 'id',
    description: '通知发送记录（仅人才办）：失败的在前，其次待发送，再次已发送',
    authScopes: { role: ['ADMIN'] },
    maxSize: 100,
    defaultSize: 30,
    args: { filter: t.arg({ type: NoticeDeliveryFilter, required: false }) },
    resolve: (query, _root, args, context) =>
      context.prisma.noticeDelivery.findMany({
        ...query,
        where: { status: args.filter?.status ?? undefined, channel: args.filter?.channel ?? undefined },
        orderBy: failuresFirst,
      }),
  }),
)

const RetryNoticeDeliveryInput = builder.inputType('RetryNoticeDeliveryInput', {
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    id: t.string({ required: true, description: '发送记录编号（uuid）' }),
  }),
})

const retryInput = z.object({ clientMutationId: uuid('操作编号'), id: uuid('发送记录编号') })

builder.mutationField('retryNoticeDelivery', (t) =>
  t.prismaField({
    type: 'NoticeDelivery',
    description: '立即重试一条未发出的通知（仅人才办）：一分钟内由发送任务送出',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: RetryNoticeDeliveryInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, id } = parseInput(retryInput, args.input)
      await runWrite(
        context,
        { clientMutationId, operation: 'retryNoticeDelivery', entity: 'NoticeDelivery', recordId: id },
        async (tx) => {
          const now = new Date()
          const { count } = await tx.noticeDelivery.updateMany({
            where: { id, status: { not: 'SENT' } },
            data: { status: 'PENDING', nextAttemptAt: now },
          })
          if (count === 0) {
            const sent = await tx.noticeDelivery.findUnique({ where: { id }, select: { id: true } })
            if (!sent) throw DomainError.notFound('发送记录')
            throw new DomainError('CONFLICT', '该通知已发出，无需重试')
          }
          return { id, changes: { after: { status: 'PENDING', nextAttemptAt: now.toISOString() } } }
        },
      )
      return context.prisma.noticeDelivery.findUniqueOrThrow({ ...query, where: { id } })
    },
  }),
)

// Read receipts for issued reports (月报、季督、半年过堂、通报): each unit's head receives every report issued,
// the office sees who has opened it and when, and reminds those who have not. A receipt is opened once: the
// first time counts, and a head reading it again changes nothing.
import { z } from 'zod'
import { builder } from '../../builder.ts'
import { DomainError } from '../../domain/errors.ts'
import { parseInput, uuid } from '../../domain/parse.ts'
import type { Transaction } from '../../write/apply-once.ts'
import { runWrite } from '../../write/run-write.ts'
import { noticeReportReminder } from '../notice/report-notices.ts'

/** The office issues and reminds; leaders read the same follow-through. */
const followers = ['ADMIN', 'LEADER'] as const

/** No user has this id: a signed-out reader's receipt. */
const nobody = '00000000-0000-0000-0000-000000000000'

export interface ReportRecipient {
  userId: string
  unitId: string
}

/**
 * Sends `reportId` to its readers: the head (UNIT_LEADER) of every unit still working, or of the report's own
 * unit when it concerns one. Called by the write that issues the report, in its transaction.
 */
export async function addressReport(
  tx: Transaction,
  report: { id: string; unitId: string | null },
): Promise<ReportRecipient[]> {
  const heads = await tx.user.findMany({
    where: {
      role: 'UNIT_LEADER',
      active: true,
      unit: { retiredAt: null, ...(report.unitId ? { id: report.unitId } : {}) },
    },
    select: { id: true, unitId: true },
    orderBy: { id: 'asc' },
  })
  const recipients = heads.map((head) => ({ userId: head.id, unitId: head.unitId }))
  await tx.reportReceipt.createMany({
    data: recipients.map((recipient) => ({ reportId: report.id, ...recipient })),
    skipDuplicates: true,
  })
  return recipients
}

const ReportReceiptRef = builder.prismaObject('ReportReceipt', {
  authScopes: { signedIn: true },
  description: '报告的送达与阅读情况（每个单位的一把手）',
  fields: (t) => ({
    reader: t.relation('user', { description: '接收人' }),
    unit: t.relation('unit', { description: '接收时所在单位' }),
    openedAt: t.expose('openedAt', { type: 'DateTime', nullable: true, description: '首次打开的时间；空为未读' }),
    remindedAt: t.expose('remindedAt', { type: 'DateTime', nullable: true, description: '最近一次提醒的时间' }),
    reminders: t.exposeInt('reminders', { description: '已提醒次数' }),
  }),
})

builder.prismaObjectFields('Report', (t) => ({
  receipts: t.relation('receipts', {
    description: '各单位一把手的阅读情况，未读的在前（人才办、县领导）',
    authScopes: { role: [...followers] },
    query: { orderBy: [{ openedAt: { sort: 'asc', nulls: 'first' } }, { unitId: 'asc' }] },
  }),
  myReceipt: t.field({
    type: ReportReceiptRef,
    nullable: true,
    description: '发给我的这份报告的阅读记录；不是发给我的为空',
    select: (_args, context, nestedSelection) => ({
      receipts: nestedSelection({ where: { userId: context.user?.id ?? nobody }, take: 1 }),
    }),
    resolve: (report) => report.receipts[0] ?? null,
  }),
}))

const receiptInput = builder.inputType('ReportReceiptInput', {
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    reportId: t.string({ required: true, description: '报告编号（uuid）' }),
  }),
})
const receiptArgs = z.object({ clientMutationId: uuid('操作编号'), reportId: uuid('报告') })

builder.mutationField('markReportOpened', (t) =>
  t.prismaField({
    type: 'Report',
    description: '记下我已打开这份报告（只记第一次）',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: receiptInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(receiptArgs, args.input)
      await runWrite(
        context,
        {
          clientMutationId: input.clientMutationId,
          operation: 'markReportOpened',
          entity: 'Report',
          recordId: input.reportId,
        },
        async (tx, user) => {
          const receipt = await tx.reportReceipt.findUnique({
            where: { reportId_userId: { reportId: input.reportId, userId: user.id } },
            select: { openedAt: true },
          })
          if (!receipt) throw DomainError.notFound('发给你的报告')
          if (receipt.openedAt) return { id: input.reportId }
          const openedAt = new Date()
          await tx.reportReceipt.updateMany({
            where: { reportId: input.reportId, userId: user.id, openedAt: null },
            data: { openedAt },
          })
          return { id: input.reportId, changes: { after: { openedAt: openedAt.toISOString() } } }
        },
      )
      return context.prisma.report.findUniqueOrThrow({ ...query, where: { id: input.reportId } })
    },
  }),
)

builder.mutationField('remindReportReaders', (t) =>
  t.prismaField({
    type: 'Report',
    description: '提醒还没有打开这份报告的一把手（仅人才办）',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: receiptInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(receiptArgs, args.input)
      await runWrite(
        context,
        {
          clientMutationId: input.clientMutationId,
          operation: 'remindReportReaders',
          entity: 'Report',
          recordId: input.reportId,
        },
        async (tx, user) => {
          const unread = await tx.reportReceipt.findMany({
            where: { reportId: input.reportId, openedAt: null },
            select: { userId: true, reminders: true, report: { select: { title: true } } },
          })
          if (unread.length === 0) {
            const report = await tx.report.count({ where: { id: input.reportId } })
            if (report === 0) throw DomainError.notFound('报告')
            throw new DomainError('CONFLICT', '接收人都已打开这份报告，无需提醒')
          }
          await tx.reportReceipt.updateMany({
            where: { reportId: input.reportId, openedAt: null },
            data: { remindedAt: new Date(), reminders: { increment: 1 } },
          })
          const report = { id: input.reportId, title: unread[0]!.report.title }
          const rounds = unread.map((reader) => ({ userId: reader.userId, round: reader.reminders + 1 }))
          await noticeReportReminder(tx, user, report, rounds)
          return { id: input.reportId, changes: { after: { reminded: unread.map((reader) => reader.userId) } } }
        },
      )
      return context.prisma.report.findUniqueOrThrow({ ...query, where: { id: input.reportId } })
    },
  }),
)

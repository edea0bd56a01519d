// 答复推荐人: the staff tell the referrer what became of the lead, and say so here; that closes the
// REFERRER_ANSWER clock. Not versioned: it changes no field anyone else edits, so a phone may queue it offline
// next to an edit of the same project without the two refusing each other.
import { z } from 'zod'
import { builder } from '../../builder.ts'
import { DomainError } from '../../domain/errors.ts'
import { optionalText, parseInput, uuid } from '../../domain/parse.ts'
import { runWrite } from '../../write/run-write.ts'
import { loadProjectForWrite } from './project-access.ts'

const referrerAnswerInput = z.object({
  clientMutationId: uuid('操作编号'),
  id: uuid('项目编号'),
  answeredAt: z.date({ message: '答复时间不正确' }).optional().nullable(),
  note: optionalText(500, '答复内容'),
})

const RecordReferrerAnswerInput = builder.inputType('RecordReferrerAnswerInput', {
  description: '记录已答复推荐人（关闭“答复推荐人”时限）',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    id: t.string({ required: true, description: '项目编号（UUID）' }),
    answeredAt: t.field({ type: 'DateTime', description: '答复时间；不填为现在' }),
    note: t.string({ description: '答复了什么' }),
  }),
})

builder.mutationField('recordReferrerAnswer', (t) =>
  t.prismaField({
    type: 'Project',
    description: '记录已答复推荐人；项目须有推荐人，每个项目记录一次',
    authScopes: { role: ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'] },
    args: { input: t.arg({ type: RecordReferrerAnswerInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, id, answeredAt, note } = parseInput(referrerAnswerInput, args.input)
      await runWrite(
        context,
        { clientMutationId, operation: 'recordReferrerAnswer', entity: 'Project', recordId: id },
        async (tx, user) => {
          const project = await loadProjectForWrite(tx, user, id)
          if (!project.referrer) throw new DomainError('CONFLICT', '该项目没有推荐人，无需答复')
          const now = new Date()
          const at = answeredAt ?? now
          if (at.getTime() > now.getTime() + 5 * 60_000)
            throw DomainError.badInput([{ field: 'answeredAt', message: '答复时间不能晚于现在' }])
          if (at < project.createdAt)
            throw DomainError.badInput([{ field: 'answeredAt', message: '答复时间不能早于立项时间' }])
          // Once only: the filter makes a second answer, even one racing this, change nothing.
          const { count } = await tx.project.updateMany({
            where: { id, referrerAnsweredAt: null },
            data: { referrerAnsweredAt: at, referrerAnswerNote: note ?? null },
          })
          if (count === 0) throw new DomainError('CONFLICT', '已记录过答复推荐人')
          return { id, changes: { after: { referrerAnsweredAt: at.toISOString(), referrerAnswerNote: note ?? null } } }
        },
      )
      const project = await context.prisma.project.findFirst({ ...query, where: { id } })
      if (!project) throw DomainError.notFound('项目')
      return project
    },
  }),
)

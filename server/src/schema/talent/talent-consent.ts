// A talent withdraws consent to the use of their personal data (PIPL). Whoever may edit the talent records it
// (the talent tells whoever is in touch: the following unit's people, or the office); from then on the
// contact data is masked for everyone, the office included, revealContact refuses, and the talent's
// projects stop showing as leads. It is not undone here: a new consent is a new record of consent.
import { z } from 'zod'
import { builder } from '../../builder.ts'
import { canRevealContact } from '../../auth/visibility.ts'
import { DomainError } from '../../domain/errors.ts'
import { parseInput, reason, uuid } from '../../domain/parse.ts'
import { runWrite } from '../../write/run-write.ts'
import { contactProjects } from './talent.ts'

const withdrawInput = z.object({
  clientMutationId: uuid('操作编号'),
  talentId: uuid('人才编号'),
  note: reason('撤回说明'),
})

const WithdrawConsentInput = builder.inputType('WithdrawConsentInput', {
  description: '记录人才撤回个人信息使用同意（说明何时、如何撤回）',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    talentId: t.string({ required: true }),
    note: t.string({ required: true }),
  }),
})

builder.mutationField('withdrawConsent', (t) =>
  t.prismaField({
    type: 'Talent',
    description: '记录人才撤回同意：此后联系方式对所有人掩码、不能查看，其项目不再作为线索列出（记入审计日志）',
    authScopes: { role: ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'] },
    args: { input: t.arg({ type: WithdrawConsentInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, talentId, note } = parseInput(withdrawInput, args.input)
      const spec = { clientMutationId, operation: 'withdrawConsent', entity: 'Talent', recordId: talentId }
      await runWrite(context, spec, async (tx, user) => {
        const talent = await tx.talent.findFirst({ where: { id: talentId }, include: contactProjects })
        if (!talent) throw DomainError.notFound('人才')
        if (!canRevealContact(user, talent)) throw DomainError.forbidden('只有跟进该人才的单位或人才办可以记录撤回同意')
        if (talent.consentWithdrawnAt) throw new DomainError('CONFLICT', '该人才已撤回同意，无需重复记录')
        const at = new Date()
        // Filtered on the column itself: of two withdrawals at once, one records it, the other is told.
        const { count } = await tx.talent.updateMany({
          where: { id: talentId, consentWithdrawnAt: null },
          data: { consentWithdrawnAt: at, version: { increment: 1 } },
        })
        if (count !== 1) throw new DomainError('CONFLICT', '该人才已撤回同意，无需重复记录')
        return {
          id: talentId,
          changes: { before: { consentWithdrawnAt: null }, after: { consentWithdrawnAt: at.toISOString() } },
          reason: note,
        }
      })
      return context.prisma.talent.findFirstOrThrow({ ...query, where: { id: talentId } })
    },
  }),
)

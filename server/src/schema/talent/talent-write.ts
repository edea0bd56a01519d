import { builder } from '../../builder.ts'
import { canRevealContact } from '../../auth/visibility.ts'
import { DomainError } from '../../domain/errors.ts'
import { changedFields } from '../../domain/diff.ts'
import { maskName } from '../../domain/masking.ts'
import { displayPhone } from '@talent/rules/phone'
import { parseInput, reason as reasonText, uuid } from '../../domain/parse.ts'
import { consentRecord, mayChangeTalentClass, parseCreateTalent, parseUpdateTalent } from '../../domain/talent.ts'
import { z } from 'zod'
import { runWrite, requireUser } from '../../write/run-write.ts'
import { updateIfVersion } from '../../write/versioned.ts'
import { audit } from '../../write/audit.ts'
import { findTalentMatches, refuseIfPhoneClaimed, type TalentMatch } from './talent-matches.ts'
import { contactProjects } from './talent.ts'
import { TalentInputs } from './talent-inputs.ts'

const unitStaff = ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'] as const
const classForbidden = () => DomainError.forbidden('人才类别由人才办认定，其他人不能修改')

const TalentMatchRef = builder.objectRef<TalentMatch & { reachable: boolean }>('TalentMatch').implement({
  description: '可能重复的人才：同一手机号，或同名且同单位',
  authScopes: { signedIn: true },
  fields: (t) => ({
    talentId: t.string({
      nullable: true,
      description: '我能查看时才给出编号',
      resolve: (match) => (match.reachable ? match.talentId : null),
    }),
    name: t.string({
      description: '无权查看时只显示姓氏',
      resolve: (match) => (match.reachable ? match.name : maskName(match.name)),
    }),
    employer: t.exposeString('employer', { nullable: true }),
    reason: t.exposeString('reason'),
    followedBy: t.stringList({
      description: '正在跟进该人才的单位',
      resolve: (match) => match.followedBy.map((unit) => unit.name),
    }),
  }),
})

async function matchesFor(
  context: Parameters<typeof requireUser>[0],
  candidate: { name: string; phone: string | null; employer: string | null },
  excludeId?: string,
) {
  requireUser(context)
  const matches = await findTalentMatches(context.prisma, candidate, excludeId)
  const reachable = new Set(
    (
      await context.prisma.talent.findMany({
        where: { id: { in: matches.map((m) => m.talentId) } },
        select: { id: true },
      })
    ).map((row) => row.id),
  )
  return matches.map((match) => ({ ...match, reachable: reachable.has(match.talentId) }))
}

builder.queryField('possibleDuplicateTalents', (t) =>
  t.field({
    type: [TalentMatchRef],
    description: '登记前查重：同一手机号，或同名且同单位的人才，以及正在跟进的单位',
    authScopes: { role: [...unitStaff] },
    args: { name: t.arg.string({ required: true }), phone: t.arg.string(), employer: t.arg.string() },
    resolve: (_root, args, context) => {
      const { name, phone, employer } = parseInput(TalentInputs.duplicateQuery, args)
      return matchesFor(context, { name, phone, employer })
    },
  }),
)

builder.mutationField('createTalent', (t) =>
  t.prismaField({
    type: 'Talent',
    description: '登记人才；发现可能重复时返回 DUPLICATE（附候选），确认不是同一人后带 allowDuplicate 重新提交',
    authScopes: { role: [...unitStaff] },
    args: { input: t.arg({ type: TalentInputs.create, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, id, consentGiven, allowDuplicate, ...fields } = parseCreateTalent(args.input)
      const id_ = await runWrite(
        context,
        { clientMutationId, operation: 'createTalent', entity: 'Talent', recordId: id },
        async (tx, user) => {
          if (!mayChangeTalentClass(user.role, 'NONE', fields.talentClass)) throw classForbidden()
          if (!allowDuplicate) {
            const matches = await findTalentMatches(tx, {
              name: fields.name,
              phone: fields.phone,
              employer: fields.employer,
            })
            if (matches.length) {
              const named = matches.map((m) => `${maskName(m.name)}${m.employer ? `，${m.employer}` : ''}`).join('；')
              throw new DomainError('DUPLICATE', `可能与已有人才重复（${named}），请核实`, {
                matches: matches.map((m) => ({
                  reason: m.reason,
                  followedBy: m.followedBy.map((unit) => unit.name),
                })),
              })
            }
          }
          const consent = consentGiven ? consentRecord(user.id) : {}
          const talent = await tx.talent.create({ data: { id, ...fields, ...consent, createdById: user.id } })
          return { id: talent.id, changes: changedFields({}, { ...fields, id }) }
        },
      )
      return context.prisma.talent.findFirstOrThrow({ ...query, where: { id: id_ } })
    },
  }),
)

builder.mutationField('updateTalent', (t) =>
  t.prismaField({
    type: 'Talent',
    description: '修改人才信息（须带上所依据的版本号；他人已修改时返回 CONFLICT 与最新内容）',
    authScopes: { role: [...unitStaff] },
    args: { input: t.arg({ type: TalentInputs.update, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, id, version, ...fields } = parseUpdateTalent(args.input)
      const spec = { clientMutationId, operation: 'updateTalent', entity: 'Talent', recordId: id }
      await runWrite(context, spec, async (tx, user) => {
        const current = await tx.talent.findFirst({ where: { id }, include: contactProjects })
        if (!current) throw DomainError.notFound('人才')
        if (!canRevealContact(user, current)) throw DomainError.forbidden('只有跟进该人才的单位可以修改人才信息')
        if (current.mergedIntoId) throw new DomainError('CONFLICT', '该人才已合并到另一条记录，请修改保留的记录')
        if (!mayChangeTalentClass(user.role, current.talentClass, fields.talentClass)) throw classForbidden()
        const { ledProjects: _projects, ...before } = current
        if (fields.phone && fields.phone !== current.phone) await refuseIfPhoneClaimed(tx, id, fields.phone)
        await updateIfVersion(
          '人才',
          current,
          version,
          (where) => tx.talent.updateMany({ where, data: { ...fields, version: { increment: 1 } } }),
          () => tx.talent.findUnique({ where: { id } }),
        )
        return { id, changes: changedFields(before, fields) }
      })
      return context.prisma.talent.findFirstOrThrow({ ...query, where: { id } })
    },
  }),
)

const TalentContactRef = builder
  .objectRef<{ phone: string | null; email: string | null; wechat: string | null }>('TalentContact')
  .implement({
    description: '人才的完整联系方式（查看已记入审计日志）',
    authScopes: { signedIn: true },
    fields: (t) => ({
      phone: t.exposeString('phone', { nullable: true }),
      email: t.exposeString('email', { nullable: true }),
      wechat: t.exposeString('wechat', { nullable: true }),
    }),
  })

const revealInput = z.object({ talentId: uuid('人才编号'), reason: reasonText('查看原因') })

builder.mutationField('revealContact', (t) =>
  t.field({
    type: TalentContactRef,
    description: '说明理由后查看人才的完整联系方式；每次查看都记入审计日志',
    authScopes: { role: ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'] },
    args: { talentId: t.arg.string({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const user = requireUser(context)
      const { talentId, reason } = parseInput(revealInput, args)
      return context.prisma.$transaction(async (tx) => {
        const talent = await tx.talent.findFirst({
          where: { id: talentId },
          include: contactProjects,
        })
        if (!talent) throw DomainError.notFound('人才')
        if (!canRevealContact(user, talent)) throw DomainError.forbidden('只有跟进该人才的单位可以查看联系方式')
        if (talent.consentWithdrawnAt) throw DomainError.forbidden('该人才已撤回个人信息使用同意，联系方式不再使用')
        await audit(tx, {
          actorId: user.id,
          action: 'revealContact',
          entity: 'Talent',
          entityId: talentId,
          reason,
          address: context.address,
        })
        return { phone: talent.phone && displayPhone(talent.phone), email: talent.email, wechat: talent.wechat }
      })
    },
  }),
)

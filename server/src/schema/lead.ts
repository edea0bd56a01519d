import { builder } from '../builder.ts'
import { leadTitle } from '@talent/rules/lead-title'
import { parseLead } from '../domain/lead.ts'
import { runWrite } from '../write/run-write.ts'
import { DataSourceEnum, SourceChannelEnum } from './enums.ts'
import { consentRecord } from '../domain/talent.ts'
import { DomainError } from '../domain/errors.ts'
import { findTalentMatches, refuseIfFollowed } from './talent/talent-matches.ts'

const CreateLeadInput = builder.inputType('CreateLeadInput', {
  description: '新线索：人才与项目一并登记；编号由手机端生成（UUIDv7），重放同一操作不会重复创建',
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    projectId: t.string({ required: true }),
    talentId: t.string({ required: true }),
    talentName: t.string({ required: true }),
    phone: t.string(),
    employer: t.string(),
    field: t.string(),
    sourceChannel: t.field({ type: SourceChannelEnum, required: true }),
    title: t.string(),
    note: t.string(),
    dataSource: t.field({ type: DataSourceEnum, description: '信息来源（个人信息如何取得），缺省为本人提供' }),
    consentGiven: t.boolean({ description: '已向人才告知个人信息用途并取得同意' }),
  }),
})

builder.mutationField('createLead', (t) =>
  t.prismaField({
    type: 'Project',
    description: '登记一条新线索（阶段：线索）',
    authScopes: { role: ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'] },
    args: { input: t.arg({ type: CreateLeadInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const lead = parseLead(args.input)
      const spec = {
        clientMutationId: lead.clientMutationId,
        operation: 'createLead',
        entity: 'Project',
        recordId: lead.projectId,
      }
      const resultId = await runWrite(context, spec, async (tx, user) => {
        const sameTalent = await findTalentMatches(tx, {
          name: lead.talentName,
          phone: lead.phone,
          employer: lead.employer,
        })
        refuseIfFollowed(sameTalent, user.unitId)
        await tx.talent.create({
          data: {
            id: lead.talentId,
            name: lead.talentName,
            phone: lead.phone,
            employer: lead.employer,
            field: lead.field,
            dataSource: lead.dataSource ?? 'SELF_PROVIDED',
            ...(lead.consentGiven ? consentRecord(user.id) : {}),
            createdById: user.id,
          },
        })
        const project = await tx.project.create({
          data: {
            id: lead.projectId,
            title: leadTitle(lead),
            talentId: lead.talentId,
            industry: lead.field,
            unitId: user.unitId,
            creditUnitId: user.unitId,
            ownerId: user.id,
            createdById: user.id,
            sourceChannel: lead.sourceChannel,
            description: lead.note,
            stageChanges: { create: { toStage: 'LEAD', toStatus: 'ACTIVE', byId: user.id, note: '登记线索' } },
          },
        })
        return {
          id: project.id,
          changes: { after: { title: project.title, talentId: lead.talentId, sourceChannel: lead.sourceChannel } },
        }
      })
      // A replay after the project moved out of reach (reassigned, merged) answers plainly, not with a masked error.
      const project = await context.prisma.project.findFirst({
        ...query,
        relationLoadStrategy: 'join',
        where: { id: resultId },
      })
      if (!project) throw DomainError.notFound('项目')
      return project
    },
  }),
)

// The filters every project list offers; one place so that lists, exports and statistics agree.
import type { Prisma } from '../../generated/prisma/client.ts'
import type { builder } from '../../builder.ts'
import { ProjectStatusEnum, SourceChannelEnum, StageEnum, TalentClassEnum } from '../enums.ts'

type ArgBuilder = Parameters<Parameters<typeof builder.queryField>[1]>[0]['arg']

export const projectFilterArgs = (t: { arg: ArgBuilder }) => ({
  unitId: t.arg.string({ required: false, description: '单位编号（UUID）' }),
  stage: t.arg({ type: [StageEnum], required: false }),
  status: t.arg({ type: [ProjectStatusEnum], required: false }),
  talentClass: t.arg({ type: [TalentClassEnum], required: false }),
  industry: t.arg.string({ required: false }),
  sourceChannel: t.arg({ type: [SourceChannelEnum], required: false }),
  ownerId: t.arg.string({ required: false, description: '负责人编号（UUID）' }),
  createdFrom: t.arg({ type: 'DateTime', required: false }),
  createdTo: t.arg({ type: 'DateTime', required: false }),
  stageEnteredFrom: t.arg({ type: 'DateTime', required: false }),
  stageEnteredTo: t.arg({ type: 'DateTime', required: false }),
  search: t.arg.string({ required: false, description: '项目名称、人才姓名或工作单位中的关键词' }),
})

interface ProjectFilters {
  unitId?: string | null
  stage?: readonly string[] | null
  status?: readonly string[] | null
  talentClass?: readonly string[] | null
  industry?: string | null
  sourceChannel?: readonly string[] | null
  ownerId?: string | null
  createdFrom?: Date | null
  createdTo?: Date | null
  stageEnteredFrom?: Date | null
  stageEnteredTo?: Date | null
  search?: string | null
}

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
// A malformed id matches nothing rather than failing the database's uuid cast.
const idFilter = (id: string) => (uuidShape.test(id) ? id : '00000000-0000-0000-0000-000000000000')

/**
 * A talent who withdrew consent is no longer a lead: nobody may contact them for it, so lists and reminders
 * leave out their projects still at 线索 (the record itself stays, and later stages still show).
 */
export const notWithdrawnLead: Prisma.ProjectWhereInput = {
  NOT: { stage: 'LEAD', talent: { consentWithdrawnAt: { not: null } } },
}

export function projectWhere(filters: ProjectFilters): Prisma.ProjectWhereInput {
  const and: Prisma.ProjectWhereInput[] = [notWithdrawnLead]
  if (filters.unitId) and.push({ unitId: idFilter(filters.unitId) })
  if (filters.stage?.length) and.push({ stage: { in: filters.stage as Prisma.EnumStageFilter['in'] } })
  if (filters.status?.length) and.push({ status: { in: filters.status as Prisma.EnumProjectStatusFilter['in'] } })
  if (filters.talentClass?.length)
    and.push({ talent: { talentClass: { in: filters.talentClass as Prisma.EnumTalentClassFilter['in'] } } })
  if (filters.industry?.trim()) and.push({ industry: { contains: filters.industry.trim(), mode: 'insensitive' } })
  if (filters.sourceChannel?.length)
    and.push({ sourceChannel: { in: filters.sourceChannel as Prisma.EnumSourceChannelFilter['in'] } })
  if (filters.ownerId) and.push({ ownerId: idFilter(filters.ownerId) })
  if (filters.createdFrom || filters.createdTo)
    and.push({ createdAt: { gte: filters.createdFrom ?? undefined, lt: filters.createdTo ?? undefined } })
  if (filters.stageEnteredFrom || filters.stageEnteredTo) {
    and.push({
      stageEnteredAt: { gte: filters.stageEnteredFrom ?? undefined, lt: filters.stageEnteredTo ?? undefined },
    })
  }
  const text = filters.search?.trim()
  if (text) {
    and.push({
      OR: [
        { title: { contains: text, mode: 'insensitive' } },
        { talent: { name: { contains: text, mode: 'insensitive' } } },
        { talent: { employer: { contains: text, mode: 'insensitive' } } },
      ],
    })
  }
  return { AND: and }
}

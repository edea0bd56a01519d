import { builder } from '../../builder.ts'
import { readingAcrossUnits, writingAcrossUnits } from '../../auth/scoped-client.ts'
import { DomainError } from '../../domain/errors.ts'
import { chosenFields, mergedFields, parseMergeTalents } from '../../domain/talent.ts'
import { runWrite } from '../../write/run-write.ts'
import { conflictError } from '../../write/versioned.ts'
import type { Transaction } from '../../write/apply-once.ts'
import { TalentInputs } from './talent-inputs.ts'

const fillable = [
  'phone',
  'email',
  'wechat',
  'birthYear',
  'degree',
  'title',
  'field',
  'employer',
  'country',
  'city',
  'overseasExperience',
  'talentTeam',
  'sector',
  'notes',
] as const

/**
 * Locks both records (in id order, so two merges of one pair, either way round, run one after the other)
 * and reads them afresh: the second of two merges at once finds the record merged and is refused.
 */
async function lockPair(
  tx: Transaction,
  survivorId: string,
  mergedId: string,
  seen: { survivorVersion?: number | undefined; mergedVersion?: number | undefined },
) {
  await writingAcrossUnits(
    () => tx.$queryRaw`
      SELECT id FROM "Talent" WHERE id IN (${survivorId}::uuid, ${mergedId}::uuid) ORDER BY id FOR NO KEY UPDATE`,
  )
  const both = await tx.talent.findMany({ where: { id: { in: [survivorId, mergedId] } } })
  const survivor = both.find((talent) => talent.id === survivorId)
  const merged = both.find((talent) => talent.id === mergedId)
  if (!survivor || !merged) throw DomainError.notFound('人才')
  if (survivor.mergedIntoId || merged.mergedIntoId) throw new DomainError('CONFLICT', '其中一条记录已被合并过')
  if (seen.survivorVersion !== undefined && seen.survivorVersion !== survivor.version)
    throw conflictError('人才', survivor)
  if (seen.mergedVersion !== undefined && seen.mergedVersion !== merged.version) throw conflictError('人才', merged)
  return { survivor, merged }
}

/** Moves everything that points at the merged talent to the survivor, so no history is lost. */
async function moveHistory(tx: Transaction, survivorId: string, mergedId: string) {
  const clash = await tx.programApplication.findFirst({
    where: { talentId: mergedId, program: { applications: { some: { talentId: survivorId } } } },
    select: { year: true, program: { select: { name: true } } },
  })
  if (
    clash &&
    (await tx.programApplication.count({
      where: { talentId: survivorId, year: clash.year, program: { name: clash.program.name } },
    }))
  ) {
    throw new DomainError(
      'CONFLICT',
      `两条记录都有${clash.year}年“${clash.program.name}”的申报，请先处理其中一条再合并`,
    )
  }
  const projects = await tx.project.updateMany({
    where: { talentId: mergedId },
    data: { talentId: survivorId, version: { increment: 1 } },
  })
  const applications = await tx.programApplication.updateMany({
    where: { talentId: mergedId },
    data: { talentId: survivorId },
  })
  const memberships = await tx.projectMember.findMany({ where: { talentId: mergedId } })
  await tx.projectMember.deleteMany({ where: { talentId: mergedId } })
  await tx.projectMember.createMany({
    data: memberships.map((member) => ({ ...member, talentId: survivorId })),
    skipDuplicates: true,
  })
  const events = await tx.serviceEventParticipant.findMany({ where: { talentId: mergedId } })
  await tx.serviceEventParticipant.deleteMany({ where: { talentId: mergedId } })
  await tx.serviceEventParticipant.createMany({
    data: events.map((event) => ({ ...event, talentId: survivorId })),
    skipDuplicates: true,
  })
  return {
    projects: projects.count,
    applications: applications.count,
    memberships: memberships.length,
    events: events.length,
  }
}

builder.mutationField('mergeTalents', (t) =>
  t.prismaField({
    type: 'Talent',
    description: '合并重复人才（须说明原因，记入审计日志）；被合并的记录保留并指向保留记录',
    authScopes: { role: ['PARK_MANAGER', 'ADMIN'] },
    args: { input: t.arg({ type: TalentInputs.merge, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, survivorId, mergedId, reason, ...choice } = parseMergeTalents(args.input)
      const spec = { clientMutationId, operation: 'mergeTalents', entity: 'Talent', recordId: survivorId }
      await runWrite(context, spec, async (tx, user) => {
        const { survivor, merged } = await lockPair(tx, survivorId, mergedId, choice)
        // A park manager merges only within their own unit; across units it is the talent office's call. Their
        // own reads leave other units' projects out, so the check reads across units.
        const foreign = (ids: string[]) =>
          readingAcrossUnits(() => tx.project.count({ where: { talentId: { in: ids }, unitId: { not: user.unitId } } }))
        if (user.role !== 'ADMIN' && (await foreign([survivorId, mergedId])) > 0)
          throw DomainError.forbidden('涉及其他单位的人才合并须由人才办办理')
        const chosen = chosenFields(merged, choice.takeFromMerged ?? [])
        const fill = { ...mergedFields(survivor, merged, fillable), ...chosen }
        const union = (a: string[], b: string[]) => [...new Set([...a, ...b])]
        // Allowed, the merge moves every record of the merged talent, those other units keep included (their
        // projects' members, the applications they filed), and the merged record, left with no project, may
        // fall out of the writer's reach before it is marked: all of it is written across units.
        const moved = await writingAcrossUnits(async () => {
          const moved = await moveHistory(tx, survivorId, mergedId)
          await tx.talent.update({
            where: { id: survivorId },
            data: {
              ...fill,
              tags: union(survivor.tags, merged.tags),
              honours: union(survivor.honours, merged.honours),
              version: { increment: 1 },
            },
          })
          await tx.talent.update({
            where: { id: mergedId },
            data: { mergedIntoId: survivorId, version: { increment: 1 } },
          })
          return moved
        })
        return {
          id: survivorId,
          entityId: mergedId,
          reason,
          changes: {
            after: { mergedInto: survivorId, filled: Object.keys(fill), chosen: Object.keys(chosen), moved },
          },
        }
      })
      return context.prisma.talent.findFirstOrThrow({
        ...query,
        where: { id: survivorId },
      })
    },
  }),
)

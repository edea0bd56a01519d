// A lead refused by claim protection (CLAIMED) is news to whoever logged the lead the talent is followed on:
// another unit tried to log the same person. The refused write wrote nothing, so this is its own small
// transaction, keyed by the refused write's client mutation id: the phone replaying it tells them once.
import type { PrismaClient } from '../../generated/prisma/client.ts'
import type { SessionUser } from '../../context.ts'
import { maskName } from '../../domain/masking.ts'
import { causeKeys, draftsFor } from '../../domain/notice.ts'
import { notify } from './notify.ts'

export async function noticeClaimConflict(
  database: PrismaClient,
  user: SessionUser,
  refused: { talentId: string; clientMutationId: string },
) {
  return database.$transaction(async (tx) => {
    const [projects, unit] = await Promise.all([
      tx.project.findMany({
        where: {
          status: 'ACTIVE',
          unitId: { not: user.unitId },
          talent: { OR: [{ id: refused.talentId }, { mergedIntoId: refused.talentId }] },
        },
        select: { id: true, createdById: true, talent: { select: { name: true } } },
        orderBy: { id: 'asc' },
      }),
      tx.unit.findUnique({ where: { id: user.unitId }, select: { name: true } }),
    ])
    return notify(
      tx,
      projects.flatMap((project) =>
        draftsFor([project.createdById], {
          kind: 'CLAIM_CONFLICT',
          causeKey: causeKeys.claimConflict(refused.talentId, user.id, refused.clientMutationId),
          params: { talent: maskName(project.talent.name), unit: unit?.name ?? '', by: user.name },
          subject: { type: 'Project', id: project.id },
          actorId: user.id,
        }),
      ),
    )
  })
}

import { DomainError } from '../../domain/errors.ts'
import { changedFields } from '../../domain/diff.ts'
import { sharesForAudit } from '../../domain/project.ts'
import { updateIfVersion } from '../../write/versioned.ts'
import { loadProjectForWrite, projectColumns } from './project-access.ts'
import { activeClaimsOn, refuseIfClaimed } from '../talent/talent-matches.ts'
import { projectMutation, projectWriters } from './project-mutation.ts'
import type { Transaction } from '../../write/apply-once.ts'
import type { WritableProject } from './project-access.ts'
import { noticeFollowerAdded, noticeProjectAssigned } from '../notice/project-notices.ts'

export function versionedUpdate(
  tx: Transaction,
  project: WritableProject,
  version: number,
  data: Record<string, unknown>,
) {
  return updateIfVersion(
    '项目',
    project,
    version,
    (where) => tx.project.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
    () => tx.project.findUnique({ where: { id: project.id } }),
  )
}

projectMutation('createProject', 'create', {
  description:
    '为已登记的人才立项（阶段：线索）；另一单位正在跟进该人才时返回 CLAIMED 与跟进单位，人才已撤回个人信息使用同意时返回 CONFLICT',
  roles: projectWriters,
  write: async (tx, user, { clientMutationId: _c, id, talentId, ...fields }) => {
    const talent = await tx.talent.findFirst({
      where: { id: talentId },
      select: { id: true, mergedIntoId: true, consentWithdrawnAt: true },
    })
    if (!talent) throw DomainError.notFound('人才')
    if (talent.mergedIntoId) throw new DomainError('CONFLICT', '该人才记录已合并，请在保留的记录上立项')
    // A withdrawn consent ends the talent's use as a lead (its leads leave the lists): no new one is opened.
    if (talent.consentWithdrawnAt) throw new DomainError('CONFLICT', '该人才已撤回个人信息使用同意，不能再为其立项')
    refuseIfClaimed(await activeClaimsOn(tx, talentId), user.unitId)
    await tx.project.create({
      data: {
        id,
        talentId,
        ...fields,
        unitId: user.unitId,
        creditUnitId: user.unitId,
        ownerId: user.id,
        createdById: user.id,
        stageChanges: { create: { toStage: 'LEAD', toStatus: 'ACTIVE', byId: user.id, note: '立项' } },
      },
    })
    return { changes: changedFields({}, { talentId, ...fields }) }
  },
})

projectMutation('updateProject', 'update', {
  description: '修改项目信息（须带版本号；他人已修改时返回 CONFLICT 与最新内容）',
  roles: projectWriters,
  write: async (tx, user, { clientMutationId: _c, id, version, ...fields }) => {
    const project = await loadProjectForWrite(tx, user, id)
    await versionedUpdate(tx, project, version, fields)
    return { changes: changedFields(projectColumns(project), fields) }
  },
})

projectMutation('assignProjectOwner', 'assign', {
  description: '指定项目负责人（单位负责人或人才办）；负责人须是本单位人员',
  roles: ['PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'],
  write: async (tx, user, { id, version, ownerId }) => {
    const project = await loadProjectForWrite(tx, user, id)
    const owner = await tx.user.findFirst({ where: { id: ownerId, unitId: project.unitId, active: true } })
    if (!owner) throw DomainError.badInput([{ field: 'ownerId', message: '负责人须是项目所属单位的在岗人员' }])
    await versionedUpdate(tx, project, version, { ownerId })
    if (ownerId !== project.ownerId)
      await noticeProjectAssigned(tx, user, { id, title: project.title, version: version + 1, ownerId })
    return { changes: changedFields({ ownerId: project.ownerId }, { ownerId }) }
  },
})

projectMutation('setProjectFollower', 'follow', {
  description: '增减协助跟进人员（同单位人员；协助跟进者可查看人才完整联系方式）',
  roles: ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'ADMIN'],
  write: async (tx, user, { id, userId, following }) => {
    const project = await loadProjectForWrite(tx, user, id)
    const member = await tx.user.findFirst({ where: { id: userId, unitId: project.unitId, active: true } })
    if (!member) throw DomainError.badInput([{ field: 'userId', message: '协助跟进人员须是项目所属单位的在岗人员' }])
    if (following) {
      // Only a follower new to the project is news to them: one already following writes nothing.
      const since = new Date()
      const added = await tx.projectFollower.createMany({
        data: [{ projectId: id, userId, since }],
        skipDuplicates: true,
      })
      if (added.count === 1) await noticeFollowerAdded(tx, user, project, { userId, since })
    } else await tx.projectFollower.deleteMany({ where: { projectId: id, userId } })
    return { changes: { after: { follower: userId, following } } }
  },
})

projectMutation('moveProjectCredit', 'moveCredit', {
  description: '调整考核计分单位（不重复统计）；仅人才办，须填原因，记入审计日志',
  roles: ['ADMIN'],
  write: async (tx, user, { id, version, creditUnitId, reason }) => {
    const project = await loadProjectForWrite(tx, user, id)
    const unit = await tx.unit.findUnique({ where: { id: creditUnitId } })
    if (!unit || unit.kind === 'DEPARTMENT')
      throw DomainError.badInput([{ field: 'creditUnitId', message: '计分单位须是园区、镇街或人才办' }])
    const shares = await tx.creditShare.findMany({ where: { projectId: id }, orderBy: { unitId: 'asc' } })
    if (project.creditUnitId === creditUnitId && shares.length === 0)
      throw new DomainError('CONFLICT', `该项目已计入${unit.name}`)
    await versionedUpdate(tx, project, version, { creditUnitId })
    // Credit moved whole ends a split: shares would otherwise go on counting instead of the credit unit.
    await tx.creditShare.deleteMany({ where: { projectId: id } })
    const before = { creditUnitId: project.creditUnitId, shares: sharesForAudit(shares) }
    return { reason, changes: changedFields(before, { creditUnitId, shares: [] }) }
  },
})

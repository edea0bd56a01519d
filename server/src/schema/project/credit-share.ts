// Joint credit (联合计分): the talent office splits a project's credit between units, each with a percent.
// While a project has shares, the database's counts credit each share's unit with its share instead of the
// credit unit (statistics_refresh_credit); moving credit whole (project-write.ts) ends the split.
import { builder } from '../../builder.ts'
import { DomainError } from '../../domain/errors.ts'
import { changedFields } from '../../domain/diff.ts'
import { loadProjectForWrite } from './project-access.ts'
import { projectMutation } from './project-mutation.ts'
import { versionedUpdate } from './project-write.ts'
import { sharesForAudit } from '../../domain/project.ts'

builder.prismaObject('CreditShare', {
  // Read through its project, whose own rule decides who sees it.
  authScopes: { signedIn: true },

  fields: (t) => ({
    unit: t.relation('unit'),
    percent: t.float({
      description: '计分比例（%）',
      resolve: (share) => Math.round(Number(share.share) * 10_000) / 100,
    }),
    reason: t.exposeString('reason'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
})

projectMutation('splitProjectCredit', 'splitCredit', {
  description: '把项目的考核计分按比例分给多个单位（联合计分，不重复统计）；仅人才办，须填原因，记入审计日志',
  roles: ['ADMIN'],
  write: async (tx, user, { id, version, shares, reason }) => {
    const project = await loadProjectForWrite(tx, user, id)
    const units = await tx.unit.findMany({ where: { id: { in: shares.map((share) => share.unitId) } } })
    if (units.length !== shares.length || units.some((unit) => unit.kind === 'DEPARTMENT'))
      throw DomainError.badInput([{ field: 'shares', message: '计分单位须是园区、镇街或人才办' }])
    const before = await tx.creditShare.findMany({ where: { projectId: id }, orderBy: { unitId: 'asc' } })
    // The version first: of two splits at once, the second waits here and is then refused as stale.
    await versionedUpdate(tx, project, version, {})
    await tx.creditShare.deleteMany({ where: { projectId: id } })
    const rows = shares.map((share) => ({
      projectId: id,
      unitId: share.unitId,
      share: (Math.round(share.percent * 100) / 10_000).toFixed(4),
      reason,
      setById: user.id,
    }))
    await tx.creditShare.createMany({ data: rows })
    const after = sharesForAudit(rows.map((row) => ({ unitId: row.unitId, share: row.share })))
    return { reason, changes: changedFields({ shares: sharesForAudit(before) }, { shares: after }) }
  },
})

// Moving a project through the pipeline: the stage machine with its gates, statuses, signing and landing.
import type { ProjectStatus } from '../../generated/prisma/enums.ts'
import { DomainError } from '../../domain/errors.ts'
import { changedFields } from '../../domain/diff.ts'
import { checkStageMove, checkStatusChange, type Verdict } from '@talent/rules/stage'
import { checkRecording, stageEntryFields, statusFields, type PipelineRecord } from '../../domain/stage.ts'
import { isValidUscc } from '@talent/rules/uscc'
import { updateIfVersion } from '../../write/versioned.ts'
import { loadProjectForWrite } from './project-access.ts'
import { saveLanding, saveSigning } from './signing-landing-write.ts'
import { projectMutation, projectWriters } from './project-mutation.ts'

function enforce(verdict: Verdict, field: string) {
  if (verdict.ok) return verdict
  throw verdict.code === 'CONFLICT'
    ? new DomainError('CONFLICT', verdict.message)
    : DomainError.badInput([{ field, message: verdict.message }])
}

/** A new Signing or Landing only on an active project, a landing after its signing; corrections stay open. */
function refuseUnlessRecordable(record: PipelineRecord, project: { status: ProjectStatus; signing: unknown }) {
  const verdict = checkRecording(record, { status: project.status, hasSigning: project.signing !== null })
  if (!verdict.ok) throw new DomainError(verdict.code, verdict.message)
}

projectMutation('moveProjectStage', 'moveStage', {
  description: '推进或回退项目阶段；进入“签约”须先登记签约，进入“落地注册”须先登记落地企业（信用代码须有效）',
  roles: projectWriters,
  write: async (tx, user, { id, version, to, reason }) => {
    const project = await loadProjectForWrite(tx, user, id)
    const verdict = enforce(
      checkStageMove({
        from: project.stage,
        to,
        status: project.status,
        reason,
        hasSigning: project.signing !== null,
        hasValidLanding: project.landing !== null && isValidUscc(project.landing.uscc),
      }),
      'to',
    )
    const now = new Date()
    const data = stageEntryFields(project, to, now)
    await updateIfVersion(
      '项目',
      project,
      version,
      (where) => tx.project.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
      () => tx.project.findUnique({ where: { id } }),
    )
    await tx.stageChange.create({
      data: {
        projectId: id,
        fromStage: project.stage,
        toStage: to,
        fromStatus: project.status,
        toStatus: project.status,
        byId: user.id,
        note: reason,
        at: now,
      },
    })
    return {
      reason: verdict.direction === 'back' ? reason : null,
      changes: changedFields({ stage: project.stage }, { stage: to }),
    }
  },
})

projectMutation('setProjectStatus', 'setStatus', {
  description: '暂缓、标记流失（须填原因）或恢复跟进；阶段保持不变',
  roles: projectWriters,
  write: async (tx, user, { id, version, status, reason }) => {
    const project = await loadProjectForWrite(tx, user, id)
    enforce(checkStatusChange({ from: project.status, to: status, reason }), 'reason')
    const data = statusFields(project, status, reason, new Date())
    await updateIfVersion(
      '项目',
      project,
      version,
      (where) => tx.project.updateMany({ where, data: { ...data, version: { increment: 1 } } }),
      () => tx.project.findUnique({ where: { id } }),
    )
    await tx.stageChange.create({
      data: {
        projectId: id,
        fromStage: project.stage,
        toStage: project.stage,
        fromStatus: project.status,
        toStatus: status,
        byId: user.id,
        note: reason,
      },
    })
    return {
      reason,
      changes: changedFields(
        { status: project.status, statusReason: project.statusReason },
        { status, statusReason: data.statusReason },
      ),
    }
  },
})

projectMutation('recordSigning', 'signing', {
  description: '登记或修改签约信息（签约后方可进入“签约”阶段）',
  roles: projectWriters,
  write: async (tx, user, { clientMutationId: _c, id, ...fields }) => {
    const project = await loadProjectForWrite(tx, user, id)
    if (!project.signing) refuseUnlessRecordable('signing', project)
    await saveSigning(tx, id, fields)
    return { changes: changedFields(project.signing ?? {}, fields) }
  },
})

projectMutation('recordLanding', 'landing', {
  description: '登记或修改落地企业（统一社会信用代码须通过校验位校验，且不能与其他项目重复）',
  roles: projectWriters,
  write: async (tx, user, { clientMutationId: _c, id, ...fields }) => {
    const project = await loadProjectForWrite(tx, user, id)
    if (!project.landing || !project.signing) refuseUnlessRecordable('landing', project)
    await saveLanding(tx, id, project.signing !== null, fields)
    return { changes: changedFields(project.landing ?? {}, fields) }
  },
})

// What the server adds to the shared stage machine (@talent/rules/stage): when signings and landings may be
// recorded, whose credit a signing holds, and what a stage move or a status change writes on the project.
import { stageIndex, stages, type ProjectStatus, type Stage } from '@talent/rules/stage'

export type PipelineRecord = 'signing' | 'landing'

export type RecordingVerdict = { ok: true } | { ok: false; code: 'CONFLICT'; message: string }

const recordLabels: Record<PipelineRecord, string> = { signing: '签约信息', landing: '落地企业' }

/**
 * Whether a Signing or Landing may be recorded on a project now. An active project may reach 签约 from any
 * stage once its signing is recorded (the stage screen records it just before the move), and 落地注册 after
 * that, so what counts is the status and the order. The database refuses the same, with the same words
 * (migration credit_once_per_talent), whatever path writes the record.
 */
export function checkRecording(
  record: PipelineRecord,
  facts: { status: ProjectStatus; hasSigning: boolean },
): RecordingVerdict {
  if (facts.status !== 'ACTIVE') {
    const state = facts.status === 'LOST' ? '已流失' : '已暂缓'
    return {
      ok: false,
      code: 'CONFLICT',
      message: `项目${state}，不能登记${recordLabels[record]}：签约、落地只登记在跟进中的项目上`,
    }
  }
  if (record === 'landing' && !facts.hasSigning)
    return { ok: false, code: 'CONFLICT', message: '请先登记签约信息，再登记落地企业' }
  return { ok: true }
}

/** One talent's venture counts for one unit: another unit's signing or landing of the same talent is refused. */
export function doubleCreditMessage(holder: string): string {
  return `该人才的项目已由${holder}登记签约或落地，同一人才只计一次，不能由两个单位重复计分；如需调整，请人才办调整计分单位或设置联合计分`
}

/** The stages at which a recorded signing counts (and holds its talent's credit): 签约 and on. The database
 * counts the same (migration credit_follows_stage_and_phone), by the furthest stage a project reached. */
export const countingStages: readonly Stage[] = stages.slice(stageIndex('SIGNED'))

export interface PipelineClocks {
  firstContactedAt: Date | null
  assessedAt: Date | null
}

/** What entering a stage sets on the project: every path that moves a stage (the form, the 台账 import) writes these. */
export function stageEntryFields(project: PipelineClocks, to: Stage, now: Date) {
  const reached = (at: Stage) => stageIndex(to) >= stageIndex(at)
  return {
    stage: to,
    stageEnteredAt: now,
    firstContactedAt: project.firstContactedAt ?? (reached('CONTACTED') ? now : null),
    assessedAt: project.assessedAt ?? (reached('VISITED') ? now : null),
  }
}

/** What a status change sets on the project; the reason is kept only while the project is not ACTIVE. */
export function statusFields(
  project: PipelineClocks,
  status: ProjectStatus,
  reason: string | null | undefined,
  now: Date,
) {
  return {
    status,
    statusReason: status === 'ACTIVE' ? null : (reason ?? null),
    assessedAt: project.assessedAt ?? (status === 'LOST' ? now : null),
  }
}

// The pipeline's stage machine, as plain data in and a verdict out (docs/domain.md, "The pipeline").
import type { ProjectStatus, Stage } from '../generated/prisma/enums.ts'

export const stages: readonly Stage[] = ['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'OPERATING']

export const stageLabels: Record<Stage, string> = {
  LEAD: '线索',
  CONTACTED: '接洽',
  VISITED: '考察',
  NEGOTIATING: '洽谈',
  SIGNED: '签约',
  LANDED: '落地注册',
  OPERATING: '投产运营',
}

export interface StageMoveFacts {
  from: Stage
  to: Stage
  status: ProjectStatus
  reason?: string | null
  hasSigning: boolean
  /** A Landing exists and its 统一社会信用代码 passed the check-character validation. */
  hasValidLanding: boolean
}

export type Verdict =
  | { ok: true; direction: 'forward' | 'back' }
  | { ok: false; code: 'BAD_USER_INPUT' | 'CONFLICT'; message: string }

const refuse = (message: string, code: 'BAD_USER_INPUT' | 'CONFLICT' = 'BAD_USER_INPUT'): Verdict => ({
  ok: false,
  code,
  message,
})

export function stageIndex(stage: Stage): number {
  return stages.indexOf(stage)
}

/** Whether a project may move from one stage to another, and if not, why (in Chinese). */
export function checkStageMove(facts: StageMoveFacts): Verdict {
  const from = stageIndex(facts.from)
  const to = stageIndex(facts.to)
  if (facts.status !== 'ACTIVE') {
    const state = facts.status === 'LOST' ? '已流失' : '已暂缓'
    return refuse(`项目${state}，请先恢复跟进再调整阶段`, 'CONFLICT')
  }
  if (to === from) return refuse(`项目已处于“${stageLabels[facts.to]}”阶段`, 'CONFLICT')
  if (to < from) {
    if (from - to > 1)
      return refuse(`只能回退一个阶段（从“${stageLabels[facts.from]}”只能退回“${stageLabels[stages[from - 1]!]}”）`)
    if (!facts.reason?.trim()) return refuse('回退阶段须填写原因')
    return { ok: true, direction: 'back' }
  }
  const passes = (stage: Stage) => from < stageIndex(stage) && to >= stageIndex(stage)
  if (passes('SIGNED') && !facts.hasSigning) return refuse('进入“签约”阶段前须先登记签约信息（签约日期、协议类型等）')
  if (passes('LANDED') && !facts.hasValidLanding) {
    return refuse('进入“落地注册”阶段前须先登记落地企业，且统一社会信用代码须通过校验')
  }
  return { ok: true, direction: 'forward' }
}

export interface StatusChangeFacts {
  from: ProjectStatus
  to: ProjectStatus
  reason?: string | null
}

/** ACTIVE ⇄ ON_HOLD / LOST; leaving ACTIVE needs a reason. The stage reached is kept either way. */
export function checkStatusChange(facts: StatusChangeFacts): Verdict {
  if (facts.from === facts.to) return refuse('项目状态没有变化', 'CONFLICT')
  if (facts.to !== 'ACTIVE' && !facts.reason?.trim()) {
    return refuse(facts.to === 'LOST' ? '标记流失须填写原因' : '暂缓跟进须填写原因')
  }
  if (facts.from !== 'ACTIVE' && facts.to !== 'ACTIVE') return refuse('请先恢复跟进，再改为其他状态', 'CONFLICT')
  return { ok: true, direction: facts.to === 'ACTIVE' ? 'forward' : 'back' }
}

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

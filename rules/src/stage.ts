// The pipeline's stage machine, as plain data in and a verdict out (docs/domain.md, "The pipeline"). The server
// enforces it; the phone offers exactly the moves it allows, so a queued move is not refused hours later.
import { stages, type ProjectStatus, type Stage } from './enums.ts'
import { stageLabels } from './labels.ts'

export { stageLabels, stages, type ProjectStatus, type Stage }

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

// Which stages a project may be moved to from the board, and which of them need a form first, from the
// server's own stage machine (through the stage screen's helpers): forward any number of stages, back one
// with a reason; passing 签约 needs a signing, passing 落地注册 a landing; only an active project moves.
import type { ProjectStatus, Stage } from '../graphql.ts'
import { stages } from '../labels.ts'
import { gatesFor, stageChoices } from '../staff/stage-machine.ts'

export interface MovableProject {
  stage: Stage
  status: ProjectStatus
  hasSigning: boolean
  hasLanding: boolean
}

/** What the stage screen must collect before the move: a signing, a landing, or the reason for going back. */
export type StageGate = 'signing' | 'landing' | 'reason'

export type MoveDecision =
  | { kind: 'direct' }
  | { kind: 'gate'; gate: StageGate }
  | { kind: 'refused'; why: 'inactive' | 'same' | 'tooFarBack' }

export function decideMove(project: MovableProject, to: Stage): MoveDecision {
  if (project.status !== 'ACTIVE') return { kind: 'refused', why: 'inactive' }
  if (to === project.stage) return { kind: 'refused', why: 'same' }
  const choices = stageChoices(project.stage, project.status)
  if (to === choices.back) return { kind: 'gate', gate: 'reason' }
  if (!choices.forward.includes(to)) return { kind: 'refused', why: 'tooFarBack' }
  const gates = gatesFor(project.stage, to, project)
  if (gates.signing) return { kind: 'gate', gate: 'signing' }
  if (gates.landing) return { kind: 'gate', gate: 'landing' }
  return { kind: 'direct' }
}

export interface MoveOption {
  stage: Stage
  gate: StageGate | null
}

/** The stages the "移动到…" sheet offers, in pipeline order: every allowed move, gated or not. */
export function moveOptions(project: MovableProject): MoveOption[] {
  return stages.flatMap((stage) => {
    const decision = decideMove(project, stage)
    if (decision.kind === 'refused') return []
    return [{ stage, gate: decision.kind === 'gate' ? decision.gate : null }]
  })
}

/** The staff helper's stage screen, which collects the gate's form and queues the move itself. */
export function stageScreenHref(projectUuid: string, to: Stage): string {
  return `/projects/${projectUuid}/stage?to=${to}`
}

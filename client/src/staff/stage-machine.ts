// What a project may do next, from the stage machine the server enforces (@talent/rules/stage): the
// screen offers exactly the moves the server would accept, and asks for the gate forms a move needs.
import type { ProjectStatus, Stage } from '../graphql.ts'
import { checkStageMove, stageIndex, stages } from '@talent/rules/stage'

export interface StageChoices {
  /** Later stages, nearest first: a project may skip ahead. */
  forward: Stage[]
  /** The previous stage, with a reason; null at the first stage. */
  back: Stage | null
  /** Pause or drop an active project, or take a paused or lost one up again. */
  statuses: ProjectStatus[]
}

export function stageChoices(stage: Stage, status: ProjectStatus): StageChoices {
  if (status !== 'ACTIVE') return { forward: [], back: null, statuses: ['ACTIVE'] }
  // Gates are asked for by the forms below, so the machine is asked as if they were met.
  const verdict = (to: Stage) =>
    checkStageMove({ from: stage, to, status, reason: '—', hasSigning: true, hasValidLanding: true })
  const allowed = stages.filter((to) => {
    const result = verdict(to)
    return result.ok
  })
  return {
    forward: allowed.filter((to) => stageIndex(to) > stageIndex(stage)),
    back: allowed.find((to) => stageIndex(to) < stageIndex(stage)) ?? null,
    statuses: ['ON_HOLD', 'LOST'],
  }
}

export interface Gates {
  signing: boolean
  landing: boolean
}

/** The records a move needs first: a Signing to pass into 签约, a Landing to pass into 落地注册. */
export function gatesFor(from: Stage, to: Stage, has: { hasSigning: boolean; hasLanding: boolean }): Gates {
  const passes = (gate: Stage) => stageIndex(from) < stageIndex(gate) && stageIndex(to) >= stageIndex(gate)
  return { signing: passes('SIGNED') && !has.hasSigning, landing: passes('LANDED') && !has.hasLanding }
}

// The stage screen's one choice, as a radio value: a stage to move to, or a status to set.
import { reasonLimit } from '@talent/rules/limits'
import type { ProjectStatus, Stage } from '../graphql.ts'
import type { NewWrite } from '../outbox/types.ts'
import type { StageChoices } from './stage-machine.ts'
import type { Problem } from '../components/form-helpers.ts'
import type { Errors, LandingForm, SigningForm } from './signing-landing-forms.ts'
import {
  moveStageWrite,
  recordLandingWrite,
  recordSigningWrite,
  setStatusWrite,
  type LandingInput,
  type SigningInput,
} from './project-writes.ts'

export type Move = { kind: 'forward' | 'back'; stage: Stage } | { kind: 'status'; status: ProjectStatus }
export type MoveValue = `stage:${Stage}` | `status:${ProjectStatus}`

export function moveValue(move: Move): MoveValue {
  return move.kind === 'status' ? `status:${move.status}` : `stage:${move.stage}`
}

/** Every move the choices allow, forward first. */
export function movesOf(choices: StageChoices): Move[] {
  return [
    ...choices.forward.map((stage): Move => ({ kind: 'forward', stage })),
    ...(choices.back ? [{ kind: 'back', stage: choices.back } satisfies Move] : []),
    ...choices.statuses.map((status): Move => ({ kind: 'status', status })),
  ]
}

/** Going back one stage, pausing and dropping a project all need a reason for the record. */
export function needsReason(move: Move | undefined): boolean {
  if (!move) return false
  return move.kind === 'back' || (move.kind === 'status' && move.status !== 'ACTIVE')
}

/** A move's reason: needed going back, pausing or dropping, and never longer than the server keeps. */
export function reasonProblem(move: Move | undefined, reason: string): Problem | undefined {
  const text = reason.trim()
  if (needsReason(move) && !text) return { key: 'staff.stage.error.reason' }
  return text.length > reasonLimit ? { key: 'lead.error.tooLong', values: { max: reasonLimit } } : undefined
}

/** What the stage screen checks before a move is queued: the move, its reason and the records it needs first. */
export interface MoveErrors {
  move?: Problem
  reason?: Problem
  signing: Errors<SigningForm>
  landing: Errors<LandingForm>
}

export interface MoveRequest {
  move: Move
  /** The version the move is based on (see outbox/overlay.ts, nextVersion). */
  version: number
  reason: string | null
  /** The gate records the move needs first, when it needs them. */
  signing: Omit<SigningInput, 'clientMutationId' | 'id'> | null
  landing: Omit<LandingInput, 'clientMutationId' | 'id'> | null
}

/** The outbox writes of a move, in the order they must reach the server: signing, landing, then the move. */
export function moveWrites(projectId: string, ownerId: string, request: MoveRequest): NewWrite[] {
  const { move, version, reason } = request
  return [
    ...(request.signing ? [recordSigningWrite(projectId, request.signing, ownerId)] : []),
    ...(request.landing ? [recordLandingWrite(projectId, request.landing, ownerId)] : []),
    move.kind === 'status'
      ? setStatusWrite(projectId, { version, status: move.status, reason }, ownerId)
      : moveStageWrite(projectId, { version, to: move.stage, reason }, ownerId),
  ]
}

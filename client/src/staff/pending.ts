// The user's unsynced writes of one project, and what the project will look like once they are applied:
// the screens show them at once (marked 未同步), and a further write is based on that future state.
import type { OutboxEntry } from '../outbox/types.ts'
import type { ProjectStatus, Stage } from '../graphql.ts'
import { stages } from '../labels.ts'

type Input = Record<string, unknown>
export const inputOf = (entry: OutboxEntry): Input => (entry.variables.input ?? {}) as Input

const isStage = (value: unknown): value is Stage =>
  typeof value === 'string' && (stages as readonly string[]).includes(value)

/**
 * The user's waiting writes of a project, whichever screen queued them: those naming it as their record
 * (`id`: stage, status, edits, signing, owner…) or as their parent (`projectId`: follow-ups, requests).
 * Ids are UUIDv7 across all tables, so an `id` equal to the project's is the project.
 */
export function entriesOfProject(entries: readonly OutboxEntry[], projectId: string): OutboxEntry[] {
  return entries.filter((entry) => {
    const input = inputOf(entry)
    return input.id === projectId || input.projectId === projectId
  })
}

/**
 * The version a new write of the project must name: the one the phone last saw, plus one for each of the
 * user's own versioned writes of it still waiting (each bumps it by one when applied). Two phones
 * editing the same version still conflict; one phone's chain of offline edits does not.
 */
export function basedOnVersion(seenVersion: number, entries: readonly OutboxEntry[], projectId: string): number {
  return (
    seenVersion +
    entries.filter((entry) => inputOf(entry).id === projectId && typeof inputOf(entry).version === 'number').length
  )
}

export interface PendingState {
  stage: Stage
  status: ProjectStatus
  hasSigning: boolean
  hasLanding: boolean
}

/** The project's stage, status, signing and landing once the waiting writes are applied, in order. */
export function pendingState(server: PendingState, entries: readonly OutboxEntry[], projectId: string): PendingState {
  const state = { ...server }
  for (const entry of entries) {
    const input = inputOf(entry)
    if (input.id !== projectId) continue
    if (isStage(input.to)) state.stage = input.to
    if (entry.operation === 'setProjectStatus') state.status = input.status as ProjectStatus
    if (entry.operation === 'recordSigning') state.hasSigning = true
    if (entry.operation === 'recordLanding') state.hasLanding = true
  }
  return state
}

// What the user's own unsynced writes change, read from the outbox, so that the screens show it at once (marked
// 未同步) and a further write is based on the state they will leave. One reading for every area, by the
// registry's account of each write (registry.ts), whichever screen queued it.
import type { ProjectStatus, SourceChannel, Stage } from '../graphql.ts'
import { leadTitle } from '@talent/rules/lead-title'
import { outboxWrites } from './registry.ts'
import type { KnownEntry, OutboxEntry, OutboxEntryOf, OutboxInput, OutboxOperation, OutboxStep } from './types.ts'

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null

/** The fields an entry's input carries, for the screens that show and correct any write field by field. */
export function inputOf(entry: OutboxEntry): Readonly<Record<string, unknown>> {
  const input: unknown = entry.variables.input
  return isRecord(input) ? input : {}
}

export const isKnown = (entry: OutboxEntry): entry is KnownEntry => entry.operation !== null

/** True for an entry of one of `operations`, then typed with that mutation's input. */
export function isWrite<Op extends OutboxOperation>(
  entry: OutboxEntry,
  ...operations: readonly Op[]
): entry is OutboxEntryOf<Op> {
  return operations.some((operation) => operation === entry.operation)
}

/** The project a write belongs to: as its record (stage, status, edits…) or as its parent (follow-ups, requests). */
export function projectOf(entry: OutboxEntry): string | null {
  const field = isKnown(entry) ? outboxWrites[entry.operation].project : null
  const value = field ? inputOf(entry)[field] : null
  return typeof value === 'string' ? value : null
}

/** The user's waiting writes of a project, whichever screen queued them. */
export function entriesOfProject(entries: readonly OutboxEntry[], projectId: string): KnownEntry[] {
  return entries.filter((entry): entry is KnownEntry => isKnown(entry) && projectOf(entry) === projectId)
}

/**
 * The version a new write of `recordId` must name: the one the phone last read, plus one for each of the user's
 * own versioned writes of it still waiting (the server bumps it by one on each). Two phones editing the same
 * version still conflict; one phone's chain of offline edits does not.
 */
export function nextVersion(recordId: string, readVersion: number, entries: readonly OutboxEntry[]): number {
  const queued = entries.filter(
    (entry) => isKnown(entry) && outboxWrites[entry.operation].versioned && inputOf(entry).id === recordId,
  )
  return readVersion + queued.length
}

export interface Pending<T> {
  value: T
  entry: OutboxEntry
}

/** The latest queued value of `pick` per record id, from whichever screen queued it. */
function latestBy<Op extends OutboxOperation, T>(
  entries: readonly OutboxEntry[],
  operations: readonly Op[],
  pick: (entry: OutboxEntryOf<Op>) => T,
): Map<string, Pending<T>> {
  const found = new Map<string, Pending<T>>()
  for (const entry of entries) {
    const id = inputOf(entry).id
    if (isWrite(entry, ...operations) && typeof id === 'string') found.set(id, { value: pick(entry), entry })
  }
  return found
}

/** The writes that move a project to another stage, from the stage screen or the board. */
export const stageMoves = ['moveProjectStage', 'pipelineMoveStage'] as const

/** Stage moves waiting in the outbox, by project uuid. */
export function pendingStages(entries: readonly OutboxEntry[]): Map<string, Pending<Stage>> {
  return latestBy(entries, stageMoves, (entry) => entry.variables.input.to)
}

/** Owner assignments waiting in the outbox, by project uuid. */
export function pendingOwners(entries: readonly OutboxEntry[]): Map<string, Pending<string>> {
  return latestBy(entries, ['assignProjectOwner'], (entry) => entry.variables.input.ownerId)
}

/** Follower changes waiting in the outbox for one project: user uuid → following. */
export function pendingFollowers(entries: readonly OutboxEntry[], projectUuid: string): Map<string, Pending<boolean>> {
  const found = new Map<string, Pending<boolean>>()
  for (const entry of entries) {
    if (!isWrite(entry, 'setProjectFollower') || entry.variables.input.id !== projectUuid) continue
    found.set(entry.variables.input.userId, { value: entry.variables.input.following, entry })
  }
  return found
}

export interface ProjectState {
  stage: Stage
  status: ProjectStatus
  hasSigning: boolean
  hasLanding: boolean
}

/** The project's stage, status, signing and landing once the waiting writes are applied, in order. */
export function pendingState(server: ProjectState, entries: readonly OutboxEntry[], projectId: string): ProjectState {
  const state = { ...server }
  for (const entry of entries) {
    if (!isKnown(entry) || inputOf(entry).id !== projectId) continue
    if (isWrite(entry, ...stageMoves)) state.stage = entry.variables.input.to
    if (isWrite(entry, 'setProjectStatus')) state.status = entry.variables.input.status
    if (entry.operation === 'recordSigning') state.hasSigning = true
    if (entry.operation === 'recordLanding') state.hasLanding = true
  }
  return state
}

/** What a correction of a follow-up sets (the fields it names; a null clears an optional one). */
export type ActivityEdit = Omit<OutboxInput<'editActivity'>, 'clientMutationId' | 'id' | 'version'>

export interface PendingActivityEdit {
  /** The corrections' fields, the later over the earlier. */
  fields: ActivityEdit
  /** The corrections still waiting, oldest first. */
  entries: OutboxEntryOf<'editActivity'>[]
}

/** Corrections of follow-ups waiting in the outbox, by the follow-up's uuid. */
export function pendingActivityEdits(entries: readonly OutboxEntry[]): Map<string, PendingActivityEdit> {
  const found = new Map<string, PendingActivityEdit>()
  for (const entry of entries) {
    if (!isWrite(entry, 'editActivity')) continue
    const { clientMutationId: _c, id, version: _v, ...fields } = entry.variables.input
    const earlier = found.get(id)
    found.set(id, {
      fields: { ...earlier?.fields, ...fields },
      entries: [...(earlier?.entries ?? []), entry],
    })
  }
  return found
}

export type LeadInput = OutboxInput<'createLead'>

/** The lead a new-lead entry carries, for showing it in the lists before the server has it. */
export const leadOf = (entry: OutboxEntry): LeadInput | null =>
  isWrite(entry, 'createLead') ? entry.variables.input : null

/** A project logged on this phone, not yet acknowledged: a new lead, or a new project for a known talent. */
export interface PendingProject {
  projectId: string
  talentId: string
  title: string
  sourceChannel: SourceChannel
  /** A new lead names its talent; a known talent's name is the server's (the phone's cache may have it). */
  talentName: string | null
  employer: string | null
}

export function newProjectOf(entry: OutboxEntry): PendingProject | null {
  const lead = leadOf(entry)
  if (lead) {
    const { projectId, talentId, sourceChannel, talentName } = lead
    return { projectId, talentId, title: leadTitle(lead), sourceChannel, talentName, employer: lead.employer ?? null }
  }
  if (!isWrite(entry, 'createProject')) return null
  const { id, talentId, title, sourceChannel } = entry.variables.input
  return { projectId: id, talentId, title, sourceChannel, talentName: null, employer: null }
}

type NewRequestInput = OutboxInput<'createSupportRequest'>

/** A support request logged on this phone, as the lists show it before the server has it. */
export interface PendingRequest extends Pick<NewRequestInput, 'id' | 'projectId' | 'category' | 'description'> {
  departmentName: string | null
}

/** Support requests logged on this phone and not yet acknowledged, oldest first. */
export function pendingRequests(
  entries: readonly OutboxEntry[],
  departmentName: (uuid: string) => string | undefined,
): { request: PendingRequest; entry: OutboxEntryOf<'createSupportRequest'> }[] {
  return entries.flatMap((entry) => {
    if (!isWrite(entry, 'createSupportRequest')) return []
    const { id, projectId, category, description, departmentId } = entry.variables.input
    const request = {
      id,
      projectId,
      category,
      description,
      departmentName: departmentId ? (departmentName(departmentId) ?? '') : null,
    }
    return [{ request, entry }]
  })
}

/** The writes that take a step of a support request (department/support-steps.ts). */
export type StepOperation = {
  [Op in OutboxOperation]: (typeof outboxWrites)[Op] extends { step: string } ? Op : never
}[OutboxOperation]

export interface PendingStep {
  step: OutboxStep
  entry: OutboxEntryOf<StepOperation>
  input: OutboxInput<StepOperation>
}

const isStep = (entry: OutboxEntry): entry is OutboxEntryOf<StepOperation> =>
  isKnown(entry) && 'step' in outboxWrites[entry.operation]

/** The user's queued steps on one support request, oldest first. */
export function pendingSteps(entries: readonly OutboxEntry[], requestUuid: string): PendingStep[] {
  return entries.flatMap((entry) =>
    isStep(entry) && entry.variables.input.id === requestUuid
      ? [{ step: outboxWrites[entry.operation].step, entry, input: entry.variables.input }]
      : [],
  )
}

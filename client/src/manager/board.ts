// The board's plain data: a project as a card shows it (with the user's unsynced moves and owners applied),
// the filters, the columns, and the overdue list. No Solid, no GraphQL: tested alone.
import type { Stage } from '../graphql.ts'
import type { OutboxEntry } from '../outbox/types.ts'
import { stages } from '../labels.ts'
import { pendingOwners, pendingStages, type Pending } from '../outbox/overlay.ts'

export type Light = 'RED' | 'YELLOW' | 'GREEN'
export type ClockKind = 'FIRST_CONTACT' | 'ASSESSMENT' | 'REFERRER_ANSWER' | 'FOLLOW_UP'

/** The project as read from the server (the PipelineProject fragment). */
export interface ProjectRead {
  id: string
  uuid: string
  title: string
  stage: Stage
  status: 'ACTIVE' | 'ON_HOLD' | 'LOST'
  version: number
  light: Light
  talent: { name: string }
  owner: { uuid: string; name: string } | null
  deadlines: readonly { kind: ClockKind; dueAt: string }[]
  signing: { id: string } | null
  landing: { id: string } | null
}

export interface BoardProject extends ProjectRead {
  hasSigning: boolean
  hasLanding: boolean
  /** A stage move or an owner change of this project waits in the outbox. */
  unsynced: boolean
  /** One of them was refused by the server. */
  failed: boolean
}

export interface QueuedChanges {
  stages: Map<string, Pending<Stage>>
  owners: Map<string, Pending<string>>
}

export function queuedChanges(entries: readonly OutboxEntry[]): QueuedChanges {
  return { stages: pendingStages(entries), owners: pendingOwners(entries) }
}

/** The project with the user's queued moves and owner changes applied, as the server will soon have it. */
export function withPending(
  project: ProjectRead,
  queued: QueuedChanges,
  memberName: (uuid: string) => string | undefined,
): BoardProject {
  const move = queued.stages.get(project.uuid)
  const owner = queued.owners.get(project.uuid)
  const pending = [move?.entry, owner?.entry].filter((entry): entry is OutboxEntry => Boolean(entry))
  return {
    ...project,
    stage: move?.value ?? project.stage,
    owner: owner ? { uuid: owner.value, name: memberName(owner.value) ?? project.owner?.name ?? '' } : project.owner,
    hasSigning: project.signing !== null,
    hasLanding: project.landing !== null,
    unsynced: pending.length > 0,
    failed: pending.some((entry) => entry.status === 'failed'),
  }
}

export interface BoardFilters {
  /** '' any owner, 'none' no owner, or the owner's uuid. */
  owner: string
  light: Light | ''
  text: string
}

export const noFilters: BoardFilters = { owner: '', light: '', text: '' }

export function filterBoard<P extends ProjectRead>(projects: readonly P[], filters: BoardFilters): P[] {
  const text = filters.text.trim().toLowerCase()
  return projects.filter((project) => {
    if (filters.owner === 'none' ? project.owner !== null : filters.owner && project.owner?.uuid !== filters.owner)
      return false
    if (filters.light && project.light !== filters.light) return false
    return !text || project.title.toLowerCase().includes(text) || project.talent.name.toLowerCase().includes(text)
  })
}

/** One column per stage, in pipeline order, each keeping the server's order (newest first). */
export function groupByStage<P extends { stage: Stage }>(projects: readonly P[]): { stage: Stage; projects: P[] }[] {
  return stages.map((stage) => ({ stage, projects: projects.filter((project) => project.stage === stage) }))
}

export interface OverdueProject<P> {
  project: P
  missed: { kind: ClockKind; dueAt: string }[]
  /** The oldest missed deadline: the list is sorted by it. */
  since: string
}

const time = (iso: string) => new Date(iso).getTime()

/** Projects with a missed response clock or follow-up, the longest overdue first. */
export function overdueProjects<P extends ProjectRead>(projects: readonly P[], now: Date): OverdueProject<P>[] {
  return projects
    .flatMap((project) => {
      const missed = project.deadlines
        .filter((deadline) => new Date(deadline.dueAt) < now)
        .sort((a, b) => time(a.dueAt) - time(b.dueAt))
      return missed.length ? [{ project, missed, since: missed[0]!.dueAt }] : []
    })
    .sort((a, b) => time(a.since) - time(b.since))
}

/** Whole days a deadline is past, counted in the county's calendar days. */
export function daysOverdue(dueAt: string, now: Date): number {
  const day = (instant: Date) => Math.floor((instant.getTime() + 8 * 3600_000) / 86_400_000)
  return day(now) - day(new Date(dueAt))
}

// A project's history as one list: follow-ups, stage and status changes, the signing and the landing,
// newest first. Signing and landing carry a day, not a time: they sort at the start of their day. A follow-up
// the user corrected shows as corrected at once, its correction waiting in the outbox beside it.
import type { ProjectStatus, ResultOf, Stage } from '../graphql.ts'
import type { ActivityEdit, PendingActivityEdit } from '../outbox/overlay.ts'
import type { OutboxEntryOf } from '../outbox/types.ts'
import type { TimelineFragment } from './project-fragments.ts'
import { startOfCountyDay } from './dates.ts'

type Timeline = ResultOf<typeof TimelineFragment>
type Activity = Timeline['activities'][number]

export type TimelineItem =
  | {
      type: 'activity'
      key: string
      at: string
      activity: Activity
      /** The user's corrections of it not yet acknowledged, oldest first. */
      edits: OutboxEntryOf<'editActivity'>[]
    }
  | { type: 'created'; key: string; at: string; stage: Stage; by: string; note: string | null }
  | { type: 'stage'; key: string; at: string; from: Stage; to: Stage; by: string; note: string | null }
  | { type: 'status'; key: string; at: string; from: ProjectStatus; to: ProjectStatus; by: string; note: string | null }
  | { type: 'signing'; key: string; at: string; signing: NonNullable<Timeline['signing']> }
  | { type: 'landing'; key: string; at: string; landing: NonNullable<Timeline['landing']> }

/** The follow-up as it will be once the corrections are applied; a null clears only what may be empty. */
export function editedActivity(activity: Activity, edit: ActivityEdit): Activity {
  return {
    ...activity,
    kind: edit.kind ?? activity.kind,
    occurredAt: edit.occurredAt ?? activity.occurredAt,
    summary: edit.summary ?? activity.summary,
    nextStep: edit.nextStep === undefined ? activity.nextStep : edit.nextStep,
    nextFollowUpAt: edit.nextFollowUpAt === undefined ? activity.nextFollowUpAt : edit.nextFollowUpAt,
  }
}

export function timelineItems(
  project: Timeline,
  edits: ReadonlyMap<string, PendingActivityEdit> = new Map(),
): TimelineItem[] {
  const items: TimelineItem[] = project.activities.map((logged) => {
    const edit = edits.get(logged.uuid)
    const activity = edit ? editedActivity(logged, edit.fields) : logged
    return { type: 'activity', key: logged.id, at: activity.occurredAt, activity, edits: edit?.entries ?? [] }
  })
  project.stageChanges.forEach((change, index) => {
    const common = { key: `change-${index}`, at: change.at, by: change.by.name, note: change.note ?? null }
    if (!change.fromStage) items.push({ type: 'created', stage: change.toStage, ...common })
    else if (change.fromStage !== change.toStage)
      items.push({ type: 'stage', from: change.fromStage, to: change.toStage, ...common })
    else if (change.fromStatus && change.fromStatus !== change.toStatus)
      items.push({ type: 'status', from: change.fromStatus, to: change.toStatus, ...common })
  })
  if (project.signing)
    items.push({
      type: 'signing',
      key: 'signing',
      at: startOfCountyDay(project.signing.signedAt).toISOString(),
      signing: project.signing,
    })
  if (project.landing)
    items.push({
      type: 'landing',
      key: 'landing',
      at: startOfCountyDay(project.landing.registeredAt).toISOString(),
      landing: project.landing,
    })
  return items.sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime())
}

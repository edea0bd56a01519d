// A project handed to someone (its new owner) or someone added to follow it: they hear of it, whichever path
// made the change (the project page, the 台账 import).
import { causeKeys, draftsFor } from '../../domain/notice.ts'
import type { Transaction } from '../../write/apply-once.ts'
import { notify } from './notify.ts'

interface Actor {
  id: string
  name: string
}

/** The new owner of a project, at the project's version after the change (the cause). */
export function noticeProjectAssigned(
  tx: Transaction,
  actor: Actor,
  project: { id: string; title: string; version: number; ownerId: string | null },
) {
  if (!project.ownerId) return Promise.resolve([])
  return noticeProjectsAssigned(tx, actor, [project])
}

export function noticeProjectsAssigned(
  tx: Transaction,
  actor: Actor,
  projects: readonly { id: string; title: string; version: number; ownerId: string | null }[],
) {
  return notify(
    tx,
    projects.flatMap((project) =>
      project.ownerId
        ? draftsFor([project.ownerId], {
            kind: 'PROJECT_ASSIGNED',
            causeKey: causeKeys.projectAssigned(project.id, project.version),
            params: { project: project.title, by: actor.name },
            subject: { type: 'Project', id: project.id },
            actorId: actor.id,
          })
        : [],
    ),
  )
}

export function noticeFollowerAdded(
  tx: Transaction,
  actor: Actor,
  project: { id: string; title: string },
  follower: { userId: string; since: Date },
) {
  return notify(
    tx,
    draftsFor([follower.userId], {
      kind: 'PROJECT_MEMBER_ADDED',
      causeKey: causeKeys.followerAdded(project.id, follower.since),
      params: { project: project.title, by: actor.name },
      subject: { type: 'Project', id: project.id },
      actorId: actor.id,
    }),
  )
}

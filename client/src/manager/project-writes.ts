// The board's and the owner screen's writes as outbox entries: ids made on the phone, and the version the
// project will have once the writes queued before are applied.
import { uuidv7 } from 'uuidv7'
import type { Stage } from '../graphql.ts'
import { nextVersion } from '../outbox/overlay.ts'
import type { OutboxEntry, WriteOf } from '../outbox/types.ts'
import { outboxWrite } from '../outbox/write.ts'

interface VersionedProject {
  uuid: string
  version: number
}

/** A forward move that needs no form (a gated one goes through the stage screen). */
export function moveStageWrite(
  project: VersionedProject,
  to: Stage,
  ownerId: string,
  queued: readonly OutboxEntry[],
): WriteOf<'pipelineMoveStage'> {
  const version = nextVersion(project.uuid, project.version, queued)
  return outboxWrite(
    'pipelineMoveStage',
    { clientMutationId: uuidv7(), id: project.uuid, to, reason: null, version },
    ownerId,
  )
}

export function assignOwnerWrite(
  project: VersionedProject,
  ownerUuid: string,
  ownerId: string,
  queued: readonly OutboxEntry[],
): WriteOf<'assignProjectOwner'> {
  const version = nextVersion(project.uuid, project.version, queued)
  return outboxWrite(
    'assignProjectOwner',
    { clientMutationId: uuidv7(), id: project.uuid, ownerId: ownerUuid, version },
    ownerId,
  )
}

/** Followers carry no version: adding or removing one changes no field of the project. */
export function followerWrite(
  projectUuid: string,
  userUuid: string,
  following: boolean,
  ownerId: string,
): WriteOf<'setProjectFollower'> {
  return outboxWrite(
    'setProjectFollower',
    { clientMutationId: uuidv7(), id: projectUuid, userId: userUuid, following },
    ownerId,
  )
}

// The board's and the owner screen's writes as outbox entries: ids made on the phone, the project's uuid as
// the record they touch, and the version the project will have once the writes queued before are applied.
import { uuidv7 } from 'uuidv7'
import type { Stage, VariablesOf } from '../graphql.ts'
import type { NewWrite, OutboxEntry } from '../outbox/types.ts'
import { nextVersion } from './pending.ts'
import type { AssignProjectOwnerMutation, PipelineMoveStageMutation, SetProjectFollowerMutation } from './writes.ts'

type MoveInput = VariablesOf<typeof PipelineMoveStageMutation>['input']
type AssignInput = VariablesOf<typeof AssignProjectOwnerMutation>['input']
type FollowInput = VariablesOf<typeof SetProjectFollowerMutation>['input']

interface VersionedProject {
  uuid: string
  version: number
}

const write = (operation: string, input: { clientMutationId: string; id: string }, ownerId: string): NewWrite => ({
  id: input.clientMutationId,
  operation,
  variables: { input },
  ownerId,
  recordIds: [input.id],
})

/** A forward move that needs no form (a gated one goes through the stage screen). */
export function moveStageWrite(
  project: VersionedProject,
  to: Stage,
  ownerId: string,
  queued: readonly OutboxEntry[],
): NewWrite {
  const input: MoveInput = {
    clientMutationId: uuidv7(),
    id: project.uuid,
    to,
    reason: null,
    version: nextVersion(project.uuid, project.version, queued),
  }
  return write('pipelineMoveStage', input, ownerId)
}

export function assignOwnerWrite(
  project: VersionedProject,
  ownerUuid: string,
  ownerId: string,
  queued: readonly OutboxEntry[],
): NewWrite {
  const input: AssignInput = {
    clientMutationId: uuidv7(),
    id: project.uuid,
    ownerId: ownerUuid,
    version: nextVersion(project.uuid, project.version, queued),
  }
  return write('assignProjectOwner', input, ownerId)
}

/** Followers carry no version: adding or removing one changes no field of the project. */
export function followerWrite(projectUuid: string, userUuid: string, following: boolean, ownerId: string): NewWrite {
  const input: FollowInput = { clientMutationId: uuidv7(), id: projectUuid, userId: userUuid, following }
  return write('setProjectFollower', input, ownerId)
}

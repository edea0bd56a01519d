// Each staff write as an outbox entry: ids and the client mutation id are made here, on the phone, and
// recordIds name the project (and the new record), so a later write of the project waits behind a failed one.
import { uuidv7 } from 'uuidv7'
import type { VariablesOf } from '../graphql.ts'
import type { NewWrite } from '../outbox/types.ts'
import type {
  LogActivityMutation,
  MoveProjectStageMutation,
  RecordLandingMutation,
  RecordSigningMutation,
  SetProjectStatusMutation,
  UpdateProjectMutation,
} from './writes.ts'

export type LogActivityInput = VariablesOf<typeof LogActivityMutation>['input']
export type MoveStageInput = VariablesOf<typeof MoveProjectStageMutation>['input']
export type SetStatusInput = VariablesOf<typeof SetProjectStatusMutation>['input']
export type SigningInput = VariablesOf<typeof RecordSigningMutation>['input']
export type LandingInput = VariablesOf<typeof RecordLandingMutation>['input']
export type UpdateProjectInput = VariablesOf<typeof UpdateProjectMutation>['input']

type WithoutIds<Input> = Omit<Input, 'clientMutationId' | 'id'>

function write(operation: string, input: { clientMutationId: string }, ownerId: string, recordIds: string[]): NewWrite {
  return { id: input.clientMutationId, operation, variables: { input }, ownerId, recordIds }
}

export function logActivityWrite(
  projectId: string,
  fields: Omit<LogActivityInput, 'clientMutationId' | 'id' | 'projectId'>,
  ownerId: string,
): NewWrite {
  const input: LogActivityInput = { clientMutationId: uuidv7(), id: uuidv7(), projectId, ...fields }
  return write('logActivity', input, ownerId, [projectId, input.id])
}

export function moveStageWrite(projectId: string, fields: WithoutIds<MoveStageInput>, ownerId: string): NewWrite {
  const input: MoveStageInput = { clientMutationId: uuidv7(), id: projectId, ...fields }
  return write('moveProjectStage', input, ownerId, [projectId])
}

export function setStatusWrite(projectId: string, fields: WithoutIds<SetStatusInput>, ownerId: string): NewWrite {
  const input: SetStatusInput = { clientMutationId: uuidv7(), id: projectId, ...fields }
  return write('setProjectStatus', input, ownerId, [projectId])
}

export function recordSigningWrite(projectId: string, fields: WithoutIds<SigningInput>, ownerId: string): NewWrite {
  const input: SigningInput = { clientMutationId: uuidv7(), id: projectId, ...fields }
  return write('recordSigning', input, ownerId, [projectId])
}

export function recordLandingWrite(projectId: string, fields: WithoutIds<LandingInput>, ownerId: string): NewWrite {
  const input: LandingInput = { clientMutationId: uuidv7(), id: projectId, ...fields }
  return write('recordLanding', input, ownerId, [projectId])
}

export function updateProjectWrite(
  projectId: string,
  fields: WithoutIds<UpdateProjectInput>,
  ownerId: string,
): NewWrite {
  const input: UpdateProjectInput = { clientMutationId: uuidv7(), id: projectId, ...fields }
  return write('updateProject', input, ownerId, [projectId])
}

// Each staff write as an outbox entry: ids and the client mutation id are made here, on the phone; the records
// the write touches (the project, and the new record) come from the registry, so a later write of the project
// waits behind a failed one.
import { uuidv7 } from 'uuidv7'
import type { OutboxInput, WriteOf } from '../outbox/types.ts'
import { outboxWrite } from '../outbox/write.ts'

export type LogActivityInput = OutboxInput<'logActivity'>
export type EditActivityInput = OutboxInput<'editActivity'>
export type MoveStageInput = OutboxInput<'moveProjectStage'>
export type SetStatusInput = OutboxInput<'setProjectStatus'>
export type SigningInput = OutboxInput<'recordSigning'>
export type LandingInput = OutboxInput<'recordLanding'>
export type UpdateProjectInput = OutboxInput<'updateProject'>
export type ReferrerAnswerInput = OutboxInput<'recordReferrerAnswer'>

type WithoutIds<Input> = Omit<Input, 'clientMutationId' | 'id'>

export function logActivityWrite(
  projectId: string,
  fields: Omit<LogActivityInput, 'clientMutationId' | 'id' | 'projectId'>,
  ownerId: string,
): WriteOf<'logActivity'> {
  return outboxWrite('logActivity', { clientMutationId: uuidv7(), id: uuidv7(), projectId, ...fields }, ownerId)
}

/** A correction of one's own follow-up: the changed fields, and the version they were based on. */
export function editActivityWrite(
  activityId: string,
  fields: WithoutIds<EditActivityInput>,
  ownerId: string,
): WriteOf<'editActivity'> {
  return outboxWrite('editActivity', { clientMutationId: uuidv7(), id: activityId, ...fields }, ownerId)
}

export function moveStageWrite(
  projectId: string,
  fields: WithoutIds<MoveStageInput>,
  ownerId: string,
): WriteOf<'moveProjectStage'> {
  return outboxWrite('moveProjectStage', { clientMutationId: uuidv7(), id: projectId, ...fields }, ownerId)
}

export function setStatusWrite(
  projectId: string,
  fields: WithoutIds<SetStatusInput>,
  ownerId: string,
): WriteOf<'setProjectStatus'> {
  return outboxWrite('setProjectStatus', { clientMutationId: uuidv7(), id: projectId, ...fields }, ownerId)
}

export function recordSigningWrite(
  projectId: string,
  fields: WithoutIds<SigningInput>,
  ownerId: string,
): WriteOf<'recordSigning'> {
  return outboxWrite('recordSigning', { clientMutationId: uuidv7(), id: projectId, ...fields }, ownerId)
}

export function recordLandingWrite(
  projectId: string,
  fields: WithoutIds<LandingInput>,
  ownerId: string,
): WriteOf<'recordLanding'> {
  return outboxWrite('recordLanding', { clientMutationId: uuidv7(), id: projectId, ...fields }, ownerId)
}

export function updateProjectWrite(
  projectId: string,
  fields: WithoutIds<UpdateProjectInput>,
  ownerId: string,
): WriteOf<'updateProject'> {
  return outboxWrite('updateProject', { clientMutationId: uuidv7(), id: projectId, ...fields }, ownerId)
}

export function referrerAnswerWrite(
  projectId: string,
  fields: WithoutIds<ReferrerAnswerInput>,
  ownerId: string,
): WriteOf<'recordReferrerAnswer'> {
  return outboxWrite('recordReferrerAnswer', { clientMutationId: uuidv7(), id: projectId, ...fields }, ownerId)
}

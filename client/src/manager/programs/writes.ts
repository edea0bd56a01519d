// The program and event writes the outbox carries (outbox/registry.ts): filing, moving and editing an
// application, and recording or removing an event's participants, which units do where the talents are, signal
// or not. Each answers with the record as the screens show it, so graphcache refreshes the list on ack.
import { graphql } from '../../graphql.ts'

export const ApplicationRowFragment = graphql(`
  fragment ProgramApplicationRow on ProgramApplication {
    __typename
    id
    uuid
    status
    year
    batch
    version
    statusChangedAt
    note
    program { id uuid name }
    round { id uuid name }
    talent { id uuid name employer }
    unit { id uuid name }
  }
`)

export const EventParticipantsFragment = graphql(`
  fragment EventParticipants on ServiceEvent {
    __typename
    id
    uuid
    participantCount
    participants { id uuid name employer }
  }
`)

export const CreateProgramApplicationMutation = graphql(
  `
    mutation ProgramsCreateApplication($input: CreateProgramApplicationInput!) {
      createProgramApplication(input: $input) { ...ProgramApplicationRow }
    }
  `,
  [ApplicationRowFragment],
)

export const MoveProgramApplicationMutation = graphql(
  `
    mutation ProgramsMoveApplication($input: MoveProgramApplicationInput!) {
      moveProgramApplication(input: $input) { ...ProgramApplicationRow }
    }
  `,
  [ApplicationRowFragment],
)

export const UpdateProgramApplicationMutation = graphql(
  `
    mutation ProgramsUpdateApplication($input: UpdateProgramApplicationInput!) {
      updateProgramApplication(input: $input) { ...ProgramApplicationRow }
    }
  `,
  [ApplicationRowFragment],
)

export const RecordEventParticipantsMutation = graphql(
  `
    mutation EventsRecordParticipants($input: RecordEventParticipantsInput!) {
      recordEventParticipants(input: $input) { ...EventParticipants }
    }
  `,
  [EventParticipantsFragment],
)

export const RemoveEventParticipantMutation = graphql(
  `
    mutation EventsRemoveParticipant($input: RemoveEventParticipantInput!) {
      removeEventParticipant(input: $input) { ...EventParticipants }
    }
  `,
  [EventParticipantsFragment],
)

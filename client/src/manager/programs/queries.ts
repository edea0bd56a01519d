// What the application and event screens read. The lists stay in graphcache, so they open offline as last seen.
import { graphql } from '../../graphql.ts'
import { ApplicationRowFragment, EventParticipantsFragment } from './writes.ts'

export const RoundsQuery = graphql(`
  query ProgramsRounds {
    programRounds { id uuid year name closesOn program { id uuid name } }
  }
`)

/** The units the office may file an application for: parks, towns and itself (retired ones are left out). */
export const FilingUnitsQuery = graphql(`
  query ProgramsFilingUnits {
    units(kind: [PARK, TOWN, OFFICE]) { id uuid name kind retiredAt }
  }
`)

export const ApplicationsQuery = graphql(
  `
    query ProgramsApplications($roundId: String, $status: [ApplicationStatus!]) {
      programApplications(roundId: $roundId, status: $status, first: 100) {
        edges { node { ...ProgramApplicationRow } }
      }
    }
  `,
  [ApplicationRowFragment],
)

export const EventRowFragment = graphql(`
  fragment ServiceEventRow on ServiceEvent {
    __typename
    id
    uuid
    kind
    title
    heldOn
    place
    description
    version
    participantCount
    organiserUnit { id uuid name }
  }
`)

export const EventsQuery = graphql(
  `
    query ProgramsEvents {
      serviceEvents(first: 100) { edges { node { ...ServiceEventRow } } }
    }
  `,
  [EventRowFragment],
)

export const EventQuery = graphql(
  `
    query ProgramsEvent($id: ID!) {
      node(id: $id) {
        id
        ... on ServiceEvent { ...ServiceEventRow ...EventParticipants }
      }
    }
  `,
  [EventRowFragment, EventParticipantsFragment],
)

export const CreateServiceEventMutation = graphql(
  `
    mutation ProgramsCreateEvent($input: CreateServiceEventInput!) {
      createServiceEvent(input: $input) { ...ServiceEventRow }
    }
  `,
  [EventRowFragment],
)

export const UpdateServiceEventMutation = graphql(
  `
    mutation ProgramsUpdateEvent($input: UpdateServiceEventInput!) {
      updateServiceEvent(input: $input) { ...ServiceEventRow }
    }
  `,
  [EventRowFragment],
)

// The service-event documents the tests send: events, their participants, a talent's events attended.
import { graphql } from './graphql.ts'

export const CreateServiceEvent = graphql(`
  mutation CreateServiceEvent($input: CreateServiceEventInput!) {
    createServiceEvent(input: $input) {
      uuid
      version
      title
      kind
      heldOn
      place
      organiserUnit {
        name
      }
      participantCount
      participants {
        uuid
        name
      }
    }
  }
`)
export const RecordEventParticipants = graphql(`
  mutation RecordEventParticipants($input: RecordEventParticipantsInput!) {
    recordEventParticipants(input: $input) {
      uuid
      version
      title
      kind
      heldOn
      place
      organiserUnit {
        name
      }
      participantCount
      participants {
        uuid
        name
      }
    }
  }
`)
export const RemoveEventParticipant = graphql(`
  mutation RemoveEventParticipant($input: RemoveEventParticipantInput!) {
    removeEventParticipant(input: $input) {
      uuid
      version
      title
      kind
      heldOn
      place
      organiserUnit {
        name
      }
      participantCount
      participants {
        uuid
        name
      }
    }
  }
`)
export const UpdateServiceEvent = graphql(`
  mutation UpdateServiceEvent($input: UpdateServiceEventInput!) {
    updateServiceEvent(input: $input) {
      uuid
      version
      title
      kind
      heldOn
      place
      organiserUnit {
        name
      }
      participantCount
      participants {
        uuid
        name
      }
    }
  }
`)
export const EventParticipantsQuery = graphql(`
  query EventParticipants($id: ID!) {
    node(id: $id) {
      ... on ServiceEvent {
        participantCount
        participants {
          name
        }
      }
    }
  }
`)
export const EventsAttendedQuery = graphql(`
  query EventsAttended($id: ID!) {
    node(id: $id) {
      ... on Talent {
        name
        eventsAttended {
          title
          heldOn
          participantCount
        }
      }
    }
  }
`)
export const ServiceEventsQuery = graphql(`
  query ServiceEvents($kind: ServiceEventKind, $from: Date, $to: Date, $organiserUnitId: String) {
    serviceEvents(first: 10, kind: $kind, from: $from, to: $to, organiserUnitId: $organiserUnitId) {
      edges {
        node {
          title
          participantCount
          participants {
            name
          }
        }
      }
    }
  }
`)

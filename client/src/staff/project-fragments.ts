// What the project screens read of a project, one fragment per component that renders it. They live here,
// not in the .tsx files, because the outbox's mutation documents (in the app's first chunk) select them
// too: the acknowledged write then refreshes the screens without pulling the screens' code in.
import { graphql } from '../graphql.ts'

export const ProjectSummaryFragment = graphql(`
  fragment StaffProjectSummary on Project {
    __typename
    id
    uuid
    version
    title
    stage
    status
    statusReason
    stageEnteredAt
    light
    nextFollowUpAt
    lastActivityAt
    deadlines { kind dueAt }
    unit { id name }
    owner { id name }
    followers { id name }
  }
`)

export const ProjectFactsFragment = graphql(`
  fragment StaffProjectFacts on Project {
    __typename
    id
    industry
    sourceChannel
    referrer
    referrerAnsweredAt
    referrerAnswerNote
    plannedInvestment
    registeredCapital
    expectedLandingDate
    description
    tags
    signing {
      id
      signedAt
      agreementKind
      investmentAgreed
      supportFunds
      supportSpaceM2
      supportApartments
      supportOther
      conditions
    }
    landing { id companyName uscc registeredAt registeredCapital carrier employees firstRevenueAt }
  }
`)

export const TalentCardFragment = graphql(`
  fragment StaffTalentCard on Talent {
    __typename
    id
    uuid
    name
    title
    employer
    field
    phone
    phoneMasked
    email
    wechat
    contactMasked
    consentWithdrawnAt
    eventsAttended { id uuid title heldOn }
  }
`)

export const TimelineFragment = graphql(`
  fragment StaffTimeline on Project {
    __typename
    id
    activities(last: 20) {
      id
      uuid
      kind
      occurredAt
      summary
      nextStep
      nextFollowUpAt
      version
      editable
      author { id name }
    }
    stageChanges { at fromStage toStage fromStatus toStatus note by { id name } }
    signing { id signedAt agreementKind investmentAgreed }
    landing { id companyName uscc registeredAt }
  }
`)

/** A support request as the project screen lists it (project-support-requests.tsx). */
export const ProjectSupportRequestFragment = graphql(`
  fragment StaffProjectSupportRequest on SupportRequest {
    __typename
    id
    uuid
    category
    description
    status
    dueAt
    overdue
    department { id name }
  }
`)

/**
 * The project screen's list of its support requests. Here rather than in its screen because the working
 * set (working-set/) writes its answer for every project a phone keeps offline.
 */
export const ProjectSupportRequestsQuery = graphql(
  `
    query StaffProjectSupportRequests($projectId: String!) {
      supportRequests(projectId: $projectId, first: 20) {
        edges { node { id ...StaffProjectSupportRequest } }
      }
    }
  `,
  [ProjectSupportRequestFragment],
)

/**
 * Everything the project screens read, for the query and the mutations to select as
 * `uuid ...StaffProjectSummary ...StaffProjectFacts ...StaffTimeline talent { id ...StaffTalentCard }`:
 * spread flat, not wrapped in one more fragment, because the server prices every level of nesting
 * (graphql-armor's cost limit, server/src/yoga.ts).
 */
export const projectDetailFragments = [
  ProjectSummaryFragment,
  ProjectFactsFragment,
  TimelineFragment,
  TalentCardFragment,
] as const

// The mutations the staff screens queue in the outbox (see outbox/registry.ts). Each answers
// with the whole project as the screens show it, so graphcache refreshes the detail and timeline on ack.
import { graphql } from '../graphql.ts'
import {
  ProjectFactsFragment,
  projectDetailFragments,
  ProjectSummaryFragment,
  TimelineFragment,
} from './project-fragments.ts'

export const LogActivityMutation = graphql(
  `
    mutation StaffLogActivity($input: LogActivityInput!) {
      logActivity(input: $input) {
        id
        uuid
        project {
        id
        uuid
        ...StaffProjectSummary
        ...StaffProjectFacts
        ...StaffTimeline
        talent { id ...StaffTalentCard }
      }
      }
    }
  `,
  projectDetailFragments,
)

// The edited follow-up, and its project: a new date or next follow-up moves the project's light and timeline.
export const EditActivityMutation = graphql(
  `
    mutation StaffEditActivity($input: EditActivityInput!) {
      editActivity(input: $input) {
        id
        uuid
        version
        project {
        id
        uuid
        ...StaffProjectSummary
        ...StaffTimeline
      }
      }
    }
  `,
  [ProjectSummaryFragment, TimelineFragment],
)

export const MoveProjectStageMutation = graphql(
  `
    mutation StaffMoveProjectStage($input: MoveProjectStageInput!) {
      moveProjectStage(input: $input) {
        id
        uuid
        ...StaffProjectSummary
        ...StaffProjectFacts
        ...StaffTimeline
        talent { id ...StaffTalentCard }
      }
    }
  `,
  projectDetailFragments,
)

export const SetProjectStatusMutation = graphql(
  `
    mutation StaffSetProjectStatus($input: SetProjectStatusInput!) {
      setProjectStatus(input: $input) {
        id
        uuid
        ...StaffProjectSummary
        ...StaffProjectFacts
        ...StaffTimeline
        talent { id ...StaffTalentCard }
      }
    }
  `,
  projectDetailFragments,
)

export const RecordSigningMutation = graphql(
  `
    mutation StaffRecordSigning($input: RecordSigningInput!) {
      recordSigning(input: $input) {
        id
        uuid
        ...StaffProjectSummary
        ...StaffProjectFacts
        ...StaffTimeline
        talent { id ...StaffTalentCard }
      }
    }
  `,
  projectDetailFragments,
)

export const RecordLandingMutation = graphql(
  `
    mutation StaffRecordLanding($input: RecordLandingInput!) {
      recordLanding(input: $input) {
        id
        uuid
        ...StaffProjectSummary
        ...StaffProjectFacts
        ...StaffTimeline
        talent { id ...StaffTalentCard }
      }
    }
  `,
  projectDetailFragments,
)

export const UpdateProjectMutation = graphql(
  `
    mutation StaffUpdateProject($input: UpdateProjectInput!) {
      updateProject(input: $input) {
        id
        uuid
        ...StaffProjectSummary
        ...StaffProjectFacts
        ...StaffTimeline
        talent { id ...StaffTalentCard }
      }
    }
  `,
  projectDetailFragments,
)

export const RecordReferrerAnswerMutation = graphql(
  `
    mutation StaffRecordReferrerAnswer($input: RecordReferrerAnswerInput!) {
      recordReferrerAnswer(input: $input) {
        id
        uuid
        ...StaffProjectSummary
        ...StaffProjectFacts
      }
    }
  `,
  [ProjectSummaryFragment, ProjectFactsFragment],
)

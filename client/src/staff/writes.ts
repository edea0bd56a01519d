// The mutations the staff screens queue in the outbox, by operation name (see outbox/send.ts). Each answers
// with the whole project as the screens show it, so graphcache refreshes the detail and timeline on ack.
import type { TypedDocumentNode } from '@urql/core'
import { graphql } from '../graphql.ts'
import { projectDetailFragments } from './project-fragments.ts'

export const LogActivityMutation = graphql(
  `
    mutation StaffLogActivity($input: LogActivityInput!) {
      logActivity(input: $input) {
        id
        uuid
        project { id uuid ...StaffProjectSummary ...StaffProjectFacts ...StaffTimeline talent { id ...StaffTalentCard } }
      }
    }
  `,
  projectDetailFragments,
)

export const MoveProjectStageMutation = graphql(
  `
    mutation StaffMoveProjectStage($input: MoveProjectStageInput!) {
      moveProjectStage(input: $input) { id uuid ...StaffProjectSummary ...StaffProjectFacts ...StaffTimeline talent { id ...StaffTalentCard } }
    }
  `,
  projectDetailFragments,
)

export const SetProjectStatusMutation = graphql(
  `
    mutation StaffSetProjectStatus($input: SetProjectStatusInput!) {
      setProjectStatus(input: $input) { id uuid ...StaffProjectSummary ...StaffProjectFacts ...StaffTimeline talent { id ...StaffTalentCard } }
    }
  `,
  projectDetailFragments,
)

export const RecordSigningMutation = graphql(
  `
    mutation StaffRecordSigning($input: RecordSigningInput!) {
      recordSigning(input: $input) { id uuid ...StaffProjectSummary ...StaffProjectFacts ...StaffTimeline talent { id ...StaffTalentCard } }
    }
  `,
  projectDetailFragments,
)

export const RecordLandingMutation = graphql(
  `
    mutation StaffRecordLanding($input: RecordLandingInput!) {
      recordLanding(input: $input) { id uuid ...StaffProjectSummary ...StaffProjectFacts ...StaffTimeline talent { id ...StaffTalentCard } }
    }
  `,
  projectDetailFragments,
)

export const UpdateProjectMutation = graphql(
  `
    mutation StaffUpdateProject($input: UpdateProjectInput!) {
      updateProject(input: $input) { id uuid ...StaffProjectSummary ...StaffProjectFacts ...StaffTimeline talent { id ...StaffTalentCard } }
    }
  `,
  projectDetailFragments,
)

/** The mutations this area queues in the outbox, by operation name (see outbox/send.ts). */
export const staffWrites: Record<string, TypedDocumentNode<any, any>> = {
  logActivity: LogActivityMutation,
  moveProjectStage: MoveProjectStageMutation,
  setProjectStatus: SetProjectStatusMutation,
  recordSigning: RecordSigningMutation,
  recordLanding: RecordLandingMutation,
  updateProject: UpdateProjectMutation,
}

import { graphql } from '../graphql.ts'
import { PipelineProjectFragment, UnitMemberFragment } from './fragments.ts'
import { SupportRequestDetailFragment } from '../department/fragments.ts'

// Named apart from the stage screen's own move (staff area): both may sit in one outbox.
export const PipelineMoveStageMutation = graphql(
  `
    mutation PipelineMoveStage($input: MoveProjectStageInput!) {
      moveProjectStage(input: $input) { ...PipelineProject stageEnteredAt }
    }
  `,
  [PipelineProjectFragment],
)

export const AssignProjectOwnerMutation = graphql(
  `
    mutation AssignProjectOwner($input: AssignProjectOwnerInput!) {
      assignProjectOwner(input: $input) { ...PipelineProject }
    }
  `,
  [PipelineProjectFragment],
)

export const SetProjectFollowerMutation = graphql(
  `
    mutation SetProjectFollower($input: SetProjectFollowerInput!) {
      setProjectFollower(input: $input) { id version followers { ...UnitMember } }
    }
  `,
  [UnitMemberFragment],
)

export const CreateSupportRequestMutation = graphql(
  `
    mutation CreateSupportRequest($input: CreateSupportRequestInput!) {
      createSupportRequest(input: $input) { ...SupportRequestDetail }
    }
  `,
  [SupportRequestDetailFragment],
)

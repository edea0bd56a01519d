// Typed documents for the writes many suites make; a document one suite alone sends stays in that suite.
// Each project write reads back what the suites check: id, uuid, version, stage and status; a talent or
// activity write its id, uuid and version (and an edited activity its summary).
import { graphql } from './graphql.ts'

export const CreateTalent = graphql(`
  mutation CreateTalent($input: CreateTalentInput!) {
    createTalent(input: $input) {
      id
      uuid
      version
    }
  }
`)

export const CreateProject = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
      uuid
      version
      stage
      status
    }
  }
`)

export const UpdateProject = graphql(`
  mutation UpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      id
      uuid
      version
      stage
      status
    }
  }
`)

export const AssignProjectOwner = graphql(`
  mutation AssignProjectOwner($input: AssignProjectOwnerInput!) {
    assignProjectOwner(input: $input) {
      id
      uuid
      version
      stage
      status
    }
  }
`)

export const MoveProjectStage = graphql(`
  mutation MoveProjectStage($input: MoveProjectStageInput!) {
    moveProjectStage(input: $input) {
      id
      uuid
      version
      stage
      status
    }
  }
`)

export const SetProjectStatus = graphql(`
  mutation SetProjectStatus($input: SetProjectStatusInput!) {
    setProjectStatus(input: $input) {
      id
      uuid
      version
      stage
      status
    }
  }
`)

export const RecordSigning = graphql(`
  mutation RecordSigning($input: RecordSigningInput!) {
    recordSigning(input: $input) {
      id
      uuid
      version
      stage
      status
    }
  }
`)

export const RecordLanding = graphql(`
  mutation RecordLanding($input: RecordLandingInput!) {
    recordLanding(input: $input) {
      id
      uuid
      version
      stage
      status
    }
  }
`)

export const MoveProjectCredit = graphql(`
  mutation MoveProjectCredit($input: MoveProjectCreditInput!) {
    moveProjectCredit(input: $input) {
      id
      uuid
      version
      stage
      status
    }
  }
`)

export const CreateLead = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
      uuid
      version
      stage
      status
      talent {
        phone
      }
    }
  }
`)

export const UpdateTalent = graphql(`
  mutation UpdateTalent($input: UpdateTalentInput!) {
    updateTalent(input: $input) {
      id
      uuid
      version
      title
      phone
    }
  }
`)

export const MergeTalents = graphql(`
  mutation MergeTalents($input: MergeTalentsInput!) {
    mergeTalents(input: $input) {
      id
      uuid
      version
      employer
      email
      projects {
        uuid
      }
    }
  }
`)

export const LogActivity = graphql(`
  mutation LogActivity($input: LogActivityInput!) {
    logActivity(input: $input) {
      id
      uuid
      version
    }
  }
`)

export const EditActivity = graphql(`
  mutation EditActivity($input: EditActivityInput!) {
    editActivity(input: $input) {
      id
      uuid
      version
      summary
    }
  }
`)

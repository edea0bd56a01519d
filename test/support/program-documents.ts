// Typed documents for the program application tests (program-*.test.ts). Each application step reads the
// application back whole: its status and version, its dates, and the program, unit, talent and project named.
import { graphql } from './graphql.ts'

export const CreateProgram = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      id
      uuid
      code
      name
      level
    }
  }
`)

export const CreateProgramApplication = graphql(`
  mutation CreateProgramApplication($input: CreateProgramApplicationInput!) {
    createProgramApplication(input: $input) {
      id uuid version status year batch note submittedAt decidedAt statusChangedAt
      program { name }
      unit { name }
      talent { name }
      project { title }
    }
  }
`)

export const MoveProgramApplication = graphql(`
  mutation MoveProgramApplication($input: MoveProgramApplicationInput!) {
    moveProgramApplication(input: $input) {
      id uuid version status year batch note submittedAt decidedAt statusChangedAt
      program { name }
      unit { name }
      talent { name }
      project { title }
    }
  }
`)

export const UpdateProgramApplication = graphql(`
  mutation UpdateProgramApplication($input: UpdateProgramApplicationInput!) {
    updateProgramApplication(input: $input) {
      id uuid version status year batch note submittedAt decidedAt statusChangedAt
      program { name }
      unit { name }
      talent { name }
      project { title }
    }
  }
`)

export const CreateProgramRound = graphql(`
  mutation CreateProgramRound($input: CreateProgramRoundInput!) {
    createProgramRound(input: $input) {
      id uuid version year name closesOn applicationCount
      program { name }
    }
  }
`)

export const UpdateProgramRound = graphql(`
  mutation UpdateProgramRound($input: UpdateProgramRoundInput!) {
    updateProgramRound(input: $input) {
      id uuid version year name closesOn applicationCount
      program { name }
    }
  }
`)

export const ApplicationsInRound = graphql(`
  query ApplicationsInRound($roundId: String) {
    programApplications(roundId: $roundId, first: 100) {
      edges { node { uuid batch year unit { name } round { uuid name } } }
    }
    programRounds { uuid name applicationCount }
  }
`)

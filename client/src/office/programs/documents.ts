// The office's program documents: online only, since a program or a round is decided once, at a desk.
import { graphql } from '../../graphql.ts'

export const OfficePrograms = graphql(`
  query OfficePrograms {
    programs(includeInactive: true) {
      id uuid code name level isNationalMajor active version
      rounds { id uuid year name closesOn applicationCount version }
    }
  }
`)

export const OfficeCreateProgram = graphql(`
  mutation OfficeCreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) { id uuid code name level isNationalMajor active version }
  }
`)

export const OfficeUpdateProgram = graphql(`
  mutation OfficeUpdateProgram($input: UpdateProgramInput!) {
    updateProgram(input: $input) { id uuid active version }
  }
`)

export const OfficeCreateRound = graphql(`
  mutation OfficeCreateRound($input: CreateProgramRoundInput!) {
    createProgramRound(input: $input) { id uuid year name closesOn applicationCount version }
  }
`)

export const OfficeUpdateRound = graphql(`
  mutation OfficeUpdateRound($input: UpdateProgramRoundInput!) {
    updateProgramRound(input: $input) { id uuid year name closesOn applicationCount version }
  }
`)

// Typed documents for the talent writes several suites make (talent, talent-phones, talent-claims, read-scope,
// statistics-rollups): a lead logged with its talent, a talent edited, two records merged. Each reads back what
// any of those suites checks.
import { graphql } from './graphql.ts'

export const CreateLead = graphql(`
  mutation CreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
      uuid
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
      employer
      email
      projects {
        uuid
      }
    }
  }
`)

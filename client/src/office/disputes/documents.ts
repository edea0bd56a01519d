// The office's documents for settling disputes. Online only: a merge or a credit decision is the office's,
// decided by the server at once, never queued on a phone.
import { graphql } from '../../graphql.ts'

export const PairTalentFields = graphql(`
  fragment PairTalentFields on Talent {
    id
    uuid
    version
    name
    gender
    birthYear
    phone
    email
    wechat
    degree
    title
    field
    employer
    country
    city
    overseasExperience
    talentClass
    talentTeam
    sector
    notes
    createdAt
    projects { uuid title unit { name } }
  }
`)

export const DuplicatePairsQuery = graphql(
  `
    query OfficeDuplicatePairs {
      talentDuplicatePairs {
        reason
        first { ...PairTalentFields }
        second { ...PairTalentFields }
      }
    }
  `,
  [PairTalentFields],
)

export const MergePairMutation = graphql(`
  mutation OfficeMergeTalents($input: MergeTalentsInput!) {
    mergeTalents(input: $input) { id uuid name version }
  }
`)

export const CreditFields = graphql(`
  fragment CreditFields on Project {
    id
    uuid
    version
    title
    stage
    talent { name }
    unit { name }
    creditUnit { uuid name }
    creditShares { unit { uuid name } percent }
  }
`)

export const CreditProjectsQuery = graphql(
  `
    query OfficeCreditProjects($search: String) {
      projects(search: $search, first: 20) { edges { node { ...CreditFields } } }
      units { uuid name kind retiredAt }
    }
  `,
  [CreditFields],
)

export const MoveCreditMutation = graphql(
  `
    mutation OfficeMoveCredit($input: MoveProjectCreditInput!) {
      moveProjectCredit(input: $input) { ...CreditFields }
    }
  `,
  [CreditFields],
)

export const SplitCreditMutation = graphql(
  `
    mutation OfficeSplitCredit($input: SplitProjectCreditInput!) {
      splitProjectCredit(input: $input) { ...CreditFields }
    }
  `,
  [CreditFields],
)

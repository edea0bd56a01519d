// The documents the talent-details and consent tests send, typed by gql.tada from the printed schema.
import { graphql } from './graphql.ts'

export const UpdateTalentDetails = graphql(`
  mutation UpdateTalentDetails($input: UpdateTalentInput!) {
    updateTalent(input: $input) { uuid version talentClass birthYear sector talentTeam }
  }
`)

export const WithdrawConsent = graphql(`
  mutation WithdrawConsent($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) { uuid version consentWithdrawnAt phone contactMasked }
  }
`)

export const TalentContactView = graphql(`
  query TalentContactView($id: ID!) {
    node(id: $id) {
      ... on Talent { name phone email wechat contactMasked phoneMasked consentWithdrawnAt }
    }
  }
`)

export const RevealTalentContact = graphql(`
  mutation RevealTalentContact($talentId: String!, $reason: String!) {
    revealContact(talentId: $talentId, reason: $reason) { phone }
  }
`)

export const LeadTitles = graphql(`
  query LeadTitles($stage: [Stage!]) {
    projects(first: 100, stage: $stage) { edges { node { uuid title } } }
    overdue: myFollowUps(window: OVERDUE) { uuid }
  }
`)

// The talent details the assessment and statistics count, and the writes that change them: decided by the
// server at once (sendOnline), since the class is the office's and a consent withdrawal must take effect.
import { graphql } from '../graphql.ts'

export const TalentDetailsFragment = graphql(`
  fragment StaffTalentDetails on Talent {
    __typename
    id
    uuid
    version
    talentClass
    birthYear
    sector
    talentTeam
    consentWithdrawnAt
    contactMasked
    phone
  }
`)

export const TalentDetailsQuery = graphql(
  `
    query StaffTalentDetails($id: ID!) {
      node(id: $id) {
        __typename
        id
        ...StaffTalentDetails
      }
    }
  `,
  [TalentDetailsFragment],
)

export const UpdateTalentDetailsMutation = graphql(`
  mutation StaffUpdateTalentDetails($input: UpdateTalentInput!) {
    updateTalent(input: $input) { id version talentClass birthYear sector talentTeam }
  }
`)

export const WithdrawConsentMutation = graphql(`
  mutation StaffWithdrawConsent($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) { id version consentWithdrawnAt contactMasked phone email wechat }
  }
`)

export const talentClasses = ['NONE', 'A', 'B', 'C', 'D'] as const
export const sectors = ['ENTERPRISE', 'EDUCATION', 'HEALTH', 'RESEARCH', 'PUBLIC_INSTITUTION', 'OTHER'] as const
export const talentTeams = [
  'PARTY_GOVERNMENT',
  'ENTERPRISE_MANAGEMENT',
  'PROFESSIONAL_TECHNICAL',
  'HIGHLY_SKILLED',
  'RURAL_PRACTICAL',
  'SOCIAL_WORK',
] as const

export interface DetailsForm {
  talentClass: (typeof talentClasses)[number]
  birthYear: string
  sector: (typeof sectors)[number] | ''
  talentTeam: (typeof talentTeams)[number] | ''
}

/** The updateTalent fields of the form; the class only when the office may set it. */
export function detailsInput(form: DetailsForm, withClass: boolean) {
  return {
    birthYear: form.birthYear.trim() ? Number(form.birthYear.trim()) : null,
    sector: form.sector || null,
    talentTeam: form.talentTeam || null,
    ...(withClass ? { talentClass: form.talentClass } : {}),
  }
}

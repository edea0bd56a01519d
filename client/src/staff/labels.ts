// Chinese (or English) names of the enums the staff screens show, from the message catalogue.
import type { graphql } from '../graphql.ts'
import { t } from '../i18n/index.ts'

export type ActivityKind = ReturnType<typeof graphql.scalar<'ActivityKind'>>
export type AgreementKind = ReturnType<typeof graphql.scalar<'AgreementKind'>>
export type Light = ReturnType<typeof graphql.scalar<'Light'>>
export type ClockKind = ReturnType<typeof graphql.scalar<'ClockKind'>>
export type SupportStatus = ReturnType<typeof graphql.scalar<'SupportStatus'>>
export type SupportCategory = ReturnType<typeof graphql.scalar<'SupportCategory'>>

/** In the order staff use them most. */
export const activityKinds: readonly ActivityKind[] = ['CALL', 'VISIT', 'MEETING', 'MESSAGE', 'EVENT', 'NOTE']
export const agreementKinds: readonly AgreementKind[] = [
  'TALENT_INTRODUCTION',
  'INVESTMENT',
  'SETTLEMENT',
  'COOPERATION',
]

export const activityKindLabel = (kind: ActivityKind) => t(`staff.activity.${kind}`)
export const agreementLabel = (kind: AgreementKind) => t(`staff.agreement.${kind}`)
export const lightLabel = (light: Light) => t(`staff.light.${light}`)
export const clockLabel = (kind: ClockKind) => t(`staff.clock.${kind}`)
export const supportStatusLabel = (status: SupportStatus) => t(`staff.supportStatus.${status}`)
export const supportCategoryLabel = (category: SupportCategory) => t(`staff.supportCategory.${category}`)

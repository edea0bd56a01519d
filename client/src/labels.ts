// Chinese (or English) names of the schema's enums, from the message catalogue.
import { t } from './i18n/index.ts'
import type { ProjectStatus, SourceChannel, Stage } from './graphql.ts'

export const stages: readonly Stage[] = ['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'OPERATING']

/** In the order staff meet them most often, for the select on the lead form. */
export const sourceChannels: readonly SourceChannel[] = [
  'INVESTMENT_STAFF',
  'TALENT_AMBASSADOR',
  'REFERRAL',
  'TECH_TOWN_LEADERS',
  'UNIVERSITY',
  'AGENCY',
  'EVENT',
  'SELF_RECOMMENDED',
  'OTHER',
]

export const stageLabel = (stage: Stage) => t(`stage.${stage}`)
export const statusLabel = (status: ProjectStatus) => t(`status.${status}`)
export const sourceLabel = (channel: SourceChannel) => t(`source.${channel}`)

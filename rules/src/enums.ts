// The schema's enums the shared rules speak of, as string unions: the same strings as the Prisma enums
// (prisma/schema.prisma) and the GraphQL ones, in the schema's order. The server checks at compile time
// that each list is exactly its Prisma enum (server/src/domain/rules-enums.ts).

export const stages = ['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'OPERATING'] as const
export type Stage = (typeof stages)[number]

export const projectStatuses = ['ACTIVE', 'ON_HOLD', 'LOST'] as const
export type ProjectStatus = (typeof projectStatuses)[number]

/** In the order staff meet them most often, which is also the schema's. */
export const sourceChannels = [
  'INVESTMENT_STAFF',
  'TALENT_AMBASSADOR',
  'REFERRAL',
  'TECH_TOWN_LEADERS',
  'UNIVERSITY',
  'AGENCY',
  'EVENT',
  'SELF_RECOMMENDED',
  'OTHER',
] as const
export type SourceChannel = (typeof sourceChannels)[number]

/** How a talent's personal data was obtained (PIPL): the lead form asks, the talent record keeps it. */
export const dataSources = ['SELF_PROVIDED', 'REFERRER', 'PUBLIC_SOURCE', 'EVENT_SIGNUP', 'OTHER'] as const
export type DataSource = (typeof dataSources)[number]

export const supportStatuses = ['OPEN', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REJECTED'] as const
export type SupportStatus = (typeof supportStatuses)[number]

export const supportCategories = [
  'FUNDING',
  'HIRING',
  'SALES',
  'HOUSING',
  'FINANCE',
  'LEGAL',
  'IP',
  'POLICY',
  'SCHOOLING',
  'MEDICAL',
  'OTHER',
] as const
export type SupportCategory = (typeof supportCategories)[number]

export const roles = ['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'DEPARTMENT', 'LEADER', 'ADMIN'] as const
export type Role = (typeof roles)[number]

export const unitKinds = ['PARK', 'TOWN', 'DEPARTMENT', 'OFFICE'] as const
export type UnitKind = (typeof unitKinds)[number]

/** What a notice is about, in the schema's order: the inbox, the channel choices and the office's webhook. */
export const noticeKinds = [
  'FOLLOW_UP_DUE',
  'PROJECT_ASSIGNED',
  'PROJECT_MEMBER_ADDED',
  'SUPPORT_ASSIGNED',
  'SUPPORT_REASSIGNED',
  'SUPPORT_ESCALATED',
  'SUPPORT_RESOLVED',
  'SUPPORT_REOPENED',
  'CLAIM_CONFLICT',
  'REPORT_ISSUED',
  'REPORT_REMINDER',
  'ACCOUNT_LOCKED',
  'DIGEST',
] as const
export type NoticeKind = (typeof noticeKinds)[number]

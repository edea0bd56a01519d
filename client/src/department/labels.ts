// Chinese (or English) names of the support-request enums, from the message catalogue.
import { t } from '../i18n/index.ts'
import type { SupportCategory, SupportStatus } from './support-steps.ts'
import type { graphql } from '../graphql.ts'

export type SupportEventKind = ReturnType<typeof graphql.scalar<'SupportEventKind'>>

export const requestStatusLabel = (status: SupportStatus) => t(`department.status.${status}`)
export const requestCategoryLabel = (category: SupportCategory) => t(`department.category.${category}`)
export const requestEventLabel = (kind: SupportEventKind) => t(`department.event.${kind}`)

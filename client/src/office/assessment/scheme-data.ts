// What the 考核方案 screens share: the scheme as read (its fragments unmasked), the year in the address, and
// the Chinese names of the metrics.
import { readFragment, type ResultOf } from '../../graphql.ts'
import { t, type MessageKey } from '../../i18n/index.ts'
import { IndicatorFields, type OfficeScheme, SchemeFields } from './documents.ts'

export type Indicator = ResultOf<typeof IndicatorFields>
export type Scheme = Omit<ResultOf<typeof SchemeFields>, 'indicators'> & { indicators: Indicator[] }
export type Unit = ResultOf<typeof OfficeScheme>['units'][number]
export type AssessedKind = 'PARK' | 'TOWN' | 'DEPARTMENT'

export const metrics = [
  'LEADS_LOGGED',
  'PROJECTS_SIGNED',
  'PROJECTS_LANDED',
  'NATIONAL_MAJOR_TALENTS',
  'TALENT_INVESTMENT',
  'APPLICATIONS_SUBMITTED',
  'PROGRAM_SELECTIONS',
  'YOUTH_RESERVE',
  'EVENT_PARTICIPANTS',
  'SUPPORT_RESOLVED',
] as const satisfies readonly Indicator['metric'][]

/** The office is never assessed, so it is never offered. */
export const assessedKinds: readonly AssessedKind[] = ['PARK', 'TOWN', 'DEPARTMENT']

export const metricLabel = (metric: Indicator['metric']) => t(`office.assessment.metric.${metric}` as MessageKey)
export const kindLabel = (kind: string) => t(`office.kind.${kind}` as MessageKey)

export function schemeOf(data: ResultOf<typeof OfficeScheme> | undefined): Scheme | null {
  const masked = data?.assessmentScheme
  if (!masked) return null
  const scheme = readFragment(SchemeFields, masked)
  return { ...scheme, indicators: scheme.indicators.map((indicator) => readFragment(IndicatorFields, indicator)) }
}

/** Up to two decimals, no trailing zeros; the weights' sum without a float's noise. */
export const num = (value: number) => String(Math.round(value * 100) / 100)

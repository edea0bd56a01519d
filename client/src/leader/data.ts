// The leader screens' reads. Every one waits for the saved cache (so what a leader saw opens offline) and
// says whether it is loading, loaded, or refused by the server (an offline phone is not a failure).
import { createMemo } from 'solid-js'
import { createQuery } from '@urql/solid'
import type { AnyVariables, TypedDocumentNode } from '@urql/core'
import { hydrated } from '../urql/client.ts'
import { errorMessage, isNetworkFailure } from '../urql/errors.ts'
import { t } from '../i18n/index.ts'
import './cache-keys.ts'
import { AssessmentScoresQuery, PipelineFunnelQuery, PipelineTrendsQuery } from './queries.ts'
import type { ResultOf } from '../graphql.ts'

export type Scores = NonNullable<ResultOf<typeof AssessmentScoresQuery>['assessmentScores']>
export type UnitScore = Scores['units'][number]
export type IndicatorScore = UnitScore['indicators'][number]

export function createRead<Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: () => Variables,
) {
  const [result] = createQuery({ query, variables, pause: () => !hydrated() })
  return {
    data: () => result.data,
    loading: () => !result.data && (result.fetching || !hydrated()),
    offline: () => isNetworkFailure(result.error),
    failed: () =>
      result.error && !isNetworkFailure(result.error) ? errorMessage(result.error, t('error.unknown')) : null,
  }
}

/** The year's scores and ranks (one document for the dashboard and the unit screens). */
export function createScores(year: () => number) {
  const read = createRead(AssessmentScoresQuery, () => ({ year: year() }))
  const scores = createMemo(() => read.data()?.assessmentScores ?? null)
  return { ...read, scores }
}

/** The county's (or, for a unit's head, the unit's own) funnel and months. */
export function createPipeline(year: () => number) {
  const funnel = createRead(PipelineFunnelQuery, () => ({ year: year() }))
  const trends = createRead(PipelineTrendsQuery, () => ({ year: year() }))
  return { funnel: () => funnel.data()?.pipelineFunnel ?? [], trends: () => trends.data()?.pipelineBreakdown ?? null }
}

/** A unit's weight of assessed indicators: its score out of that is how complete its year is. */
export function unitCompletion(unit: UnitScore): number | null {
  const weight = unit.indicators.reduce((sum, indicator) => sum + (indicator.assessed ? indicator.weight : 0), 0)
  return weight > 0 ? unit.scoreTotal / weight : null
}

/** The unit id in a route: a uuid, or `mine` for the signed-in user's own unit. */
export function unitUuidOf(param: string, ownUnitGlobalId: string | undefined): string | null {
  if (param !== 'mine') return param
  if (!ownUnitGlobalId) return null
  try {
    return atob(ownUnitGlobalId).split(':')[1] ?? null
  } catch {
    return null
  }
}

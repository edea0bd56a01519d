// The leader screens' reads (urql/read.ts: what a leader saw opens offline). The screens take createRead from
// here, so that their keyless types are declared (cache-keys.ts) before their first query.
import { createMemo } from 'solid-js'
import { createRead } from '../urql/read.ts'
import { createLive } from '../live/live.ts'
import { StatisticsChanged } from '../live/subscriptions.ts'
import './cache-keys.ts'
import { onStatisticsChanged } from './statistics-live.tsx'
import { AssessmentScoresQuery, PipelineFunnelQuery, PipelineTrendsQuery } from './queries.ts'
import type { ResultOf } from '../graphql.ts'

export { createRead }

export type Scores = NonNullable<ResultOf<typeof AssessmentScoresQuery>['assessmentScores']>
export type UnitScore = Scores['units'][number]
export type IndicatorScore = UnitScore['indicators'][number]

/** The year's scores and ranks (one document for the dashboard and the unit screens). */
export function createScores(year: () => number) {
  const read = createRead(AssessmentScoresQuery, { variables: () => ({ year: year() }) })
  // Every unit's scores are worked out again on each read: a burst of writes across the county is read once,
  // at most every few seconds, rather than once per write.
  onStatisticsChanged(() => read.refetch({ requestPolicy: 'network-only' }))
  const scores = createMemo(() => read.data()?.assessmentScores ?? null)
  return { ...read, scores }
}

/** The county's (or, for a unit's head, the unit's own) funnel and months. */
export function createPipeline(year: () => number) {
  const funnel = createRead(PipelineFunnelQuery, { variables: () => ({ year: year() }) })
  const trends = createRead(PipelineTrendsQuery, { variables: () => ({ year: year() }) })
  // The figures may have changed (a stage move, a follow-up, spending): read them again.
  createLive(
    StatisticsChanged,
    () => ({}),
    () => {
      funnel.refetch({ requestPolicy: 'network-only' })
      trends.refetch({ requestPolicy: 'network-only' })
    },
  )
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

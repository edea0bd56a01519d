// The statistics and report types have no id of their own: graphcache keeps them inside the field that holds
// them (as cache.ts does for connections). Declared here, in the leader screens' chunk, rather than in
// cache.ts: the cache configuration ships with every phone's first screen, and these types only ever come
// from the leader screens' queries, which load this module first. graphcache reads its `keys` object at each
// write (it keeps the object it was given), so entries added before the first such query take effect.
import { cacheConfig } from '../urql/cache.ts'

const keyless = () => null

export const leaderKeyless = [
  'AssessmentScores',
  'UnitScore',
  'IndicatorScore',
  'AssessmentCountedItem',
  'FunnelStage',
  'PipelineBreakdown',
  'PipelineGroup',
  'LandedInvestment',
  'SupportCategoryFigures',
  'TraineeSectorYear',
  'YouthReserve',
  // Keyless although it names its person: the same person's figures differ by year and unit asked.
  'StaffActivity',
  'ServiceEventStatistics',
  'ServiceEventFigures',
  'ProgramSuccessRates',
  'ProgramOutcome',
  'ReportSnapshot',
  'ReportReceipt',
  'ReportIndicator',
  'ReportUnitLine',
  'ReportCell',
  'ReportFile',
] as const

const keys = cacheConfig.keys as Record<string, (data: unknown) => string | null>
for (const typename of leaderKeyless) keys[typename] ??= keyless

// What the leader dashboard asks for, as it asks (server/schema.graphql): the scores of all units and each
// statistic of the year, county-wide, as the talent office reads them.
const year = 2026
const group = 'logged signed landed'

export const statisticsQueries: { name: string; query: string; variables: Record<string, unknown> }[] = [
  {
    name: 'assessmentScores (all units, with 纵向比)',
    query: `query ($year: Int!, $asOf: DateTime) { assessmentScores(year: $year, asOf: $asOf) { elapsedShare units {
      unit { name kind } total scoreTotal bonusTotal classBonus rankInKind rankOverall laggingCount totalLastYear
      indicators { code target actual completion score bonus lagging actualLastYear } } } }`,
    variables: { year, asOf: '2026-12-31T12:00:00+08:00' },
  },
  {
    name: 'pipelineFunnel',
    query:
      `query ($year: Int!) { pipelineFunnel(year: $year) { stage reached conversionToNext medianDaysToNext ` +
      `active onHold lost } }`,
    variables: { year },
  },
  {
    name: 'pipelineBreakdown',
    query:
      `query ($year: Int!) { pipelineBreakdown(year: $year) { total { ${group} } byUnit { unit { name } ` +
      `${group} } byIndustry { industry ${group} } byTalentClass { talentClass ${group} } bySourceChannel { ` +
      `sourceChannel ${group} } byMonth { month ${group} } } }`,
    variables: { year },
  },
  {
    name: 'landedInvestment',
    query:
      `query ($year: Int!) { landedInvestment(year: $year) { unit { name } landed investmentAgreed ` +
      `registeredCapital } }`,
    variables: { year },
  },
  {
    name: 'supportRequestStatistics',
    query:
      `query ($year: Int!) { supportRequestStatistics(year: $year) { category total open assigned inProgress ` +
      `resolved closed rejected medianResolutionHours averageSatisfaction } }`,
    variables: { year },
  },
  {
    name: 'programTraineeSectors',
    query:
      `query ($year: Int!) { programTraineeSectors(year: $year) { year trainees selected enterpriseShare ` +
      `educationShare healthShare sectors { sector trainees selected } } }`,
    variables: { year },
  },
  {
    name: 'youthReserve',
    query: `query ($year: Int!) { youthReserve(year: $year) { unit { name } talents selected } }`,
    variables: { year },
  },
  {
    name: 'staffActivity',
    query:
      `query ($year: Int!) { staffActivity(year: $year) { name role unit { name } leads followUps signed ` +
      `landed lastFollowUpAt } }`,
    variables: { year },
  },
  {
    name: 'serviceEventStatistics',
    query:
      `query ($year: Int!) { serviceEventStatistics(year: $year) { total { events attendances talents } ` +
      `byUnit { unit { name } events attendances talents } byMonth { month events attendances talents } } }`,
    variables: { year },
  },
]

// What the statistics screen (/dashboard/statistics) and a unit's drill-down read: one document per section,
// so that a figure the server refuses to one role (a department sees only support figures) leaves the
// other sections standing. `unitId` narrows each to one unit; without it leaders see the county and a
// unit's head their own unit (the server decides).
import { graphql } from '../graphql.ts'

export const LandedInvestmentQuery = graphql(`
  query LeaderLandedInvestment($year: Int!, $unitId: String) {
    landedInvestment(year: $year, unitId: $unitId) {
      unit { id uuid name kind }
      landed
      investmentAgreed
      registeredCapital
    }
  }
`)

export const PipelineSourcesQuery = graphql(`
  query LeaderPipelineSources($year: Int!, $unitId: String) {
    pipelineBreakdown(year: $year, unitId: $unitId) {
      total { logged signed landed }
      bySourceChannel { sourceChannel logged signed landed }
      byIndustry { industry logged signed landed }
      byTalentClass { talentClass logged signed landed }
      byUnit { unit { id uuid name kind } logged signed landed }
    }
  }
`)

export const SupportStatisticsQuery = graphql(`
  query LeaderSupportStatistics($year: Int!, $unitId: String) {
    supportRequestStatistics(year: $year, unitId: $unitId) {
      category
      total
      open
      assigned
      inProgress
      resolvedNow
      closed
      rejected
      resolved
      medianResolutionHours
      rated
      averageSatisfaction
    }
  }
`)

export const TraineeSectorsQuery = graphql(`
  query LeaderTraineeSectors($year: Int!, $unitId: String) {
    programTraineeSectors(year: $year, unitId: $unitId, years: 5) {
      year trainees selected enterpriseShare educationShare healthShare
    }
  }
`)

export const YouthReserveQuery = graphql(`
  query LeaderYouthReserve($year: Int!, $unitId: String) {
    youthReserve(year: $year, unitId: $unitId) {
      unit { id uuid name kind }
      talents
      selected
    }
  }
`)

export const StaffActivityQuery = graphql(`
  query LeaderStaffActivity($year: Int!, $unitId: String) {
    staffActivity(year: $year, unitId: $unitId) {
      userUuid
      name
      role
      active
      unit { id uuid name kind }
      leads
      followUps
      signed
      landed
      lastFollowUpAt
    }
  }
`)

export const ProgramSuccessRatesQuery = graphql(`
  query LeaderProgramSuccessRates($year: Int!) {
    programSuccessRates(year: $year) {
      byProgram { program { id uuid name } submitted selected rejected pending successRate }
      byUnit { unit { id uuid name } submitted selected rejected pending successRate }
      byProgramAndUnit {
        program { id uuid name }
        unit { id uuid name }
        submitted selected rejected pending successRate
      }
      total { submitted selected rejected pending successRate }
    }
  }
`)

export const ServiceEventStatisticsQuery = graphql(`
  query LeaderServiceEventStatistics($year: Int!, $unitId: String) {
    serviceEventStatistics(year: $year, unitId: $unitId) {
      total { events attendances talents }
      byUnit { unit { id uuid name kind } events attendances talents }
      byMonth { month events attendances talents }
    }
  }
`)

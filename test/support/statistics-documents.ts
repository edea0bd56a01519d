// Typed documents for the statistics the leaders' and managers' screens read (statistics-*.test.ts): each for
// a year and optionally a unit, every figure the server gives, so that each can be compared with a count.
import { graphql } from './graphql.ts'

export const FunnelQuery = graphql(`
  query Funnel($year: Int!, $unitId: String) {
    pipelineFunnel(year: $year, unitId: $unitId) {
      stage reached conversionToNext timedToNext medianDaysToNext active onHold lost
    }
  }
`)

export const BreakdownQuery = graphql(`
  query Breakdown($year: Int!, $unitId: String) {
    pipelineBreakdown(year: $year, unitId: $unitId) {
      total { unit { id } industry talentClass sourceChannel month logged signed landed }
      byUnit { unit { id } industry talentClass sourceChannel month logged signed landed }
      byIndustry { unit { id } industry talentClass sourceChannel month logged signed landed }
      byTalentClass { unit { id } industry talentClass sourceChannel month logged signed landed }
      bySourceChannel { unit { id } industry talentClass sourceChannel month logged signed landed }
      byMonth { unit { id } industry talentClass sourceChannel month logged signed landed }
    }
  }
`)

export const InvestmentQuery = graphql(`
  query Investment($year: Int!, $unitId: String) {
    landedInvestment(year: $year, unitId: $unitId) {
      unit { id }
      landed investmentAgreed registeredCapital
    }
  }
`)

export const SupportQuery = graphql(`
  query Support($year: Int!, $unitId: String) {
    supportRequestStatistics(year: $year, unitId: $unitId) {
      category total open assigned inProgress resolvedNow closed rejected resolved medianResolutionHours
      averageSatisfaction rated
    }
  }
`)

export const SectorsQuery = graphql(`
  query Sectors($year: Int!, $unitId: String, $years: Int) {
    programTraineeSectors(year: $year, unitId: $unitId, years: $years) {
      year trainees selected enterpriseShare educationShare healthShare
      sectors { sector trainees selected traineeShare selectedShare }
    }
  }
`)

export const YouthQuery = graphql(`
  query Youth($year: Int!, $unitId: String) {
    youthReserve(year: $year, unitId: $unitId) {
      unit { id }
      talents selected
    }
  }
`)

export const StaffQuery = graphql(`
  query Staff($year: Int!, $unitId: String) {
    staffActivity(year: $year, unitId: $unitId) {
      userUuid name active leads followUps signed landed lastFollowUpAt
      unit { id }
    }
  }
`)

export const EventsQuery = graphql(`
  query Events($year: Int!, $unitId: String) {
    serviceEventStatistics(year: $year, unitId: $unitId) {
      total { unit { id } month events attendances talents }
      byUnit { unit { id } month events attendances talents }
      byMonth { unit { id } month events attendances talents }
      byUnitAndMonth { unit { id } month events attendances talents }
    }
  }
`)

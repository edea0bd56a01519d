// What the dashboard, the drill-down and the reports read. The scores are one document for the dashboard and
// the drill-down screens: a leader who saw the dashboard opens any unit from the cache, online or not.
import { graphql } from '../graphql.ts'

export const AssessmentScoresQuery = graphql(`
  query LeaderAssessmentScores($year: Int!) {
    assessmentScores(year: $year) {
      year
      asOf
      elapsedShare
      units {
        unit { id uuid name kind }
        total
        scoreTotal
        bonusTotal
        classBonus
        rankInKind
        rankOverall
        laggingCount
        totalLastYear
        indicators {
          indicatorUuid code name metric weight target actual assessed completion score bonus lagging actualLastYear
        }
      }
    }
  }
`)

export const PipelineFunnelQuery = graphql(`
  query LeaderPipelineFunnel($year: Int!) {
    pipelineFunnel(year: $year) { stage reached active onHold lost conversionToNext medianDaysToNext }
  }
`)

export const PipelineTrendsQuery = graphql(`
  query LeaderPipelineTrends($year: Int!) {
    pipelineBreakdown(year: $year) {
      total { logged signed landed }
      byMonth { month logged signed landed }
    }
  }
`)

export const AssessmentBreakdownQuery = graphql(`
  query LeaderAssessmentBreakdown($year: Int!, $unitId: String!, $indicatorId: String!) {
    assessmentBreakdown(year: $year, unitId: $unitId, indicatorId: $indicatorId, first: 100) {
      amount
      at
      projectUuid
      project { id uuid title stage status talent { id name } }
    }
  }
`)

export const ReportsQuery = graphql(`
  query LeaderReports($year: Int!) {
    reports(year: $year) { id uuid kind year period edition title issuedAt issuedByName }
  }
`)

export const ReportQuery = graphql(`
  query LeaderReport($id: ID!) {
    node(id: $id) {
      ... on Report {
        id
        uuid
        kind
        period
        edition
        title
        issuedAt
        issuedByName
        myReceipt { openedAt }
        snapshot {
          asOf
          elapsedShare
          indicators { code name weight }
          units {
            unitUuid
            unitName
            unitKind
            total
            scoreTotal
            bonusTotal
            classBonus
            rankInKind
            rankOverall
            overdueFollowUps
            overdueSupportRequests
            cells { code target actual completion score assessed lagging change }
          }
        }
      }
    }
  }
`)

export const ReportWorkbookQuery = graphql(`
  query LeaderReportWorkbook($id: String!) {
    reportWorkbook(id: $id) { fileName contentType contentBase64 }
  }
`)

export const IssueReportMutation = graphql(`
  mutation LeaderIssueReport($input: IssueReportInput!) {
    issueReport(input: $input) { id uuid kind year period edition title issuedAt issuedByName }
  }
`)

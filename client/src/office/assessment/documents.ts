// The 考核方案 documents. The writes run online only (sendOnline): a scheme's rules must be settled by the
// server at once, never queued on a laptop that lost its connection. The targets sheet and its upload go
// around the saved cache (ledger/cacheless.ts): a file has no business in IndexedDB.
import { graphql } from '../../graphql.ts'

export const IndicatorFields = graphql(`
  fragment OfficeIndicatorFields on Indicator {
    uuid
    code
    name
    metric
    weight
    unitKinds
    note
    version
    targets { unit { id uuid } value }
  }
`)

export const SchemeFields = graphql(
  `
    fragment OfficeSchemeFields on AssessmentScheme {
      id
      uuid
      year
      name
      version
      overBonusRate
      overBonusCapRatio
      classBonusA
      classBonusB
      classBonusC
      classBonusCap
      youthAgeLimit
      indicators { ...OfficeIndicatorFields }
    }
  `,
  [IndicatorFields],
)

export const OfficeScheme = graphql(
  `
    query OfficeScheme($year: Int!) {
      assessmentScheme(year: $year) { ...OfficeSchemeFields }
      units { id uuid name code kind retiredAt }
    }
  `,
  [SchemeFields],
)

export const OfficeCreateScheme = graphql(
  `
    mutation OfficeCreateScheme($input: CreateAssessmentSchemeInput!) {
      createAssessmentScheme(input: $input) { ...OfficeSchemeFields }
    }
  `,
  [SchemeFields],
)

export const OfficeUpdateScheme = graphql(
  `
    mutation OfficeUpdateScheme($input: UpdateAssessmentSchemeInput!) {
      updateAssessmentScheme(input: $input) { ...OfficeSchemeFields }
    }
  `,
  [SchemeFields],
)

export const OfficeCreateIndicator = graphql(
  `
    mutation OfficeCreateIndicator($input: CreateIndicatorInput!) {
      createIndicator(input: $input) { ...OfficeIndicatorFields }
    }
  `,
  [IndicatorFields],
)

export const OfficeUpdateIndicator = graphql(
  `
    mutation OfficeUpdateIndicator($input: UpdateIndicatorInput!) {
      updateIndicator(input: $input) { ...OfficeIndicatorFields }
    }
  `,
  [IndicatorFields],
)

export const OfficeDeleteIndicator = graphql(`
  mutation OfficeDeleteIndicator($input: DeleteIndicatorInput!) {
    deleteIndicator(input: $input)
  }
`)

export const OfficeSetTargets = graphql(
  `
    mutation OfficeSetTargets($input: SetTargetsInput!) {
      setTargets(input: $input) { ...OfficeSchemeFields }
    }
  `,
  [SchemeFields],
)

export const OfficeTargetsSheet = graphql(`
  query OfficeTargetsSheet($schemeId: String!) {
    targetsSheet(schemeId: $schemeId) { fileName contentType contentBase64 }
  }
`)

export const OfficePreviewTargets = graphql(`
  mutation OfficePreviewTargets($input: PreviewTargetsImportInput!) {
    previewTargetsImport(input: $input) {
      problems { cell message }
      changes { unitName indicatorCode indicatorName before after }
      unchanged
      canApply
    }
  }
`)

export const OfficeImportTargets = graphql(`
  mutation OfficeImportTargets($input: ImportTargetsInput!) {
    importTargets(input: $input) { id uuid version }
  }
`)

// The 人才投入 documents the tests send, typed by gql.tada from the printed schema.
import { graphql } from './graphql.ts'

export const RecordTalentSpending = graphql(`
  mutation RecordTalentSpending($input: RecordTalentSpendingInput!) {
    recordTalentSpending(input: $input) { uuid unit { name } spentOn amount purpose version }
  }
`)

export const UpdateTalentSpending = graphql(`
  mutation UpdateTalentSpending($input: UpdateTalentSpendingInput!) {
    updateTalentSpending(input: $input) { uuid spentOn amount purpose version }
  }
`)

export const DeleteTalentSpending = graphql(`
  mutation DeleteTalentSpending($input: DeleteTalentSpendingInput!) {
    deleteTalentSpending(input: $input)
  }
`)

export const TalentSpendings = graphql(`
  query TalentSpendings($unitId: String, $year: Int) {
    talentSpendings(unitId: $unitId, year: $year) { uuid unit { name } spentOn amount purpose }
    talentSpendingTotal(unitId: $unitId, year: $year)
  }
`)

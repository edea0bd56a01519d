// 人才投入's writes, loaded with the outbox's sender (outbox/registry.ts), not with the screen. A change answers
// with the record as the list shows it, so graphcache refreshes the row on ack; a removal answers its id.
import { graphql } from '../graphql.ts'

export const RecordTalentSpendingMutation = graphql(`
  mutation RecordTalentSpending($input: RecordTalentSpendingInput!) {
    recordTalentSpending(input: $input) { id uuid spentOn amount purpose version unit { id name } }
  }
`)

export const UpdateTalentSpendingMutation = graphql(`
  mutation UpdateTalentSpending($input: UpdateTalentSpendingInput!) {
    updateTalentSpending(input: $input) { id uuid spentOn amount purpose version unit { id name } }
  }
`)

export const DeleteTalentSpendingMutation = graphql(`
  mutation DeleteTalentSpending($input: DeleteTalentSpendingInput!) {
    deleteTalentSpending(input: $input)
  }
`)

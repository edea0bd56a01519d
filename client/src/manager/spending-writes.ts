// 人才投入's write, loaded with the outbox's sender (outbox/registry.ts), not with the screen.
import { graphql } from '../graphql.ts'

export const RecordTalentSpendingMutation = graphql(`
  mutation RecordTalentSpending($input: RecordTalentSpendingInput!) {
    recordTalentSpending(input: $input) { id uuid spentOn amount purpose version unit { id name } }
  }
`)

// The schema says what the server requires: a field the server refuses to go without is non-null in the
// contract, so that the client's types (gql.tada) ask for it before a phone queues a write that would fail.
import { describe, expect, it } from 'vitest'
import { isInputObjectType, isNonNullType } from 'graphql'
import { schema } from '../../server/src/schema/index.ts'

const requiredByServer = {
  CreateProjectInput: ['talentId', 'title', 'sourceChannel'],
  LogActivityInput: ['projectId', 'kind', 'occurredAt', 'summary'],
}

describe('the input contract', () => {
  it.each(Object.entries(requiredByServer))('%s marks required what the server requires', (typeName, fields) => {
    const type = schema.getType(typeName)
    if (!isInputObjectType(type)) throw new Error(`${typeName} is not an input type`)
    expect(fields.filter((field) => !isNonNullType(type.getFields()[field]!.type))).toEqual([])
  })
})

// The phone's outbox sends consecutive writes as one mutation document (client/src/outbox/batch-document.ts).
// Against the real server: the writes run in order, a refused one stops the rest and is named by its
// alias, the ones before it stay applied, a replayed batch writes nothing twice, and the server's request
// limits (graphql-armor) accept every batch the phone builds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// The client's own urql (the server's packages do not include it).
import { CombinedError, stringifyDocument } from '../../client/node_modules/@urql/core'
import { uuidv7 } from 'uuidv7'
import { isNonNullType, parse, type OperationDefinitionNode } from 'graphql'
import { batchDocument, fittingCount, serverBatchLimits } from '../../client/src/outbox/batch-document.ts'
import { batchOutcome } from '../../client/src/outbox/batch-outcome.ts'
import { CreateLeadMutation } from '../../client/src/lead/create-lead.ts'
import { LogActivityMutation } from '../../client/src/staff/writes.ts'
import { schema } from '../../server/src/schema/index.ts'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createApi } from '../support/api.ts'
import { createUnit, createUser } from '../support/fixtures.ts'

let db: TestDatabase
let staff: Awaited<ReturnType<ReturnType<ReturnType<typeof createApi>['agent']>['login']>>

beforeAll(async () => {
  db = await openTestDatabase()
  const api = createApi(db.prisma)
  const east = await createUnit(db.prisma, '东部园区')
  await createUser(db.prisma, 'east.staff', 'STAFF', east.id)
  staff = await api.agent().login('east.staff')
})
afterAll(() => db?.close())

const lead = (talentName: string) => ({
  input: {
    clientMutationId: uuidv7(),
    projectId: uuidv7(),
    talentId: uuidv7(),
    talentName,
    employer: '浙江大学',
    sourceChannel: 'UNIVERSITY',
  },
})
const leadPart = (variables: ReturnType<typeof lead>) => ({ document: CreateLeadMutation, variables })

/** Sends a batch as the phone's urql client does, and reads the answer as urql hands it to the outbox. */
async function send(parts: ReturnType<typeof leadPart>[]) {
  const { document, variables } = batchDocument(parts)
  // The phone's own batch document, built at run time from the client's files: sent as the phone sends it, as text.
  // Its answer holds one aliased result per write.
  const json = await staff.requestText<Record<string, unknown>>(stringifyDocument(document), variables)
  const error = json.errors ? new CombinedError({ graphQLErrors: json.errors }) : undefined
  return { json, outcome: batchOutcome({ data: json.data ?? undefined, error }, parts.length) }
}

const talents = async (prefix: string) =>
  (await db.prisma.talent.findMany({ where: { name: { startsWith: prefix } }, orderBy: { createdAt: 'asc' } })).map(
    (talent) => talent.name,
  )

describe('a batch of outbox writes on the real server', () => {
  it('runs the writes in order: a follow-up on a lead made in the same batch finds it', async () => {
    const created = lead('顺序甲')
    const followUp = {
      input: {
        clientMutationId: uuidv7(),
        id: uuidv7(),
        projectId: created.input.projectId,
        kind: 'CALL',
        occurredAt: new Date().toISOString(),
        summary: '电话沟通',
      },
    }
    const { outcome, json } = await send([
      leadPart(created),
      { document: LogActivityMutation, variables: followUp } as never,
    ])
    expect(json.errors).toBeUndefined()
    expect(outcome).toEqual({ acked: 2 })
    expect(await db.prisma.activity.count({ where: { projectId: created.input.projectId } })).toBe(1)
  })

  it(
    'acknowledges the writes before a refused one, ' +
      'names the refused one with the server’s message, and runs none after it',
    async () => {
      const bad = lead('')
      const { outcome } = await send([leadPart(lead('拒绝前')), leadPart(bad), leadPart(lead('拒绝后'))])
      expect(outcome).toMatchObject({ acked: 1, failure: { kind: 'rejected', error: { code: 'BAD_USER_INPUT' } } })
      expect(outcome?.failure?.kind === 'rejected' && outcome.failure.error.message).toMatch(/姓名/)
      expect(await talents('拒绝')).toEqual(['拒绝前'])
    },
  )

  it('answers a replayed batch (its answer was lost) with the first results, writing nothing twice', async () => {
    const parts = ['重放一', '重放二', '重放三'].map((name) => leadPart(lead(name)))
    const first = await send(parts)
    const again = await send(parts)
    expect(first.outcome).toEqual({ acked: 3 })
    expect(again.outcome).toEqual({ acked: 3 })
    expect(again.json.data).toEqual(first.json.data)
    expect(await talents('重放')).toEqual(['重放一', '重放二', '重放三'])
  })

  it('fits a batch under the server’s limits, which accept it; one alias too many is refused whole', async () => {
    const documents = Array.from({ length: 30 }, () => CreateLeadMutation)
    const fits = fittingCount(documents, serverBatchLimits, stringifyDocument)
    expect(fits).toBeGreaterThan(5)
    const accepted = await send(Array.from({ length: fits }, (_, index) => leadPart(lead(`上限${index}`))))
    expect(accepted.outcome).toEqual({ acked: fits })

    const refused = await send(
      Array.from({ length: serverBatchLimits.maxAliases + 1 }, (_, index) => leadPart(lead(`超限${index}`))),
    )
    expect(refused.outcome).toBeNull()
    expect(await talents('超限')).toEqual([])
  })

  it('stops at a failed write because every mutation the phone sends answers with a non-null type', () => {
    const mutations = schema.getMutationType()!.getFields()
    for (const document of [CreateLeadMutation, LogActivityMutation]) {
      const operation = parse(stringifyDocument(document)).definitions.find(
        (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
      )!
      for (const selection of operation.selectionSet.selections) {
        if (selection.kind === 'Field') expect(isNonNullType(mutations[selection.name.value]!.type)).toBe(true)
      }
    }
    // All of them: a nullable one would let a later write of the same record run after a refusal.
    expect(
      Object.values(mutations)
        .filter((field) => !isNonNullType(field.type))
        .map((field) => field.name),
    ).toEqual([])
  })
})

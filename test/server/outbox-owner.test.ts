// A phone's outbox replays a write only under the session of the user who made it: if someone else is
// signed in on that phone, the server refuses it as signed out, and it waits for its own user.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createApi, errorCode } from '../support/api.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import { CreateLead } from '../support/documents.ts'
import { graphql, type VariablesOf } from '../support/graphql.ts'

const MyIds = graphql(`
  query MyIds {
    me {
      id
      uuid
    }
  }
`)

let db: TestDatabase
let api: ReturnType<typeof createApi>

beforeAll(async () => {
  db = await openTestDatabase()
  api = createApi(db.prisma)
  const east = await createUnit(db.prisma, '东部园区')
  await createUser(db.prisma, 'first.staff', 'STAFF', east.id)
  await createUser(db.prisma, 'second.staff', 'STAFF', east.id)
})
afterAll(() => db?.close())

const lead = (): VariablesOf<typeof CreateLead>['input'] => ({
  clientMutationId: uuidv7(),
  projectId: uuidv7(),
  talentId: uuidv7(),
  talentName: '周杰',
  sourceChannel: 'EVENT',
})

describe('the outbox owner header', () => {
  it('applies a write made by the signed-in user, named by GraphQL id or uuid', async () => {
    const phone = await api.agent().login('first.staff')
    const { id, uuid } = (await phone.request(MyIds)).data!.me!
    for (const owner of [id, uuid]) {
      const input = lead()
      const result = await phone.request(CreateLead, { input }, { 'x-outbox-owner': owner })
      expect(result.errors).toBeUndefined()
      expect(await db.prisma.project.count({ where: { id: input.projectId } })).toBe(1)
    }
  })

  it('refuses, as signed out, a write made by another user than the one signed in, and applies nothing', async () => {
    const first = await api.agent().login('first.staff')
    const firstId = (await first.request(MyIds)).data!.me!.id
    const phoneOfSecond = await api.agent().login('second.staff')
    const input = lead()
    const result = await phoneOfSecond.request(CreateLead, { input }, { 'x-outbox-owner': firstId })
    expect(errorCode(result)).toBe('UNAUTHENTICATED')
    expect(await db.prisma.project.count({ where: { id: input.projectId } })).toBe(0)
    expect(await db.prisma.appliedMutation.count({ where: { clientMutationId: input.clientMutationId } })).toBe(0)

    // The same write, replayed later under its own user's session, is applied once.
    expect((await first.request(CreateLead, { input }, { 'x-outbox-owner': firstId })).errors).toBeUndefined()
    expect(await db.prisma.project.count({ where: { id: input.projectId } })).toBe(1)
  })
})

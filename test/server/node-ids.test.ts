// node(id) and nodes(ids) answer null for any id that names no reachable record — whatever its payload —
// and an id that is no global id at all is a coded, Chinese input error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { globalId, smallCounty, talentWithProject } from '../support/pipeline.ts'
import { graphql } from '../support/graphql.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let project: { projectId: string; talentId: string }

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  project = await talentWithProject(county.agents.eastManager)
})
afterAll(() => db?.close())

const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      id
    }
  }
`)

const NodesByIds = graphql(`
  query NodesByIds($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
    }
  }
`)

describe('an id that names no record', () => {
  it.each([
    ['a payload that is no UUID', globalId('Project', 'abc')],
    ['a number for a payload', globalId('Talent', '42')],
    ['a type that is no node', globalId('Nope', '0190a3f2-0000-7000-8000-000000000001')],
    ['a type that is not a record', globalId('Query', '0190a3f2-0000-7000-8000-000000000000')],
  ])('answers null for %s, with no error', async (_what, id) => {
    const result = await county.agents.eastManager.request(NodeById, { id })
    expect(result).toEqual({ data: { node: null } })
  })

  it('leaves its own place in nodes(ids) null and answers every other id in its place', async () => {
    const ids = [
      globalId('Project', project.projectId),
      globalId('Project', 'not-a-uuid'),
      globalId('Talent', project.talentId),
      globalId('Nope', 'x'),
    ]
    const result = await county.agents.eastManager.request(NodesByIds, { ids })
    expect(result.errors).toBeUndefined()
    expect(result.data?.nodes).toEqual([{ id: ids[0] }, null, { id: ids[2] }, null])
  })

  it('is a coded input error with a Chinese message when it is no global id at all', async () => {
    const result = await county.agents.eastManager.request(NodeById, { id: 'garbage!!' })
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(result.errors?.[0]?.message).toMatch(/编号/)
  })
})

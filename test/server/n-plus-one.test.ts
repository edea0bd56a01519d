// The projects page must not cost one SQL statement per row: count the statements for 20 and for 100 rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, sessionStatements, type TestDatabase } from '../support/database.ts'
import { createApi } from '../support/api.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import { graphql } from '../support/graphql.ts'

let db: TestDatabase
let agent: ReturnType<ReturnType<typeof createApi>['agent']>

const ProjectsPage = graphql(`
  query ProjectsPage($first: Int!) {
    projects(first: $first) {
      edges {
        node {
          uuid
          title
          stage
          light
          talent { name phone }
          owner { name }
          unit { name }
          lastActivity { summary occurredAt author { name } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`)

beforeAll(async () => {
  db = await openTestDatabase()
  const unit = await createUnit(db.prisma, '东部园区')
  const owner = await createUser(db.prisma, 'east.manager', 'PARK_MANAGER', unit.id)
  const talents = Array.from({ length: 120 }, (_, index) => ({
    id: uuidv7(),
    name: `人才${index}`,
    phone: `1390000${String(index).padStart(4, '0')}`,
  }))
  await db.prisma.talent.createMany({ data: talents })
  const projects = talents.map((talent, index) => ({
    id: uuidv7(),
    title: `项目${index}`,
    talentId: talent.id,
    unitId: unit.id,
    creditUnitId: unit.id,
    ownerId: owner.id,
    createdById: owner.id,
    sourceChannel: 'EVENT' as const,
  }))
  await db.prisma.project.createMany({ data: projects })
  await db.prisma.activity.createMany({
    data: projects.flatMap((project) =>
      [1, 2, 3].map((n) => ({
        projectId: project.id,
        kind: 'CALL' as const,
        occurredAt: new Date(Date.now() - n * 86_400_000),
        summary: `第${n}次`,
        authorId: owner.id,
      })),
    ),
  })
  agent = await createApi(db.prisma).agent().login('east.manager')
})
afterAll(() => db?.close())

async function statementsFor(first: number) {
  db.queries.length = 0
  const result = await agent.request(ProjectsPage, { first })
  expect(result.errors).toBeUndefined()
  expect(result.data?.projects.edges).toHaveLength(first)
  expect(result.data?.projects.edges[0]?.node.lastActivity?.summary).toBe('第1次')
  return db.queries.filter((query) => !/^(BEGIN|COMMIT|ROLLBACK)/i.test(query.trim())).length
}

describe('the projects page', () => {
  it('costs the same few statements for 20 rows as for 100', async () => {
    // The first request after signing in reads the session; later ones on PostgreSQL too (sessionStatements).
    expect(await statementsFor(20)).toBeLessThanOrEqual(4)
    const twenty = await statementsFor(20)
    const hundred = await statementsFor(100)
    expect(hundred).toBe(twenty)
    // the settings and the working-day calendar behind the lights, and the page itself
    expect(twenty).toBeLessThanOrEqual(3 + sessionStatements)
  })
})

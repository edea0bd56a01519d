// A small county with a second department, 工信局 (its one user signed in as `industry`), and what the support
// request tests share (support-request-*.test.ts): a signed project to ask for, what a refused step must leave
// untouched, the requests a list shows. Call it at the top of a test file.
import { afterAll, beforeAll } from 'vitest'
import type { VariablesOf } from './graphql.ts'
import { createApi } from './api.ts'
import { openTestDatabase, type TestDatabase } from './database.ts'
import { createUnit, createUser } from './fixtures.ts'
import { smallCounty, talentWithProject, type Agent } from './pipeline.ts'
import { SupportRequestIdsQuery } from './support-request-documents.ts'

export function supportRequestCounty() {
  let db: TestDatabase
  let county: Awaited<ReturnType<typeof smallCounty>>
  let industry: Agent
  let industryUnitId: string

  beforeAll(async () => {
    db = await openTestDatabase()
    county = await smallCounty(db.prisma)
    const unit = await createUnit(db.prisma, '工信局', 'DEPARTMENT')
    industryUnitId = unit.id
    await createUser(db.prisma, 'industry', 'DEPARTMENT', unit.id)
    industry = await createApi(db.prisma).agent().login('industry')
  })
  afterAll(() => db?.close())

  /** A project of east's, moved straight to 签约 in the database: requests are made for signed projects. */
  async function signedProject(phone: string) {
    const { projectId } = await talentWithProject(county.agents.eastStaff, { phone })
    await db.prisma.project.update({ where: { id: projectId }, data: { stage: 'SIGNED' } })
    return projectId
  }

  /** What a refused step must leave untouched: the row, its history and the audit log. */
  async function footprint(id: string) {
    const request = await db.prisma.supportRequest.findUniqueOrThrow({ where: { id } })
    return {
      request,
      events: await db.prisma.supportRequestEvent.count({ where: { requestId: id } }),
      audits: await db.prisma.auditLog.count({ where: { entityId: id } }),
    }
  }

  /** The ids of the requests `agent`'s list shows. */
  const listed = async (agent: Agent, filters: VariablesOf<typeof SupportRequestIdsQuery> = {}) =>
    (await agent.request(SupportRequestIdsQuery, filters)).data?.supportRequests.edges.map((edge) => edge.node.uuid)

  return {
    db: () => db,
    county: () => county,
    industry: () => industry,
    industryUnitId: () => industryUnitId,
    signedProject,
    footprint,
    listed,
  }
}

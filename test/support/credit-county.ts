// A small county with a 2026 scheme counting signed and landed projects, and the GraphQL steps the credit
// tests take (credit-once.test.ts, credit-stage-phone.test.ts). Call it at the top of a test file.
import { afterAll, beforeAll, expect } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { makeUscc } from '@talent/rules/uscc'
import { openTestDatabase, type TestDatabase } from './database.ts'
import { mutate, op, smallCounty, type Agent } from './pipeline.ts'
import { CreateLead, MoveProjectStage, RecordLanding, RecordSigning } from './documents.ts'
import { graphql, type VariablesOf } from './graphql.ts'

const CountedScores = graphql(`
  query CountedScores {
    assessmentScores(year: 2026, asOf: "2026-12-31T15:00:00Z") {
      units { unit { name } indicators { metric actual } }
    }
  }
`)

export function creditCounty() {
  let db: TestDatabase
  let county: Awaited<ReturnType<typeof smallCounty>>

  beforeAll(async () => {
    db = await openTestDatabase()
    county = await smallCounty(db.prisma)
    const scheme = await db.prisma.assessmentScheme.create({ data: { year: 2026, name: '2026年度人才工作考核办法' } })
    for (const metric of ['PROJECTS_SIGNED', 'PROJECTS_LANDED'] as const) {
      const indicator = await db.prisma.indicator.create({
        data: { schemeId: scheme.id, code: metric, name: metric, metric, weight: 10, unitKinds: ['PARK'] },
      })
      await db.prisma.target.createMany({
        data: [county.units.east.id, county.units.west.id].map((unitId) => ({
          indicatorId: indicator.id,
          unitId,
          value: 5,
        })),
      })
    }
  }, 120_000)
  afterAll(() => db?.close())

  const version = async (id: string) => (await db.prisma.project.findUniqueOrThrow({ where: { id } })).version
  const succeeded = (result: { errors?: unknown[] }) => expect(result.errors).toBeUndefined()

  async function lead(agent: Agent, talentName: string, phone: string, employer: string) {
    const projectId = uuidv7()
    succeeded(
      await mutate(agent, CreateLead, {
        ...op(),
        projectId,
        talentId: uuidv7(),
        talentName,
        phone,
        employer,
        sourceChannel: 'REFERRAL',
      }),
    )
    return projectId
  }

  const sign = (agent: Agent, id: string, signedAt = '2026-05-10') =>
    mutate(agent, RecordSigning, { ...op(), id, signedAt, agreementKind: 'INVESTMENT' })
  const land = (agent: Agent, id: string, code: string) =>
    mutate(agent, RecordLanding, {
      ...op(),
      id,
      companyName: `企业${code}`,
      uscc: makeUscc(code),
      registeredAt: '2026-06-10',
    })
  const move = async (agent: Agent, id: string, to: VariablesOf<typeof MoveProjectStage>['input']['to']) =>
    succeeded(await mutate(agent, MoveProjectStage, { ...op(), id, version: await version(id), to }))
  /** What the stage screen does: records the signing, then moves the project to 签约, where it counts. */
  async function signAndMove(agent: Agent, id: string) {
    succeeded(await sign(agent, id))
    await move(agent, id, 'SIGNED')
  }
  const talentOf = async (projectId: string) =>
    (await db.prisma.project.findUniqueOrThrow({ where: { id: projectId } })).talentId

  /** Signed and landed as the 2026 assessment counts them, per park. */
  async function counted() {
    const result = await county.agents.leader.request(CountedScores)
    expect(result.errors).toBeUndefined()
    return Object.fromEntries(
      result.data!.assessmentScores!.units.map((u) => [
        u.unit.name,
        Object.fromEntries(u.indicators.map((i) => [i.metric, i.actual])),
      ]),
    )
  }

  return {
    db: () => db,
    county: () => county,
    version,
    succeeded,
    lead,
    sign,
    land,
    move,
    signAndMove,
    talentOf,
    counted,
  }
}

// The seeded county the statistics read tests share (statistics-figures.test.ts, statistics-access.test.ts):
// the statistics world over two parks and a town, with a staff member who left during the year after working
// (east.gone), one who never did anything (east.idle) and one who left having done nothing (west.left). Call it
// at the top of a test file.
import type { TadaDocumentNode } from 'gql.tada'
import { afterAll, beforeAll, expect } from 'vitest'
import { openTestDatabase, type TestDatabase } from './database.ts'
import { createUnit, createUser } from './fixtures.ts'
import { smallCounty, type Agent } from './pipeline.ts'
import { seedStatisticsWorld } from './statistics-world.ts'

export function statisticsCounty() {
  let db: TestDatabase
  let county: Awaited<ReturnType<typeof smallCounty>>
  let units: { east: string; west: string; town: string }

  beforeAll(async () => {
    db = await openTestDatabase()
    county = await smallCounty(db.prisma)
    const town = await createUnit(db.prisma, '青山镇', 'TOWN')
    units = { east: county.units.east.id, west: county.units.west.id, town: town.id }
    const { people } = county
    const townStaff = await createUser(db.prisma, 'qingshan.staff', 'STAFF', town.id)
    const gone = await createUser(db.prisma, 'east.gone', 'STAFF', units.east)
    const idle = await createUser(db.prisma, 'east.idle', 'STAFF', units.east)
    await createUser(db.prisma, 'west.left', 'STAFF', units.west).then((left) =>
      db.prisma.user.update({ where: { id: left.id }, data: { active: false } }),
    )
    const recruiters = [
      people.eastStaff,
      people.eastStaff2,
      people.eastManager,
      people.eastHead,
      people.westStaff,
      people.westManager,
      townStaff,
      gone,
      idle,
    ]
    await seedStatisticsWorld(db.prisma, {
      units: Object.values(units),
      departments: [county.units.hrss.id],
      recruiters,
    })
    // Left during the year: listed for what they did, unlike west.left, who did nothing.
    await db.prisma.user.update({ where: { id: gone.id }, data: { active: false } })
  }, 120_000)
  afterAll(() => db?.close())

  return { db: () => db, county: () => county, units: () => units }
}

/** A statistics query's data, after checking it was answered without errors. */
export async function ask<Result, Variables>(
  agent: Agent,
  document: TadaDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const result = await agent.request(document, ...([variables] as never as [Variables]))
  expect(result.errors).toBeUndefined()
  return result.data!
}

/** The unit's uuid in a Relay global id (base64 of `Unit:uuid`). */
export const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!

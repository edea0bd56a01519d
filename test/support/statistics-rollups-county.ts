// The seeded county the tests of the statistics the database keeps share (statistics-rollups-*.test.ts): the
// statistics world over two parks and a town, with a national-major program, and the check each test ends with:
// every kept table equals a rebuild from nothing, and every figure a row-by-row count. Call it at the top of a
// test file.
import { afterAll, beforeAll } from 'vitest'
import { openTestDatabase, type TestDatabase } from './database.ts'
import { createUnit, createUser } from './fixtures.ts'
import { smallCounty } from './pipeline.ts'
import {
  expectActualsToEqualCounts,
  expectKeptTablesToEqualARebuild,
  expectStatisticsToEqualCounts,
} from './statistics-agree.ts'
import { seedStatisticsWorld } from './statistics-world.ts'

export function statisticsRollupsCounty() {
  let db: TestDatabase
  let county: Awaited<ReturnType<typeof smallCounty>>
  let units: { east: string; west: string; town: string }

  beforeAll(async () => {
    db = await openTestDatabase()
    county = await smallCounty(db.prisma)
    const town = await createUnit(db.prisma, '青山镇', 'TOWN')
    units = { east: county.units.east.id, west: county.units.west.id, town: town.id }
    const townStaff = await createUser(db.prisma, 'qingshan.staff', 'STAFF', town.id)
    const { people } = county
    const recruiters = [
      people.eastStaff,
      people.eastStaff2,
      people.eastManager,
      people.westStaff,
      people.westManager,
      townStaff,
      people.eastHead,
    ]
    await seedStatisticsWorld(db.prisma, {
      units: Object.values(units),
      departments: [county.units.hrss.id],
      recruiters,
    })
    // Selections in a national-major program, so that the talents' landed projects count on that indicator too.
    await db.prisma.program.updateMany({ where: { code: 'SSC' }, data: { isNationalMajor: true } })
  }, 120_000)
  afterAll(() => db?.close())

  async function expectAllToAgree() {
    await expectKeptTablesToEqualARebuild(db.prisma)
    await expectStatisticsToEqualCounts(db.prisma, Object.values(units))
    await expectActualsToEqualCounts(db.prisma)
  }

  /** Every project with what its figures hang on, in a stable order. */
  const projects = () =>
    db.prisma.project.findMany({
      include: { signing: true, landing: true, creditShares: true, talent: { include: { programApplications: true } } },
      orderBy: { id: 'asc' },
    })

  return { db: () => db, county: () => county, units: () => units, expectAllToAgree, projects }
}

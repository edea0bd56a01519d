// The county the live tests share: east's project E, west's W, and east's D with a request R1 to 人社局
// (hrss); W has a request R3 to a second department, 工信局 (industry); D2 and W2 (R2, R4) the same again.
// Every role signs in on a server with the bus.
import { afterAll, beforeAll } from 'vitest'
import { openTestDatabase, type TestDatabase } from './database.ts'
import { createUnit, createUser } from './fixtures.ts'
import { smallCounty, talentWithProject } from './pipeline.ts'
import { liveApi } from './live.ts'
import { LiveBus } from '../../server/src/live/bus.ts'
import type { PrismaClient } from '../../server/src/generated/prisma/client.ts'

export const roles = ['east.staff', 'east.manager', 'east.head', 'west.manager', 'leader', 'admin', 'hrss', 'industry']

export function liveCounty() {
  const world = {} as {
    db: TestDatabase
    bus: LiveBus
    county: Awaited<ReturnType<typeof smallCounty>>
    live: ReturnType<typeof liveApi>
    units: { east: string; west: string; hrss: string; industry: string }
    projects: { E: string; W: string; D: string; D2: string; W2: string }
    requests: { R1: string; R3: string; R2: string; R4: string }
  }
  beforeAll(async () => {
    world.db = await openTestDatabase()
    world.county = await smallCounty(world.db.prisma)
    const industry = await createUnit(world.db.prisma, '工信局', 'DEPARTMENT')
    await createUser(world.db.prisma, 'industry', 'DEPARTMENT', industry.id)
    const { units, agents, people } = world.county
    world.units = { east: units.east.id, west: units.west.id, hrss: units.hrss.id, industry: industry.id }
    const E = (await talentWithProject(agents.eastStaff)).projectId
    const W = (await talentWithProject(agents.westStaff)).projectId
    const D = (await talentWithProject(agents.eastStaff)).projectId
    // Fences: written last, read by a group of subscribers each (D2 by east's and hrss, W2 by west's and industry).
    const D2 = (await talentWithProject(agents.eastStaff)).projectId
    const W2 = (await talentWithProject(agents.westStaff)).projectId
    world.projects = { E, W, D, D2, W2 }
    world.requests = {
      R1: await request(world.db.prisma, D, units.hrss.id, people.eastManager.id),
      R3: await request(world.db.prisma, W, industry.id, people.westManager.id),
      R2: await request(world.db.prisma, D2, units.hrss.id, people.eastManager.id),
      R4: await request(world.db.prisma, W2, industry.id, people.westManager.id),
    }
    world.bus = await LiveBus.start(world.db, { sessionCheckMs: 0 })
    world.live = liveApi(world.db.prisma, world.bus)
  })
  afterAll(async () => {
    await world.bus?.close()
    await world.db?.close()
  })
  return world
}

async function request(prisma: PrismaClient, projectId: string, departmentId: string, createdById: string) {
  const created = await prisma.supportRequest.create({
    data: { projectId, departmentId, category: 'FUNDING', description: '场地', createdById, status: 'ASSIGNED' },
  })
  return created.id
}

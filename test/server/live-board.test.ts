// The manager's board, live: a change to a project reaches every open board whose user reads that project,
// after the commit, and no one else's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { globalId, smallCounty, talentWithProject } from '../support/pipeline.ts'
import { liveApi } from '../support/live.ts'
import { LiveBus } from '../../server/src/live/bus.ts'

let db: TestDatabase
let bus: LiveBus
let county: Awaited<ReturnType<typeof smallCounty>>
let live: ReturnType<typeof liveApi>
beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  bus = await LiveBus.start(db, { sessionCheckMs: 0 })
  live = liveApi(db.prisma, bus)
})
afterAll(async () => {
  await bus?.close()
  await db?.close()
})

const Board = 'subscription { boardChanged { ids reread } }'

describe(`boardChanged on ${testDatabaseKind}`, () => {
  it('tells the unit’s manager which project moved, and not another park’s manager', async () => {
    const east = await (await live.signIn('east.manager')).subscribe(Board)
    const west = await (await live.signIn('west.manager')).subscribe(Board)
    const eastProject = await talentWithProject(county.agents.eastStaff)
    expect((await east.next())?.data?.boardChanged).toEqual({
      ids: [globalId('Project', eastProject.projectId)],
      reread: false,
    })
    const westProject = await talentWithProject(county.agents.westStaff)
    expect((await west.next())?.data?.boardChanged?.ids).toEqual([globalId('Project', westProject.projectId)])
    east.close()
    west.close()
  })
})

// A project's timeline, the leader's figures and the inbox, live: each role hears what it may read, and is
// refused a subscription to what it may not (as the matching query would refuse it).
import { describe, expect, it } from 'vitest'
import { testDatabaseKind } from '../support/database.ts'
import { globalId } from '../support/pipeline.ts'
import { idsUntil, touch } from '../support/live.ts'
import { liveCounty, roles } from '../support/live-county.ts'

const world = liveCounty()

const Timeline = 'subscription($id: String!) { projectTimelineChanged(projectId: $id) { ids reread } }'
const Statistics = 'subscription($unitId: String) { statisticsChanged(unitId: $unitId) { ids reread } }'
const Inbox = 'subscription { inboxChanged { ids reread } }'

describe(`live screens on ${testDatabaseKind}`, () => {
  it.each(roles)('%s: E’s timeline only where E is read, and only E’s changes', async (login) => {
    const { projects, db, live, county } = world
    const timeline = await (await live.signIn(login)).subscribe(Timeline, { id: projects.E })
    if (['west.manager', 'hrss', 'industry'].includes(login)) {
      expect((await timeline.next())?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
      return
    }
    await touch(db.prisma, 'Project', [projects.W, projects.D])
    await db.prisma.activity.create({
      data: {
        projectId: projects.E,
        kind: 'CALL',
        occurredAt: new Date(),
        summary: '电话',
        authorId: county.people.eastStaff.id,
      },
    })
    const first = await timeline.next()
    expect(first?.data?.projectTimelineChanged).toEqual({ ids: [globalId('Project', projects.E)], reread: false })
    timeline.close()
  })

  it('D’s timeline hears D’s support requests', async () => {
    const { projects, requests, db, live } = world
    const timeline = await (await live.signIn('hrss')).subscribe(Timeline, { id: projects.D })
    await touch(db.prisma, 'SupportRequest', [requests.R3])
    await touch(db.prisma, 'SupportRequest', [requests.R1])
    expect((await timeline.next())?.data?.projectTimelineChanged?.ids).toEqual([globalId('Project', projects.D)])
    timeline.close()
  })

  const statisticsReads: Record<string, string | null> = {
    'east.manager': 'east',
    'east.head': 'east',
    'west.manager': 'west',
    leader: null,
    admin: null,
  }
  it.each(roles)('%s: the figures it may read, of its unit or the county', async (login) => {
    const { projects, db, live, units } = world
    const signedIn = await live.signIn(login)
    const figures = await signedIn.subscribe(Statistics)
    if (!(login in statisticsReads)) {
      expect((await figures.next())?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
      return
    }
    const own = statisticsReads[login]
    if (own === 'east') {
      const other = await signedIn.subscribe(Statistics, { unitId: units.west })
      expect((await other.next())?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    }
    await touch(db.prisma, 'Project', [own === 'west' ? projects.E : projects.W])
    await touch(db.prisma, 'Project', [own === 'west' ? projects.W : projects.D])
    const { ids } = await idsUntil(figures, globalId('Unit', own === 'west' ? units.west : units.east))
    const expected = own === null ? [units.east, units.west] : [own === 'east' ? units.east : units.west]
    expect([...ids].sort()).toEqual(expected.map((unit) => globalId('Unit', unit)).sort())
    figures.close()
  })

  it('the inbox hears its own user’s notices only', async () => {
    const { db, live, county } = world
    const inbox = await (await live.signIn('east.staff')).subscribe(Inbox)
    // What a notices' trigger would announce (docs/architecture.md, "Live screens").
    const notice = (userId: string) =>
      db.prisma.$executeRawUnsafe(
        `SELECT pg_notify('tp_live', json_build_object('k', 'n', 'ids', ARRAY[$1])::text)`,
        userId,
      )
    await notice(county.people.westStaff.id)
    await notice(county.people.eastStaff.id)
    await notice(county.people.eastStaff2.id)
    expect((await inbox.next())?.data?.inboxChanged).toEqual({ ids: [], reread: true })
    inbox.close()
  })
})

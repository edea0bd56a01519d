// Scoping holds for every event: each role's board and queue hear exactly the projects and requests that role
// reads (auth/read-rules.ts), whatever else changed in the county meanwhile.
import { describe, expect, it } from 'vitest'
import { testDatabaseKind } from '../support/database.ts'
import { globalId } from '../support/pipeline.ts'
import { idsUntil, touch } from '../support/live.ts'
import { liveCounty, roles } from '../support/live-county.ts'

const world = liveCounty()

const Board = 'subscription { boardChanged { ids reread } }'
const Queue = 'subscription { supportRequestsChanged { ids reread } }'

/** What each role reads: projects E (east), W (west), D (east, with a request to hrss); requests R1 (D), R3 (W). */
const boardReads: Record<string, ('E' | 'W' | 'D')[]> = {
  'east.staff': ['E', 'D'],
  'east.manager': ['E', 'D'],
  'east.head': ['E', 'D'],
  'west.manager': ['W'],
  leader: ['E', 'W', 'D'],
  admin: ['E', 'W', 'D'],
  hrss: ['D'],
  industry: ['W'],
}
const queueReads: Record<string, ('R1' | 'R3')[]> = {
  'east.staff': ['R1'],
  'east.manager': ['R1'],
  'east.head': ['R1'],
  'west.manager': ['R3'],
  leader: ['R1', 'R3'],
  admin: ['R1', 'R3'],
  hrss: ['R1'],
  industry: ['R3'],
}

describe(`live scoping on ${testDatabaseKind}`, () => {
  it('every role’s board hears the projects it reads and no other', async () => {
    const { projects, db, live } = world
    const subscribers = await Promise.all(
      roles.map(async (login) => ({ login, board: await (await live.signIn(login)).subscribe(Board) })),
    )
    for (const name of ['E', 'W', 'D'] as const) await touch(db.prisma, 'Project', [projects[name]])
    // The fence: everyone reads D or W.
    await touch(db.prisma, 'Project', [projects.D, projects.W])
    for (const { login, board } of subscribers) {
      const fence = globalId('Project', boardReads[login]!.includes('D') ? projects.D : projects.W)
      const { ids } = await idsUntil(board, fence)
      const expected = boardReads[login]!.map((name) => globalId('Project', projects[name]))
      expect({ login, ids: [...ids].sort() }).toEqual({ login, ids: expected.sort() })
      board.close()
    }
  })

  it('every role’s queue hears the requests it reads, steps included, and no other', async () => {
    const { requests, db, live, county } = world
    const subscribers = await Promise.all(
      roles.map(async (login) => ({ login, queue: await (await live.signIn(login)).subscribe(Queue) })),
    )
    await db.prisma.supportRequestEvent.create({
      data: { requestId: requests.R1, kind: 'PROGRESS', note: '已对接', byId: county.people.hrss.id },
    })
    await touch(db.prisma, 'SupportRequest', [requests.R3])
    await touch(db.prisma, 'SupportRequest', [requests.R1, requests.R3])
    for (const { login, queue } of subscribers) {
      const fence = globalId('SupportRequest', queueReads[login]!.includes('R1') ? requests.R1 : requests.R3)
      const { ids } = await idsUntil(queue, fence)
      const expected = queueReads[login]!.map((name) => globalId('SupportRequest', requests[name]))
      expect({ login, ids: [...ids].sort() }).toEqual({ login, ids: expected.sort() })
      queue.close()
    }
  })

  it('a bulk write names no rows: re-read, told only to those who read a row of its units', async () => {
    const { projects, db, live } = world
    const west = await (await live.signIn('west.manager')).subscribe(Board)
    const east = await (await live.signIn('east.manager')).subscribe(Board)
    // More than 20 statements in one transaction: the rest are announced by unit, without ids.
    await db.prisma.$transaction(async (tx) => {
      for (let statement = 0; statement < 25; statement++) await touch(tx as never, 'Project', [projects.E])
    })
    await touch(db.prisma, 'Project', [projects.W])
    const first = await west.next()
    expect(first?.data?.boardChanged).toEqual({ ids: [globalId('Project', projects.W)], reread: false })
    const seenByEast = await east.next()
    expect(seenByEast?.data?.boardChanged?.reread).toBe(true)
    expect(seenByEast?.data?.boardChanged?.ids).toEqual([globalId('Project', projects.E)])
    west.close()
    east.close()
  })
})

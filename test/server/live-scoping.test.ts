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

/**
 * What each role reads of the noise (projects E, W, D; requests R1 on D, R3 on W) and which fence it waits for:
 * D2 (R2) for east's people and hrss, W2 (R4) for the others; written after the noise, so a leak arrives first.
 */
const reads: Record<string, { board: ('E' | 'W' | 'D')[]; queue: ('R1' | 'R3')[]; fence: 'east' | 'west' }> = {
  'east.staff': { board: ['E', 'D'], queue: ['R1'], fence: 'east' },
  'east.manager': { board: ['E', 'D'], queue: ['R1'], fence: 'east' },
  'east.head': { board: ['E', 'D'], queue: ['R1'], fence: 'east' },
  'west.manager': { board: ['W'], queue: ['R3'], fence: 'west' },
  leader: { board: ['E', 'W', 'D'], queue: ['R1', 'R3'], fence: 'west' },
  admin: { board: ['E', 'W', 'D'], queue: ['R1', 'R3'], fence: 'west' },
  hrss: { board: ['D'], queue: ['R1'], fence: 'east' },
  industry: { board: ['W'], queue: ['R3'], fence: 'west' },
}

/** The ids heard up to the fence, less the fences themselves (heard or not, depending on the reader). */
const heard = (ids: Set<string>, fences: string[]) => [...ids].filter((id) => !fences.includes(id)).sort()

describe(`live scoping on ${testDatabaseKind}`, () => {
  it('every role’s board hears the projects it reads and no other', async () => {
    const { projects, db, live } = world
    const subscribers = await Promise.all(
      roles.map(async (login) => ({ login, board: await (await live.signIn(login)).subscribe(Board) })),
    )
    for (const name of ['E', 'W', 'D'] as const) await touch(db.prisma, 'Project', [projects[name]])
    for (const fence of [projects.D2, projects.W2]) await touch(db.prisma, 'Project', [fence])
    const fences = [projects.D2, projects.W2].map((id) => globalId('Project', id))
    for (const { login, board } of subscribers) {
      const { ids } = await idsUntil(board, reads[login]!.fence === 'east' ? fences[0]! : fences[1]!)
      const expected = reads[login]!.board.map((name) => globalId('Project', projects[name]))
      expect({ login, ids: heard(ids, fences) }).toEqual({ login, ids: expected.sort() })
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
    for (const fence of [requests.R2, requests.R4]) await touch(db.prisma, 'SupportRequest', [fence])
    const fences = [requests.R2, requests.R4].map((id) => globalId('SupportRequest', id))
    for (const { login, queue } of subscribers) {
      const { ids } = await idsUntil(queue, reads[login]!.fence === 'east' ? fences[0]! : fences[1]!)
      const expected = reads[login]!.queue.map((name) => globalId('SupportRequest', requests[name]))
      expect({ login, ids: heard(ids, fences) }).toEqual({ login, ids: expected.sort() })
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

// When events are delivered: after the commit and never on a rollback, from another process's write (two
// listeners on one PostgreSQL), again after the listener lost its connection, and no longer once the
// subscriber's session ended.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { globalId, mutate, op, smallCounty, talentWithProject } from '../support/pipeline.ts'
import { liveApi, touch } from '../support/live.ts'
import { UpdateUser } from '../support/account-documents.ts'
import { LiveBus } from '../../server/src/live/bus.ts'
import { openDatabase, type Database } from '../../server/src/db/open.ts'

let db: TestDatabase
let bus: LiveBus
let county: Awaited<ReturnType<typeof smallCounty>>
let live: ReturnType<typeof liveApi>
let E: string
let W: string
beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  bus = await LiveBus.start(db, { sessionCheckMs: 0 })
  live = liveApi(db.prisma, bus)
  E = (await talentWithProject(county.agents.eastStaff)).projectId
  W = (await talentWithProject(county.agents.westStaff)).projectId
})
afterAll(async () => {
  await bus?.close()
  await db?.close()
})

const Board = 'subscription { boardChanged { ids reread } }'
const idsOf = (message: Awaited<ReturnType<Awaited<ReturnType<typeof subscribeAs>>['next']>>) =>
  message?.data?.boardChanged?.ids
const subscribeAs = async (login: string) => (await live.signIn(login)).subscribe(Board)

describe(`live delivery on ${testDatabaseKind}`, () => {
  it('a rolled back write is never announced', async () => {
    const board = await subscribeAs('admin')
    await db.prisma
      .$transaction(async (tx) => {
        await touch(tx as never, 'Project', [E])
        throw new Error('rolled back')
      })
      .catch(() => {})
    await touch(db.prisma, 'Project', [W])
    expect(idsOf(await board.next())).toEqual([globalId('Project', W)])
    board.close()
  })

  it.runIf(testDatabaseKind === 'postgresql')('a write is announced at its commit, not before', async () => {
    const board = await subscribeAs('admin')
    let commit!: () => void
    const held = new Promise<void>((resolve) => (commit = resolve))
    let touched!: () => void
    const inside = new Promise<void>((resolve) => (touched = resolve))
    const transaction = db.prisma.$transaction(
      async (tx) => {
        await touch(tx as never, 'Project', [E])
        touched()
        await held
      },
      { timeout: 60_000 },
    )
    await inside
    await touch(db.prisma, 'Project', [W])
    expect(idsOf(await board.next())).toEqual([globalId('Project', W)])
    commit()
    await transaction
    expect(idsOf(await board.next())).toEqual([globalId('Project', E)])
    board.close()
  })

  it('a logout ends the stream; another session of the same user keeps its own', async () => {
    const leaving = await live.signIn('east.manager')
    const staying = await (await live.signIn('east.manager')).subscribe(Board)
    const board = await leaving.subscribe(Board)
    expect((await leaving.agent.requestText('mutation { logout }')).data).toEqual({ logout: true })
    expect(await board.next()).toBeNull()
    await touch(db.prisma, 'Project', [E])
    expect(idsOf(await staying.next())).toEqual([globalId('Project', E)])
    staying.close()
  })

  it('a deactivation ends the stream', async () => {
    const board = await subscribeAs('east.staff2')
    const person = await db.prisma.user.findUniqueOrThrow({ where: { id: county.people.eastStaff2.id } })
    const done = await mutate(county.agents.admin, UpdateUser, {
      ...op(),
      id: person.id,
      version: person.version,
      active: false,
    })
    expect(done.errors).toBeUndefined()
    expect(await board.next()).toBeNull()
  })
})

describe.runIf(testDatabaseKind === 'postgresql')('two processes on one PostgreSQL', () => {
  let other: Database
  let otherBus: LiveBus
  beforeAll(async () => {
    other = await openDatabase({ url: db.url! })
    otherBus = await LiveBus.start(other, { sessionCheckMs: 0 })
  })
  afterAll(async () => {
    await otherBus?.close()
    await other?.close()
  })

  it('a write through one process reaches a subscriber of the other', async () => {
    const onB = liveApi(other.prisma, otherBus)
    const board = await (await onB.signIn('west.manager')).subscribe(Board)
    await touch(db.prisma, 'Project', [E])
    await touch(db.prisma, 'Project', [W])
    expect(idsOf(await board.next())).toEqual([globalId('Project', W)])
    board.close()
  })

  it('after the listener lost its connection, every subscriber is told to re-read', async () => {
    const board = await subscribeAs('west.manager')
    await db.prisma.$executeRawUnsafe(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'talent-pipeline live' AND datname = current_database()`,
    )
    const first = await board.next()
    expect(first?.data?.boardChanged?.reread).toBe(true)
    await touch(db.prisma, 'Project', [W])
    expect(idsOf(await board.next())).toEqual([globalId('Project', W)])
    board.close()
  })
})

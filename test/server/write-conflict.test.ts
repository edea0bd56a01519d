// A write the database cancels to break a deadlock (or a serialization conflict) is run again (apply-once.ts)
// instead of failing on the phone, and ends applied once. On PostgreSQL two writes that lock the same rows in
// opposite orders really deadlock; PGlite has one connection, so there the database raises the same error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { applyOnce } from '../../server/src/write/apply-once.ts'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { createUnit, createUser } from '../support/fixtures.ts'

describe('a write cancelled to break a deadlock', () => {
  let db: TestDatabase
  let userId: string
  let units: [string, string]

  beforeAll(async () => {
    db = await openTestDatabase()
    const east = await createUnit(db.prisma, '东部园区')
    const west = await createUnit(db.prisma, '西部园区')
    units = [east.id, west.id]
    userId = (await createUser(db.prisma, 'east.staff', 'STAFF', east.id)).id
  })
  afterAll(() => db?.close())

  it('is run again when the database cancels it, and is applied once', async () => {
    let attempts = 0
    const result = await applyOnce(
      db.prisma,
      { clientMutationId: uuidv7(), userId, operation: 'renameUnit' },
      {},
      async (tx) => {
        attempts += 1
        await tx.$executeRaw`UPDATE "Unit" SET name = name || '·' WHERE id = ${units[0]}::uuid`
        if (attempts === 1)
          await tx.$executeRaw`DO $$ BEGIN RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01'; END $$`
        return units[0]
      },
    )
    expect(result.replayed).toBe(false)
    expect(attempts).toBe(2)
    // The cancelled attempt's change was rolled back: the name changed once.
    expect((await db.prisma.unit.findUniqueOrThrow({ where: { id: units[0] } })).name).toBe('东部园区·')
  })

  if (testDatabaseKind !== 'postgresql') return

  it('two writes deadlocking on PostgreSQL both end applied, once', async () => {
    let bothHoldTheirFirstLock!: () => void
    let holding = 0
    const barrier = new Promise<void>((resolve) => (bothHoldTheirFirstLock = resolve))
    const attempts = { first: 0, second: 0 }
    const lockInOrder = (order: string[], name: 'first' | 'second') =>
      applyOnce(db.prisma, { clientMutationId: uuidv7(), userId, operation: 'renameUnits' }, {}, async (tx) => {
        attempts[name] += 1
        await tx.$executeRaw`UPDATE "Unit" SET name = name || '·' WHERE id = ${order[0]}::uuid`
        if (attempts[name] === 1 && ++holding === 2) bothHoldTheirFirstLock()
        if (attempts[name] === 1) await barrier
        await tx.$executeRaw`UPDATE "Unit" SET name = name || '·' WHERE id = ${order[1]}::uuid`
        return order[0]!
      })

    const results = await Promise.all([lockInOrder(units, 'first'), lockInOrder([units[1], units[0]], 'second')])

    expect(results.map((result) => result.replayed)).toEqual([false, false])
    // One of the two was cancelled by PostgreSQL and ran a second time.
    expect(attempts.first + attempts.second).toBe(3)
    const names = await db.prisma.unit.findMany({ where: { id: { in: units } }, select: { name: true } })
    expect(names.map((unit) => unit.name).sort()).toEqual(['东部园区···', '西部园区··'])
    expect(await db.prisma.appliedMutation.count({ where: { operation: 'renameUnits' } })).toBe(2)
  })
})

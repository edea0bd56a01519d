// The audit log can be written, never rewritten: not even the application's own database user can.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createUnit, createUser } from '../support/fixtures.ts'

let db: TestDatabase
let entryId: string

beforeAll(async () => {
  db = await openTestDatabase()
  const unit = await createUnit(db.prisma, '人才办', 'OFFICE')
  const admin = await createUser(db.prisma, 'admin', 'ADMIN', unit.id)
  entryId = (
    await db.prisma.auditLog.create({ data: { actorId: admin.id, action: 'revealContact', entity: 'Talent' } })
  ).id
})
afterAll(() => db?.close())

describe('the audit log', () => {
  it('refuses to change an entry', async () => {
    await expect(
      db.prisma.auditLog.update({ where: { id: entryId }, data: { action: 'nothing to see' } }),
    ).rejects.toThrow(/append-only/)
  })

  it('refuses to delete entries', async () => {
    await expect(db.prisma.auditLog.deleteMany({})).rejects.toThrow(/append-only/)
    // CASCADE: the hash chain's links refer to the entries, so a plain TRUNCATE is refused before any trigger runs.
    await expect(db.prisma.$executeRawUnsafe('TRUNCATE "AuditLog" CASCADE')).rejects.toThrow(/append-only/)
    expect(await db.prisma.auditLog.findUnique({ where: { id: entryId } })).toMatchObject({ action: 'revealContact' })
  })
})

// The committed migrations are the only way the database changes shape; they must yield schema.prisma.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { migrate } from '../../server/src/db/open.ts'
import { pendingSchemaChange, readMigrationList } from '../../server/src/db/schema-engine.ts'

let db: TestDatabase
beforeAll(async () => {
  db = await openTestDatabase()
})
afterAll(() => db?.close())

describe('migrations', () => {
  it('yield exactly prisma/schema.prisma (no drift: run `pnpm db:migration <name>` after editing it)', async () => {
    expect(await pendingSchemaChange()).toBe('')
    // Replays every migration into a fresh in-memory shadow database: seconds alone, far more on a busy machine.
  }, 180_000)

  it(
    'are recorded in _prisma_migrations as `prisma migrate deploy` records them, ' + 'and apply nothing twice',
    async () => {
      const committed = (await readMigrationList()).migrationDirectories.map((entry) => entry.path)
      const rows = await db.prisma.$queryRaw<{ migration_name: string; finished_at: Date | null; checksum: string }[]>`
      SELECT migration_name, finished_at, checksum FROM _prisma_migrations ORDER BY migration_name`
      expect(rows.map((row) => row.migration_name)).toEqual(committed)
      for (const row of rows) {
        expect(row.finished_at).toBeInstanceOf(Date)
        expect(row.checksum).toMatch(/^[0-9a-f]{64}$/)
      }
      expect(await migrate(db)).toEqual([])
    },
  )
})

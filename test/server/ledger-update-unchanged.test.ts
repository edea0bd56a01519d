// An exported 台账 that comes back unchanged changes nothing: the demo county's, as .xlsx and as the CSV Excel
// saves, is read without an error or a change, and its import is refused as having nothing to do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createApi } from '../support/api.ts'
import { commit, csvOfLedger, exportLedger, importFootprint, preview } from '../support/ledger-files.ts'
import { seedDemoCounty } from '../../prisma/seed/demo-county.ts'

describe('an unchanged export of the demo county', () => {
  let db: TestDatabase
  beforeAll(async () => {
    db = await openTestDatabase()
    await seedDemoCounty(db.prisma)
  })
  afterAll(() => db?.close())

  it('imports back with no error and no change, as .xlsx and as CSV, and writes nothing', async () => {
    const admin = await createApi(db.prisma).agent().login('admin', 'Demo@2026')
    const exported = await exportLedger(admin)
    const projects = await db.prisma.project.count()
    const before = await importFootprint(db.prisma)
    for (const [name, file] of [
      ['台账.xlsx', exported.content!],
      ['台账.csv', await csvOfLedger(exported.content!)],
    ] as const) {
      const checked = (await preview(admin, file, name)).data!.previewLedgerImport
      expect(checked.problems).toEqual([])
      expect(checked.rows.filter((row) => row.errors.length || row.changes.length)).toEqual([])
      expect(checked.counts).toMatchObject({
        rows: projects,
        invalid: 0,
        newProjects: 0,
        updatedProjects: 0,
        unchangedProjects: projects,
        skipped: 0,
      })
      expect(checked.canCommit).toBe(false)
      const committed = await commit(admin, file, name)
      expect(committed.errors?.[0]).toMatchObject({
        message: '台账中没有新项目，也没有修改过的项目：与系统中的数据一致，无需导入',
        extensions: { code: 'CONFLICT' },
      })
      expect(await importFootprint(db.prisma)).toBe(before)
    }
  }, 120_000)
})

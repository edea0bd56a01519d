// Claim protection holds in the database: no path (forms, a confirmed duplicate, an edit, a merge, raw SQL,
// two units at the same moment) gives two units an active project for the same talent or the same number.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { csvText, preview } from '../support/ledger-files.ts'
import { CreateProject, CreateTalent } from '../support/documents.ts'
import { ids, mutate, op, smallCounty, talentWithProject, uniquePhone, type Agent } from '../support/pipeline.ts'
import { CreateLead, MergeTalents, UpdateTalent } from '../support/documents.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

const createLead = (agent: Agent, talentName: string, phone: string) =>
  mutate(agent, CreateLead, {
    ...op(),
    projectId: uuidv7(),
    talentId: uuidv7(),
    talentName,
    phone,
    sourceChannel: 'REFERRAL',
  })
const activeUnits = async (phone: string) =>
  (await db.prisma.project.findMany({ where: { status: 'ACTIVE', talent: { phone } }, select: { unitId: true } })).map(
    (project) => project.unitId,
  )

describe('claims in the database', () => {
  it('refuses a project on a confirmed duplicate of a talent another unit follows', async () => {
    const { eastStaff, westStaff } = county.agents
    const phone = uniquePhone()
    await talentWithProject(eastStaff, { name: '陈一', phone })
    const twin = await mutate(westStaff, CreateTalent, { ...ids(), name: '陈壹', phone, allowDuplicate: true })
    expect(twin.errors).toBeUndefined()
    const project = await mutate(westStaff, CreateProject, {
      ...ids(),
      talentId: twin.data!.uuid,
      title: '绕过认领',
      sourceChannel: 'REFERRAL',
    })
    expect(project.code).toBe('CLAIMED')
    expect(project.message).toMatch(/正由东部园区跟进/)
    expect(project.message).not.toContain(phone.slice(-4))
    expect(await activeUnits(`+86${phone}`)).toEqual([county.units.east.id])
  })

  it('opens a second project for a talent its unit follows, on the same record; none for another unit', async () => {
    const { eastStaff, westStaff } = county.agents
    const phone = uniquePhone()
    const first = await talentWithProject(eastStaff, { name: '陈二', phone })
    const second = { talentId: first.talentId, title: '陈二的第二个项目', sourceChannel: 'REFERRAL' as const }
    const opened = await mutate(eastStaff, CreateProject, { ...ids(), ...second })
    expect(opened.data).toMatchObject({ stage: 'LEAD', status: 'ACTIVE' })
    expect(await db.prisma.talent.count({ where: { phone: `+86${phone}` } })).toBe(1)
    expect(await activeUnits(`+86${phone}`)).toEqual([county.units.east.id, county.units.east.id])
    // West reaches no record of this talent: not found, not a hint it exists.
    expect((await mutate(westStaff, CreateProject, { ...ids(), ...second })).code).toBe('NOT_FOUND')
  })

  it('refuses an edit that gives one’s own followed talent the number of a talent another unit follows', async () => {
    const { eastStaff, westStaff } = county.agents
    const phone = uniquePhone()
    await talentWithProject(eastStaff, { name: '陈二', phone })
    const own = await talentWithProject(westStaff, { name: '林二' })
    const edit = await mutate(westStaff, UpdateTalent, { ...op(), id: own.talentId, version: 1, name: '陈二', phone })
    expect(edit.code).toBe('CLAIMED')
    expect(edit.message).toMatch(/东部园区/)
    expect(await db.prisma.talent.findUniqueOrThrow({ where: { id: own.talentId } })).toMatchObject({
      name: '林二',
      version: 1,
    })
  })

  it('refuses a conflicting active project written with raw SQL, and a raw phone change that makes one', async () => {
    const { eastStaff, westStaff } = county.agents
    const phone = uniquePhone()
    const claimed = await talentWithProject(eastStaff, { name: '陈三', phone })
    const { west } = county.units
    const insert = db.prisma.$executeRaw`
      INSERT INTO "Project" (id, title, "talentId", "unitId", "creditUnitId", "sourceChannel", "createdById",
        "updatedAt")
      VALUES (${uuidv7()}::uuid, '直接写入', ${claimed.talentId}::uuid, ${west.id}::uuid, ${west.id}::uuid, 'REFERRAL',
        ${county.people.westStaff.id}::uuid, now())`
    await expect(insert).rejects.toThrow(/TALENT_CLAIMED: 东部园区/)
    const other = await talentWithProject(westStaff, { name: '林三' })
    await expect(
      db.prisma.$executeRaw`UPDATE "Talent" SET phone = ${phone} WHERE id = ${other.talentId}::uuid`,
    ).rejects.toThrow(/TALENT_CLAIMED/)
    expect(await activeUnits(`+86${phone}`)).toEqual([county.units.east.id])
  })

  it('refuses a merge that would leave two units actively following one talent', async () => {
    const { eastStaff, westStaff, admin } = county.agents
    const east = await talentWithProject(eastStaff, { name: '陈四', employer: '清华大学' })
    const west = await talentWithProject(westStaff, { name: '陈四', employer: '清华大学' })
    const merged = await mutate(admin, MergeTalents, {
      ...op(),
      survivorId: east.talentId,
      mergedId: west.talentId,
      reason: '同一人',
    })
    expect(merged.code).toBe('CLAIMED')
    expect(await db.prisma.project.findUniqueOrThrow({ where: { id: west.projectId } })).toMatchObject({
      talentId: west.talentId,
    })
    expect(await db.prisma.talent.findUniqueOrThrow({ where: { id: west.talentId } })).toMatchObject({
      mergedIntoId: null,
    })
  })

  it(
    'refuses a 台账 row for a number another unit follows even when an unfollowed record has the same ' + 'number',
    async () => {
      const { eastStaff, westStaff, admin } = county.agents
      const phone = uniquePhone()
      // The unfollowed record comes first, so a match on “the first talent with this number” would miss the claim.
      expect((await mutate(westStaff, CreateTalent, { ...ids(), name: '陈五', phone })).errors).toBeUndefined()
      await talentWithProject(eastStaff, { name: '陈五', phone, allowDuplicate: true })
      const file = Buffer.from(
        csvText([
          ['序号', '项目名称', '姓名', '联系电话', '园区/镇街', '进展阶段'],
          ['1', '西部新项目', '陈五', phone, '西部园区', '线索'],
        ]),
        'utf8',
      )
      const result = (await preview(admin, file, '台账.csv')).data!.previewLedgerImport
      expect(result.rows.map((row: { rowNumber: number; errors: string[] }) => [row.rowNumber, row.errors])).toEqual([
        [2, [expect.stringMatching(/正由东部园区跟进/)]],
      ])
    },
  )

  it(
    'accepts exactly one of two units logging the same new number at the same moment, ' + 'fifteen times over',
    async () => {
      const { eastStaff, westStaff } = county.agents
      for (let pair = 0; pair < 15; pair++) {
        const phone = uniquePhone()
        const results = await Promise.all([
          createLead(eastStaff, `并发东${pair}`, phone),
          createLead(westStaff, `并发西${pair}`, phone),
        ])
        expect(results.map((result) => result.code ?? 'OK').sort(), `pair ${pair} on ${testDatabaseKind}`).toEqual([
          'CLAIMED',
          'OK',
        ])
        expect(await activeUnits(`+86${phone}`)).toHaveLength(1)
      }
    },
  )
})

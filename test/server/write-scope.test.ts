// Writes through the request's client and the read rules: a park manager's merge checks and moves what other
// units keep of the merged talent, which the manager's own reads leave out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { mutate, op, smallCounty, talentWithProject } from '../support/pipeline.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let west: Awaited<ReturnType<typeof talentWithProject>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  west = await talentWithProject(county.agents.westStaff, { name: '西一' })
})
afterAll(() => db?.close())

describe('a park manager’s merge', () => {
  const merge = (survivorId: string, mergedId: string) =>
    mutate(county.agents.eastManager, 'mergeTalents', { ...op(), survivorId, mergedId, reason: '同一人' }, 'uuid')

  it('is refused when a talent has a project of another unit, which the manager’s reads leave out', async () => {
    const survivor = await talentWithProject(county.agents.eastStaff, { name: '东二' })
    const merged = await talentWithProject(county.agents.eastStaff, { name: '东二' })
    const { westStaff } = county.people
    const lost = await db.prisma.project.create({
      data: {
        title: '西部早先的项目',
        talentId: merged.talentId,
        unitId: westStaff.unitId,
        creditUnitId: westStaff.unitId,
        sourceChannel: 'REFERRAL',
        status: 'LOST',
        createdById: westStaff.id,
      },
    })
    expect((await merge(survivor.talentId, merged.talentId)).code).toBe('FORBIDDEN')
    expect(await db.prisma.project.findUniqueOrThrow({ where: { id: lost.id } })).toMatchObject({
      talentId: merged.talentId,
    })
  })

  it('moves what other units keep of the merged talent, where the manager cannot read or write', async () => {
    const survivor = await talentWithProject(county.agents.eastStaff, { name: '东三' })
    const merged = await talentWithProject(county.agents.eastStaff, { name: '东三' })
    const team = { projectId: west.projectId, talentId: merged.talentId, role: '技术顾问' }
    await db.prisma.projectMember.create({ data: team })
    const program = await db.prisma.program.create({ data: { code: 'W-1', name: '西部引才计划', level: 'DISTRICT' } })
    const filed = await db.prisma.programApplication.create({
      data: { programId: program.id, year: 2026, talentId: merged.talentId, unitId: county.units.west.id },
    })
    expect((await merge(survivor.talentId, merged.talentId)).errors).toBeUndefined()
    expect(await db.prisma.projectMember.findMany({ where: { projectId: west.projectId } })).toMatchObject([
      { talentId: survivor.talentId, role: '技术顾问' },
    ])
    expect(await db.prisma.programApplication.findUniqueOrThrow({ where: { id: filed.id } })).toMatchObject({
      talentId: survivor.talentId,
    })
    expect(await db.prisma.talent.findUniqueOrThrow({ where: { id: merged.talentId } })).toMatchObject({
      mergedIntoId: survivor.talentId,
    })
  })
})

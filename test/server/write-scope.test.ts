// Writes through the request's client meet the read rules: a write that chooses its rows by `where` reaches only
// rows the writer may read, even when the resolver's own check is missing (server/src/auth/scoped-writes.ts);
// a write that must reach other units' rows says so (a park manager's merge).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { MergeTalents } from '../support/documents.ts'
import { mutate, op, smallCounty, talentWithProject } from '../support/pipeline.ts'
import { readerClients } from '../../server/src/auth/scoped-client.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let east: Awaited<ReturnType<typeof talentWithProject>>
let west: Awaited<ReturnType<typeof talentWithProject>>
let clientFor: ReturnType<typeof readerClients>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  east = await talentWithProject(county.agents.eastStaff, { name: '东一' })
  west = await talentWithProject(county.agents.westStaff, { name: '西一' })
  clientFor = readerClients(db.prisma)
})
afterAll(() => db?.close())

const reader = (who: keyof typeof county.people) => {
  const { id, name, role, unitId } = county.people[who]
  return clientFor({ id, name, role, unitId })
}
const industry = async (projectId: string) =>
  (await db.prisma.project.findUniqueOrThrow({ where: { id: projectId }, select: { industry: true } })).industry
const both = () => ({ id: { in: [east.projectId, west.projectId] } })

describe('a write that chooses its rows by where', () => {
  it('changes and counts only the writer’s rows: updateMany, updateManyAndReturn, deleteMany', async () => {
    const westStaff = reader('westStaff')
    expect(await westStaff.project.updateMany({ where: both(), data: { industry: '西部写入' } })).toEqual({ count: 1 })
    expect([await industry(east.projectId), await industry(west.projectId)]).toEqual([null, '西部写入'])
    const returned = await westStaff.$transaction((tx) =>
      tx.project.updateManyAndReturn({ where: both(), data: { industry: '事务中' }, select: { id: true } }),
    )
    expect(returned).toEqual([{ id: west.projectId }])
    expect(await industry(east.projectId)).toBeNull()
    const history = { projectId: east.projectId }
    const before = await db.prisma.stageChange.count({ where: history })
    expect(before).toBeGreaterThan(0)
    expect(await westStaff.stageChange.deleteMany({ where: history })).toEqual({ count: 0 })
    expect(await db.prisma.stageChange.count({ where: history })).toBe(before)
  })

  it('refuses update and delete of a row out of reach with NOT_FOUND, as for a missing row', async () => {
    const westStaff = reader('westStaff')
    const code = (write: () => Promise<unknown>) =>
      write().then(
        () => 'written',
        (error) => error.extensions?.code,
      )
    const where = { id: east.projectId }
    expect(await code(() => westStaff.project.update({ where, data: { industry: '越权' } }))).toBe('NOT_FOUND')
    expect(await code(() => westStaff.project.delete({ where }))).toBe('NOT_FOUND')
    const missing = { id: '00000000-0000-7000-8000-000000000000' }
    expect(await code(() => westStaff.project.update({ where: missing, data: { industry: '无' } }))).toBe('NOT_FOUND')
    expect(await industry(east.projectId)).toBeNull()
    expect(await db.prisma.project.count({ where })).toBe(1)
    await westStaff.project.update({ where: { id: west.projectId }, data: { industry: '本单位' } })
    expect(await industry(west.projectId)).toBe('本单位')
  })

  it('lets an upsert of a row out of reach write nothing to it', async () => {
    const signing = {
      projectId: east.projectId,
      signedAt: new Date('2026-03-01'),
      agreementKind: 'INVESTMENT' as const,
    }
    await db.prisma.signing.create({ data: { ...signing, conditions: '东部原件' } })
    const upsert = reader('westStaff').signing.upsert({
      where: { projectId: east.projectId },
      create: { ...signing, conditions: '西部新建' },
      update: { conditions: '西部改写' },
    })
    // It finds no row it may read, so it creates one, and the row's unique key refuses that (runWrite: CONFLICT).
    await expect(upsert).rejects.toMatchObject({ code: 'P2002' })
    expect(await db.prisma.signing.findMany({ where: { projectId: east.projectId } })).toMatchObject([
      { conditions: '东部原件', version: 1 },
    ])
  })

  it('refuses a nested write that would change related rows past the rules', async () => {
    const nested = reader('westStaff').project.update({
      where: { id: west.projectId },
      data: { followers: { deleteMany: {} } },
    })
    await expect(nested).rejects.toThrow(/Project\.followers: a nested deleteMany/)
  })

  it('keeps two writers at the same moment each to their own rows', async () => {
    const [eastStaff, westStaff] = [reader('eastStaff'), reader('westStaff')]
    for (let attempt = 0; attempt < 5; attempt++) {
      const counts = await Promise.all(
        [
          [eastStaff, `东${attempt}`],
          [westStaff, `西${attempt}`],
        ].map(([client, value]) =>
          (client as typeof eastStaff).$transaction((tx) =>
            tx.project.updateMany({ where: both(), data: { industry: value as string } }),
          ),
        ),
      )
      expect(counts).toEqual([{ count: 1 }, { count: 1 }])
      expect([await industry(east.projectId), await industry(west.projectId)]).toEqual([`东${attempt}`, `西${attempt}`])
    }
  })
})

describe('a park manager’s merge', () => {
  const merge = (survivorId: string, mergedId: string) =>
    mutate(county.agents.eastManager, MergeTalents, { ...op(), survivorId, mergedId, reason: '同一人' })

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

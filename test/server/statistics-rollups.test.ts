// The statistics the database keeps for the dashboard (per-project counted rows and their sums, kept by
// triggers) stay true through every kind of write: GraphQL mutations, the talent office's credit moves and
// CreditShares, a talent's class, a project's unit, industry, channel or date, follow-ups written, moved and
// deleted, stage history removed, a project deleted with all that hangs off it, bulk statements, a ledger
// import, two transactions at once, a TRUNCATE. After each, every kept table equals a rebuild from nothing
// and every figure equals a row-by-row count of the same rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import { ids, mutateField, op, smallCounty, talentWithProject } from '../support/pipeline.ts'
import { seedStatisticsWorld } from '../support/statistics-world.ts'
import { commit, csvText } from '../support/ledger-files.ts'
import {
  expectActualsToEqualCounts,
  expectKeptTablesToEqualARebuild,
  expectStatisticsToEqualCounts,
} from '../support/statistics-agree.ts'
import { makeUscc } from '@talent/rules/uscc'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let units: { east: string; west: string; town: string }

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  const town = await createUnit(db.prisma, '青山镇', 'TOWN')
  units = { east: county.units.east.id, west: county.units.west.id, town: town.id }
  const townStaff = await createUser(db.prisma, 'qingshan.staff', 'STAFF', town.id)
  const { people } = county
  const recruiters = [
    people.eastStaff,
    people.eastStaff2,
    people.eastManager,
    people.westStaff,
    people.westManager,
    townStaff,
    people.eastHead,
  ]
  await seedStatisticsWorld(db.prisma, { units: Object.values(units), departments: [county.units.hrss.id], recruiters })
  // Selections in a national-major program, so that the talents' landed projects count on that indicator too.
  await db.prisma.program.updateMany({ where: { code: 'SSC' }, data: { isNationalMajor: true } })
}, 120_000)
afterAll(() => db?.close())

async function expectAllToAgree() {
  await expectKeptTablesToEqualARebuild(db.prisma)
  await expectStatisticsToEqualCounts(db.prisma, Object.values(units))
  await expectActualsToEqualCounts(db.prisma)
}

const version = async (id: string) => (await db.prisma.project.findUniqueOrThrow({ where: { id } })).version
const succeeded = (result: Awaited<ReturnType<typeof mutateField>>) =>
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined()
const projects = () =>
  db.prisma.project.findMany({
    include: { signing: true, landing: true, creditShares: true, talent: { include: { programApplications: true } } },
    orderBy: { id: 'asc' },
  })

describe('statistics kept by the database', () => {
  it('equal the counts of the seeded county', expectAllToAgree, 120_000)

  it('stay equal through the GraphQL writes that change what is counted', async () => {
    const { admin, eastStaff, eastStaff2, eastManager } = county.agents
    const all = await projects()
    const landed = all.find((p) => p.landing && p.creditShares.length === 0)!
    succeeded(
      await mutateField(admin, 'moveProjectCredit', {
        ...op(),
        id: landed.id,
        version: landed.version,
        creditUnitId: landed.creditUnitId === units.west ? units.east : units.west,
        reason: '重新认定',
      }),
    )
    const signed = all.find((p) => p.signing && p.id !== landed.id)!
    succeeded(
      await mutateField(admin, 'updateProject', {
        ...op(),
        id: signed.id,
        version: signed.version,
        industry: '新能源',
        sourceChannel: 'AGENCY',
      }),
    )
    const talent = await db.prisma.talent.findUniqueOrThrow({ where: { id: landed.talentId } })
    succeeded(
      await mutateField(
        admin,
        'updateTalent',
        { ...op(), id: talent.id, version: talent.version, talentClass: talent.talentClass === 'A' ? 'C' : 'A' },
        'uuid',
      ),
    )
    // Two landed talents of different classes the merge accepts: applications that do not clash, followed and
    // credited by one unit (claims and credit once per talent), the talent whose credit just moved left out.
    const ofTalents = (...talentIds: string[]) => all.filter((p) => talentIds.includes(p.talentId))
    const oneUnit = (a: string, b: string) =>
      new Set(
        ofTalents(a, b)
          .filter((p) => p.status === 'ACTIVE')
          .map((p) => p.unitId),
      ).size <= 1 &&
      new Set(
        ofTalents(a, b)
          .filter((p) => p.signing || p.landing)
          .map((p) => p.creditUnitId),
      ).size <= 1
    const applications = (p: (typeof all)[number]) =>
      new Set(p.talent.programApplications.map((a) => `${a.programId}/${a.year}`))
    const [survivor, merged] = all
      .filter((p) => p.landing && p.talentId !== landed.talentId && p.talent.talentClass === 'B')
      .flatMap((b) =>
        all
          .filter((p) => p.landing && p.talentId !== landed.talentId && p.talent.talentClass !== 'B')
          .map((other) => [b, other] as const),
      )
      .find(
        ([b, other]) =>
          oneUnit(b.talentId, other.talentId) && [...applications(other)].every((key) => !applications(b).has(key)),
      )!
    succeeded(
      await mutateField(
        admin,
        'mergeTalents',
        { ...op(), survivorId: survivor.talentId, mergedId: merged.talentId, reason: '重复登记' },
        'uuid',
      ),
    )

    // A new project carried from lead to landing and back, handed to another owner who follows it up, lost.
    const { projectId } = await talentWithProject(eastStaff, { name: '赵六', phone: '13900002222', talentClass: 'B' })
    succeeded(
      await mutateField(eastStaff, 'recordSigning', {
        ...op(),
        id: projectId,
        signedAt: '2026-05-01',
        agreementKind: 'INVESTMENT',
        investmentAgreed: '300',
      }),
    )
    succeeded(
      await mutateField(eastStaff, 'moveProjectStage', {
        ...op(),
        id: projectId,
        version: await version(projectId),
        to: 'SIGNED',
      }),
    )
    succeeded(
      await mutateField(eastStaff, 'recordSigning', {
        ...op(),
        id: projectId,
        signedAt: '2025-12-31',
        agreementKind: 'INVESTMENT',
        investmentAgreed: '350',
      }),
    )
    succeeded(
      await mutateField(eastStaff, 'recordLanding', {
        ...op(),
        id: projectId,
        companyName: '赵六科技',
        uscc: makeUscc('91330100MA2H00025'),
        registeredAt: '2026-06-01',
      }),
    )
    succeeded(
      await mutateField(eastStaff, 'moveProjectStage', {
        ...op(),
        id: projectId,
        version: await version(projectId),
        to: 'LANDED',
      }),
    )
    succeeded(
      await mutateField(eastStaff, 'moveProjectStage', {
        ...op(),
        id: projectId,
        version: await version(projectId),
        to: 'SIGNED',
        reason: '注册信息有误，退回',
      }),
    )
    succeeded(
      await mutateField(eastManager, 'assignProjectOwner', {
        ...op(),
        id: projectId,
        version: await version(projectId),
        ownerId: county.people.eastStaff2.id,
      }),
    )
    succeeded(
      await mutateField(eastManager, 'setProjectStatus', {
        ...op(),
        id: projectId,
        version: await version(projectId),
        status: 'LOST',
        reason: '人才另有选择',
      }),
    )
    const activity = { ...ids(), projectId, kind: 'CALL', summary: '电话回访', occurredAt: '2026-04-01T16:30:00Z' }
    succeeded(await mutateField(eastStaff2, 'logActivity', activity, 'uuid'))
    succeeded(
      await mutateField(
        eastStaff2,
        'logActivity',
        { ...ids(), projectId, kind: 'VISIT', summary: '走访', occurredAt: '2026-04-02T01:00:00Z' },
        'uuid',
      ),
    )
    succeeded(
      await mutateField(
        eastStaff2,
        'editActivity',
        { ...op(), id: activity.id, version: 1, occurredAt: '2025-12-31T15:30:00Z' },
        'uuid',
      ),
    )
    succeeded(
      await mutateField(
        eastStaff,
        'createLead',
        {
          ...op(),
          projectId: uuidv7(),
          talentId: uuidv7(),
          talentName: '钱七',
          phone: '13900003333',
          sourceChannel: 'EVENT',
        },
        'uuid',
      ),
    )
    await expectAllToAgree()
  }, 120_000)

  it('stay equal through writes straight to the tables: shares, units, dates, classes, deletions, bulk ' +
    'statements', async () => {
    const p = db.prisma
    const all = await projects()
    const [split, reshared, unsplit, moved, deleted] = [
      all.find((x) => x.landing && !x.creditShares.length)!,
      all.find((x) => x.creditShares.length)!,
      all.filter((x) => x.creditShares.length)[1]!,
      all[3]!,
      all.find((x) => x.signing && x.landing && x.creditShares.length)!,
    ]
    await p.creditShare.createMany({
      data: [units.east, units.town].map((unitId) => ({
        projectId: split.id,
        unitId,
        share: 0.5,
        reason: '联合招引',
        setById: county.people.admin.id,
      })),
    })
    await p.creditShare.update({ where: { id: reshared.creditShares[0]!.id }, data: { share: 0.25 } })
    await p.creditShare.deleteMany({ where: { projectId: unsplit.id } })
    await p.project.update({
      where: { id: moved.id },
      data: { unitId: units.town, industry: '', createdAt: new Date('2025-12-31T16:30:00Z') },
    })
    await p.talent.updateMany({ where: { talentClass: 'C' }, data: { talentClass: 'A' } })
    await p.signing.updateMany({
      where: { signedAt: { gte: new Date('2026-06-01') } },
      data: { signedAt: new Date('2026-01-01') },
    })
    await p.landing.deleteMany({ where: { registeredAt: { lt: new Date('2026-02-01') } } })
    await p.stageChange.deleteMany({ where: { projectId: { in: all.slice(10, 20).map((x) => x.id) } } })
    await p.project.delete({ where: { id: deleted.id } })
    const authors = [county.people.eastStaff.id, county.people.westStaff.id]
    await p.activity.createMany({
      data: authors.flatMap((authorId) =>
        Array.from({ length: 5 }, (_, i) => ({
          projectId: all[i]!.id,
          kind: 'CALL' as const,
          occurredAt: new Date(Date.UTC(2026, 6, 1, 15 + i)),
          summary: '跟进',
          authorId,
        })),
      ),
    })
    await p.activity.updateMany({
      where: { authorId: authors[0], occurredAt: { gte: new Date('2026-07-01T16:00:00Z') } },
      data: { authorId: authors[1] },
    })
    await p.activity.deleteMany({ where: { occurredAt: { lt: new Date('2025-12-01T00:00:00Z') } } })
    await expectAllToAgree()
  }, 120_000)

  it('stay equal through a ledger import', async () => {
    const header = [
      '序号',
      '项目名称',
      '人才姓名',
      '手机号',
      '工作单位',
      '所属单位',
      '阶段',
      '状态',
      '状态说明',
      '登记日期',
      '签约日期',
      '落地日期',
      '企业名称',
      '统一社会信用代码',
    ]
    const rows = [
      ['1', '合成生物平台', '孙一', '13812340101', '江南大学', '东部园区', '洽谈', '', '', '2026-03-01'],
      [
        '2',
        '碳纤维',
        '孙二',
        '13812340102',
        '',
        '西部园区',
        '落地注册',
        '',
        '',
        '2025-12-20',
        '2026-01-05',
        '2026-02-01',
        '孙二材料',
        makeUscc('91330100MA2H00033'),
      ],
    ]
    const report = await commit(county.agents.admin, Buffer.from(csvText([header, ...rows]), 'utf8'), '补录台账.csv')
    expect(report.errors).toBeUndefined()
    expect(report.data!.commitLedgerImport.counts.newProjects).toBe(2)
    await expectAllToAgree()
  }, 120_000)

  it('stay equal when two transactions write the same project and the same person’s day at once', async () => {
    const p = db.prisma
    const project = (await projects()).find((x) => x.landing && !x.creditShares.length)!
    const author = county.people.westStaff.id
    const at = (hour: number) => new Date(Date.UTC(2026, 7, 3, hour))
    const latest = await p.activity.create({
      data: { projectId: project.id, kind: 'CALL', occurredAt: at(9), summary: '跟进', authorId: author },
    })
    const pause = () => new Promise((resolve) => setTimeout(resolve, 50))
    await Promise.all([
      p.$transaction(async (tx) => {
        await tx.creditShare.createMany({
          data: [units.west, units.town].map((unitId) => ({
            projectId: project.id,
            unitId,
            share: 0.5,
            reason: '联合招引',
            setById: county.people.admin.id,
          })),
        })
        await pause()
        await tx.activity.create({
          data: { projectId: project.id, kind: 'CALL', occurredAt: at(5), summary: '跟进', authorId: author },
        })
      }),
      p.$transaction(async (tx) => {
        await tx.project.update({ where: { id: project.id }, data: { creditUnitId: units.east, industry: '数字经济' } })
        await tx.activity.create({
          data: { projectId: project.id, kind: 'CALL', occurredAt: at(7), summary: '跟进', authorId: author },
        })
      }),
      p.$transaction(async (tx) => {
        await tx.activity.delete({ where: { id: latest.id } })
      }),
    ])
    await expectAllToAgree()
  }, 120_000)

  it('are rebuilt when a table is truncated', async () => {
    expect(await db.prisma.stageStep.count()).toBeGreaterThan(0)
    await db.prisma.$executeRawUnsafe('TRUNCATE "StageChange"')
    expect(await db.prisma.stageStep.count()).toBe(0)
    await expectStatisticsToEqualCounts(db.prisma, Object.values(units))
    // A project points at its newest activity, so Activity empties only together with the projects.
    await expect(db.prisma.$executeRawUnsafe('TRUNCATE "Activity"')).rejects.toThrow(/foreign key/)
    await db.prisma.$executeRawUnsafe('TRUNCATE "Activity" CASCADE')
    expect((await db.prisma.staffDay.aggregate({ _sum: { followUps: true } }))._sum.followUps ?? 0).toBe(0)
    await expectStatisticsToEqualCounts(db.prisma, Object.values(units))
  }, 120_000)
})

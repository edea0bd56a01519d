// The statistics the database keeps for the dashboard stay true through writes that bypass the API: CreditShares,
// a project's unit, industry and date, talents' classes, signings and landings moved or deleted, stage history
// removed, a project deleted with all that hangs off it, follow-ups written in bulk, a ledger import, two
// transactions at once, a TRUNCATE. After each, every kept table equals a rebuild from nothing and every figure
// equals a row-by-row count of the same rows.
import { describe, expect, it } from 'vitest'
import { makeUscc } from '@talent/rules/uscc'
import { commit, csvText } from '../support/ledger-files.ts'
import { expectStatisticsToEqualCounts } from '../support/statistics-agree.ts'
import { statisticsRollupsCounty } from '../support/statistics-rollups-county.ts'

const { db, county, units, expectAllToAgree, projects } = statisticsRollupsCounty()

describe('statistics kept by the database', () => {
  it('stay equal through writes straight to the tables: shares, units, dates, classes, deletions, bulk ' +
    'statements', async () => {
    const p = db().prisma
    const all = await projects()
    const [split, reshared, unsplit, moved, deleted] = [
      all.find((x) => x.landing && !x.creditShares.length)!,
      all.find((x) => x.creditShares.length)!,
      all.filter((x) => x.creditShares.length)[1]!,
      all[3]!,
      all.find((x) => x.signing && x.landing && x.creditShares.length)!,
    ]
    await p.creditShare.createMany({
      data: [units().east, units().town].map((unitId) => ({
        projectId: split.id,
        unitId,
        share: 0.5,
        reason: '联合招引',
        setById: county().people.admin.id,
      })),
    })
    await p.creditShare.update({ where: { id: reshared.creditShares[0]!.id }, data: { share: 0.25 } })
    await p.creditShare.deleteMany({ where: { projectId: unsplit.id } })
    await p.project.update({
      where: { id: moved.id },
      data: { unitId: units().town, industry: '', createdAt: new Date('2025-12-31T16:30:00Z') },
    })
    await p.talent.updateMany({ where: { talentClass: 'C' }, data: { talentClass: 'A' } })
    await p.signing.updateMany({
      where: { signedAt: { gte: new Date('2026-06-01') } },
      data: { signedAt: new Date('2026-01-01') },
    })
    await p.landing.deleteMany({ where: { registeredAt: { lt: new Date('2026-02-01') } } })
    await p.stageChange.deleteMany({ where: { projectId: { in: all.slice(10, 20).map((x) => x.id) } } })
    await p.project.delete({ where: { id: deleted.id } })
    const authors = [county().people.eastStaff.id, county().people.westStaff.id]
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
    const report = await commit(county().agents.admin, Buffer.from(csvText([header, ...rows]), 'utf8'), '补录台账.csv')
    expect(report.errors).toBeUndefined()
    expect(report.data!.commitLedgerImport.counts.newProjects).toBe(2)
    await expectAllToAgree()
  }, 120_000)

  it('stay equal when two transactions write the same project and the same person’s day at once', async () => {
    const p = db().prisma
    const project = (await projects()).find((x) => x.landing && !x.creditShares.length)!
    const author = county().people.westStaff.id
    const at = (hour: number) => new Date(Date.UTC(2026, 7, 3, hour))
    const latest = await p.activity.create({
      data: { projectId: project.id, kind: 'CALL', occurredAt: at(9), summary: '跟进', authorId: author },
    })
    const pause = () => new Promise((resolve) => setTimeout(resolve, 50))
    await Promise.all([
      p.$transaction(async (tx) => {
        await tx.creditShare.createMany({
          data: [units().west, units().town].map((unitId) => ({
            projectId: project.id,
            unitId,
            share: 0.5,
            reason: '联合招引',
            setById: county().people.admin.id,
          })),
        })
        await pause()
        await tx.activity.create({
          data: { projectId: project.id, kind: 'CALL', occurredAt: at(5), summary: '跟进', authorId: author },
        })
      }),
      p.$transaction(async (tx) => {
        await tx.project.update({
          where: { id: project.id },
          data: { creditUnitId: units().east, industry: '数字经济' },
        })
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
    expect(await db().prisma.stageStep.count()).toBeGreaterThan(0)
    await db().prisma.$executeRawUnsafe('TRUNCATE "StageChange"')
    expect(await db().prisma.stageStep.count()).toBe(0)
    await expectStatisticsToEqualCounts(db().prisma, Object.values(units))
    // A project points at its newest activity, so Activity empties only together with the projects.
    await expect(db().prisma.$executeRawUnsafe('TRUNCATE "Activity"')).rejects.toThrow(/foreign key/)
    await db().prisma.$executeRawUnsafe('TRUNCATE "Activity" CASCADE')
    expect((await db().prisma.staffDay.aggregate({ _sum: { followUps: true } }))._sum.followUps ?? 0).toBe(0)
    await expectStatisticsToEqualCounts(db().prisma, Object.values(units))
  }, 120_000)
})

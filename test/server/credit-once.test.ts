// One talent's venture is credited once county-wide (docs/domain.md, "Credit"): a signing or landing
// only on a project being followed, and never a second unit's count for the same talent — through the
// forms, the talent office's merges and credit moves, and the 台账 import; the assessment shows it once.
import { describe, expect, it } from 'vitest'
import { mutate, op } from '../support/pipeline.ts'
import { MergeTalents, MoveProjectCredit, SetProjectStatus } from '../support/documents.ts'
import { commit, csvText, ledgerRows } from '../support/ledger-files.ts'
import { creditCounty } from '../support/credit-county.ts'
import { doubleCreditMessage } from '../../server/src/domain/stage.ts'

const { db, county, version, succeeded, lead, sign, land, move, signAndMove, talentOf, counted } = creditCounty()

describe('credit once per talent', () => {
  it(
    'refuses a signing and a landing on another unit’s lost lead of a talent it signed and landed (the ' +
      'reproduction)',
    async () => {
      const { westStaff, westManager, eastStaff } = county().agents
      const west = await lead(westStaff, '钱学森', '13900000001', '加州理工')
      succeeded(
        await mutate(westManager, SetProjectStatus, {
          ...op(),
          id: west,
          version: await version(west),
          status: 'LOST',
          reason: '人才选择了东部园区',
        }),
      )
      const east = await lead(eastStaff, '钱学森', '13900000001', '加州理工')
      succeeded(await sign(eastStaff, east))
      await move(eastStaff, east, 'SIGNED')
      succeeded(await land(eastStaff, east, '91330100MA2K00001'))
      await move(eastStaff, east, 'LANDED')

      const signing = await sign(westManager, west, '2026-06-01')
      expect(signing).toMatchObject({
        code: 'CONFLICT',
        message: '项目已流失，不能登记签约信息：签约、落地只登记在跟进中的项目上',
      })
      const landing = await land(westManager, west, '91330100MA2K00002')
      expect(landing).toMatchObject({
        code: 'CONFLICT',
        message: '项目已流失，不能登记落地企业：签约、落地只登记在跟进中的项目上',
      })

      expect(
        await db().prisma.project.findUniqueOrThrow({ where: { id: west }, include: { signing: true, landing: true } }),
      ).toMatchObject({ signing: null, landing: null })
      expect(await counted()).toMatchObject({
        东部园区: { PROJECTS_SIGNED: 1, PROJECTS_LANDED: 1 },
        西部园区: { PROJECTS_SIGNED: 0, PROJECTS_LANDED: 0 },
      })
    },
  )

  it(
    'answers a second unit’s signing of the same talent with CREDIT_CONFLICT naming the unit, ' + 'and counts it once',
    async () => {
      const { westStaff, eastStaff, eastManager, admin } = county().agents
      const east = await lead(eastStaff, '邓稼先', '13900000012', '中科院')
      await signAndMove(eastStaff, east)
      // Signed, then paused: 东部园区 keeps the credit, and no longer holds the claim.
      succeeded(
        await mutate(eastManager, SetProjectStatus, {
          ...op(),
          id: east,
          version: await version(east),
          status: 'ON_HOLD',
          reason: '人才暂缓落地',
        }),
      )
      const west = await lead(westStaff, '邓稼先', '13900000011', '普渡大学')
      // The talent office finds the two records are one person.
      succeeded(
        await mutate(admin, MergeTalents, {
          ...op(),
          survivorId: await talentOf(west),
          mergedId: await talentOf(east),
          reason: '同一人',
        }),
      )
      const before = await counted()

      const second = await sign(westStaff, west)
      expect(second).toMatchObject({ code: 'CREDIT_CONFLICT', message: doubleCreditMessage('东部园区') })
      expect(second.message).toMatch(/人才办调整计分单位或设置联合计分/)
      expect(await counted()).toEqual(before)
    },
  )

  it(
    'refuses to merge two talents both signed in different units until the office credits them to one ' + 'unit',
    async () => {
      const { westStaff, westManager, eastStaff, admin } = county().agents
      const west = await lead(westStaff, '钱三强', '13900000021', '巴黎大学')
      const east = await lead(eastStaff, '钱三强', '13900000022', '清华大学')
      await signAndMove(westStaff, west)
      await signAndMove(eastStaff, east)
      // Dropped by 西部园区 after its signing, so the merge meets the credit rule rather than the claim.
      succeeded(
        await mutate(westManager, SetProjectStatus, {
          ...op(),
          id: west,
          version: await version(west),
          status: 'LOST',
          reason: '人才选择了东部园区',
        }),
      )
      const [survivorId, mergedId] = [await talentOf(west), await talentOf(east)]

      const merge = () => mutate(admin, MergeTalents, { ...op(), survivorId, mergedId, reason: '同一人' })
      const refused = await merge()
      expect(refused.code).toBe('CREDIT_CONFLICT')
      expect(refused.message).toMatch(
        /^不能合并：这位人才在(东部|西部)园区另有已签约或落地的项目，合并后会由两个单位重复计分/,
      )
      expect(await db().prisma.talent.findUniqueOrThrow({ where: { id: mergedId } })).toMatchObject({
        mergedIntoId: null,
      })
      expect(await talentOf(east)).toBe(mergedId)

      succeeded(
        await mutate(admin, MoveProjectCredit, {
          ...op(),
          id: west,
          version: await version(west),
          creditUnitId: county().units.east.id,
          reason: '协调认定由东部园区计分',
        }),
      )
      succeeded(await merge())
      expect(await talentOf(east)).toBe(survivorId)

      const back = await mutate(admin, MoveProjectCredit, {
        ...op(),
        id: west,
        version: await version(west),
        creditUnitId: county().units.west.id,
        reason: '改回西部园区',
      })
      expect(back).toMatchObject({
        code: 'CREDIT_CONFLICT',
        message: expect.stringMatching(/^不能调整计分单位：该人才另有已签约或落地的项目计入东部园区/),
      })
      expect((await db().prisma.project.findUniqueOrThrow({ where: { id: west } })).creditUnitId).toBe(
        county().units.east.id,
      )
    },
  )

  it('refuses ledger rows that sign a dropped project, or sign a talent another unit signed, row by row', async () => {
    const { eastStaff, eastManager, admin } = county().agents
    const east = await lead(eastStaff, '华罗庚', '13900000031', '伊利诺伊大学')
    await signAndMove(eastStaff, east)
    // Signed, then dropped: the signing still holds the credit for 东部园区.
    succeeded(
      await mutate(eastManager, SetProjectStatus, {
        ...op(),
        id: east,
        version: await version(east),
        status: 'LOST',
        reason: '人才另有选择',
      }),
    )
    const file = csvText(
      ledgerRows([
        {
          项目名称: '数论研究院',
          人才姓名: '华罗庚',
          手机号: '13900000031',
          工作单位: '伊利诺伊大学',
          所属单位: '西部园区',
          阶段: '签约',
          登记日期: '2026-02-01',
          签约日期: '2026-03-01',
        },
        {
          项目名称: '光学镜片',
          人才姓名: '王大珩',
          手机号: '13900000032',
          所属单位: '西部园区',
          阶段: '签约',
          状态: '暂缓',
          状态说明: '资金未到位',
          登记日期: '2026-02-01',
          签约日期: '2026-03-01',
        },
      ]),
    )
    const before = await db().prisma.signing.count()
    const refused = await commit(admin, Buffer.from(file, 'utf8'), '台账.csv')
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rows: [
        { rowNumber: 2, errors: [doubleCreditMessage('东部园区')] },
        { rowNumber: 3, errors: ['项目已暂缓，不能登记签约信息：签约、落地只登记在跟进中的项目上'] },
      ],
    })
    expect(await db().prisma.signing.count()).toBe(before)
  })
})

// One talent's venture is credited once county-wide (docs/domain.md, "Credit"): a signing or landing
// only on a project being followed, and never a second unit's count for the same talent — through the
// forms, the talent office's merges and credit moves, and the 台账 import; the assessment shows it once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { mutate, op, smallCounty, type Agent } from '../support/pipeline.ts'
import { commit, csvText } from '../support/ledger-files.ts'
import { doubleCreditMessage } from '../../server/src/domain/stage.ts'
import { makeUscc } from '@talent/rules/uscc'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  const scheme = await db.prisma.assessmentScheme.create({ data: { year: 2026, name: '2026年度人才工作考核办法' } })
  for (const metric of ['PROJECTS_SIGNED', 'PROJECTS_LANDED'] as const) {
    const indicator = await db.prisma.indicator.create({
      data: { schemeId: scheme.id, code: metric, name: metric, metric, weight: 10, unitKinds: ['PARK'] },
    })
    await db.prisma.target.createMany({
      data: [county.units.east.id, county.units.west.id].map((unitId) => ({
        indicatorId: indicator.id,
        unitId,
        value: 5,
      })),
    })
  }
}, 120_000)
afterAll(() => db?.close())

const version = async (id: string) => (await db.prisma.project.findUniqueOrThrow({ where: { id } })).version
const succeeded = (result: Awaited<ReturnType<typeof mutate>>) => expect(result.errors).toBeUndefined()

async function lead(agent: Agent, talentName: string, phone: string, employer: string) {
  const projectId = uuidv7()
  succeeded(
    await mutate(
      agent,
      'createLead',
      { ...op(), projectId, talentId: uuidv7(), talentName, phone, employer, sourceChannel: 'REFERRAL' },
      'uuid',
    ),
  )
  return projectId
}

const sign = (agent: Agent, id: string, signedAt = '2026-05-10') =>
  mutate(agent, 'recordSigning', { ...op(), id, signedAt, agreementKind: 'INVESTMENT' })
const land = (agent: Agent, id: string, code: string) =>
  mutate(agent, 'recordLanding', {
    ...op(),
    id,
    companyName: `企业${code}`,
    uscc: makeUscc(code),
    registeredAt: '2026-06-10',
  })
const move = async (agent: Agent, id: string, to: string) =>
  succeeded(await mutate(agent, 'moveProjectStage', { ...op(), id, version: await version(id), to }))
/** What the stage screen does: records the signing, then moves the project to 签约, where it counts. */
async function signAndMove(agent: Agent, id: string) {
  succeeded(await sign(agent, id))
  await move(agent, id, 'SIGNED')
}
const talentOf = async (projectId: string) =>
  (await db.prisma.project.findUniqueOrThrow({ where: { id: projectId } })).talentId

/** Signed and landed as the 2026 assessment counts them, per park. */
async function counted() {
  const query =
    `query { assessmentScores(year: 2026, asOf: "2026-12-31T15:00:00Z") { units { unit { name } ` +
    `indicators { metric actual } } } }`
  const result = await county.agents.leader.request(query)
  expect(result.errors).toBeUndefined()
  return Object.fromEntries(
    result.data!.assessmentScores.units.map(
      (u: { unit: { name: string }; indicators: { metric: string; actual: number }[] }) => [
        u.unit.name,
        Object.fromEntries(u.indicators.map((i) => [i.metric, i.actual])),
      ],
    ),
  )
}

describe('credit once per talent', () => {
  it(
    'refuses a signing and a landing on another unit’s lost lead of a talent it signed and landed (the ' +
      'reproduction)',
    async () => {
      const { westStaff, westManager, eastStaff } = county.agents
      const west = await lead(westStaff, '钱学森', '13900000001', '加州理工')
      succeeded(
        await mutate(westManager, 'setProjectStatus', {
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
        await db.prisma.project.findUniqueOrThrow({ where: { id: west }, include: { signing: true, landing: true } }),
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
      const { westStaff, eastStaff, eastManager, admin } = county.agents
      const east = await lead(eastStaff, '邓稼先', '13900000012', '中科院')
      await signAndMove(eastStaff, east)
      // Signed, then paused: 东部园区 keeps the credit, and no longer holds the claim.
      succeeded(
        await mutate(eastManager, 'setProjectStatus', {
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
        await mutate(
          admin,
          'mergeTalents',
          { ...op(), survivorId: await talentOf(west), mergedId: await talentOf(east), reason: '同一人' },
          'uuid',
        ),
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
      const { westStaff, westManager, eastStaff, admin } = county.agents
      const west = await lead(westStaff, '钱三强', '13900000021', '巴黎大学')
      const east = await lead(eastStaff, '钱三强', '13900000022', '清华大学')
      await signAndMove(westStaff, west)
      await signAndMove(eastStaff, east)
      // Dropped by 西部园区 after its signing, so the merge meets the credit rule rather than the claim.
      succeeded(
        await mutate(westManager, 'setProjectStatus', {
          ...op(),
          id: west,
          version: await version(west),
          status: 'LOST',
          reason: '人才选择了东部园区',
        }),
      )
      const [survivorId, mergedId] = [await talentOf(west), await talentOf(east)]

      const merge = () => mutate(admin, 'mergeTalents', { ...op(), survivorId, mergedId, reason: '同一人' }, 'uuid')
      const refused = await merge()
      expect(refused.code).toBe('CREDIT_CONFLICT')
      expect(refused.message).toMatch(
        /^不能合并：这位人才在(东部|西部)园区另有已签约或落地的项目，合并后会由两个单位重复计分/,
      )
      expect(await db.prisma.talent.findUniqueOrThrow({ where: { id: mergedId } })).toMatchObject({
        mergedIntoId: null,
      })
      expect(await talentOf(east)).toBe(mergedId)

      succeeded(
        await mutate(admin, 'moveProjectCredit', {
          ...op(),
          id: west,
          version: await version(west),
          creditUnitId: county.units.east.id,
          reason: '协调认定由东部园区计分',
        }),
      )
      succeeded(await merge())
      expect(await talentOf(east)).toBe(survivorId)

      const back = await mutate(admin, 'moveProjectCredit', {
        ...op(),
        id: west,
        version: await version(west),
        creditUnitId: county.units.west.id,
        reason: '改回西部园区',
      })
      expect(back).toMatchObject({
        code: 'CREDIT_CONFLICT',
        message: expect.stringMatching(/^不能调整计分单位：该人才另有已签约或落地的项目计入东部园区/),
      })
      expect((await db.prisma.project.findUniqueOrThrow({ where: { id: west } })).creditUnitId).toBe(
        county.units.east.id,
      )
    },
  )

  it('refuses ledger rows that sign a dropped project, or sign a talent another unit signed, row by row', async () => {
    const { eastStaff, eastManager, admin } = county.agents
    const east = await lead(eastStaff, '华罗庚', '13900000031', '伊利诺伊大学')
    await signAndMove(eastStaff, east)
    // Signed, then dropped: the signing still holds the credit for 东部园区.
    succeeded(
      await mutate(eastManager, 'setProjectStatus', {
        ...op(),
        id: east,
        version: await version(east),
        status: 'LOST',
        reason: '人才另有选择',
      }),
    )
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
    ]
    const file = csvText([
      header,
      [
        '1',
        '数论研究院',
        '华罗庚',
        '13900000031',
        '伊利诺伊大学',
        '西部园区',
        '签约',
        '',
        '',
        '2026-02-01',
        '2026-03-01',
      ],
      [
        '2',
        '光学镜片',
        '王大珩',
        '13900000032',
        '',
        '西部园区',
        '签约',
        '暂缓',
        '资金未到位',
        '2026-02-01',
        '2026-03-01',
      ],
    ])
    const before = await db.prisma.signing.count()
    const refused = await commit(admin, Buffer.from(file, 'utf8'), '台账.csv')
    expect(refused.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      rows: [
        { rowNumber: 2, errors: [doubleCreditMessage('东部园区')] },
        { rowNumber: 3, errors: ['项目已暂缓，不能登记签约信息：签约、落地只登记在跟进中的项目上'] },
      ],
    })
    expect(await db.prisma.signing.count()).toBe(before)
  })

  it(
    'counts a signing once its project reaches 签约 and a landing once it reaches 落地注册, not while it stands at ' +
      '线索',
    async () => {
      const { eastStaff } = county.agents
      const east = await lead(eastStaff, '周培源', '13900000041', '加州理工')
      const before = (await counted()).东部园区
      succeeded(await sign(eastStaff, east))
      succeeded(await land(eastStaff, east, '91330100MA2K00041'))
      expect((await counted()).东部园区).toEqual(before)

      await move(eastStaff, east, 'SIGNED')
      expect((await counted()).东部园区).toMatchObject({
        PROJECTS_SIGNED: before.PROJECTS_SIGNED + 1,
        PROJECTS_LANDED: before.PROJECTS_LANDED,
      })
      await move(eastStaff, east, 'LANDED')
      expect((await counted()).东部园区).toMatchObject({
        PROJECTS_SIGNED: before.PROJECTS_SIGNED + 1,
        PROJECTS_LANDED: before.PROJECTS_LANDED + 1,
      })
    },
  )

  it(
    'credits one person once when a second unit logs their phone again as a new talent after the first dropped ' +
      'them',
    async () => {
      const { eastStaff, eastManager, westStaff } = county.agents
      const east = await lead(eastStaff, '吴健雄', '+1 415 555 0142', '哥伦比亚大学')
      await signAndMove(eastStaff, east)
      succeeded(
        await mutate(eastManager, 'setProjectStatus', {
          ...op(),
          id: east,
          version: await version(east),
          status: 'LOST',
          reason: '人才暂不回国',
        }),
      )
      // The same number typed another way: a new record, as createLead makes once no unit follows the person.
      const west = await lead(westStaff, '吴健雄', '+14155550142', '哥伦比亚大学')
      expect(await talentOf(west)).not.toBe(await talentOf(east))
      const before = await counted()

      expect(await sign(westStaff, west)).toMatchObject({
        code: 'CREDIT_CONFLICT',
        message: doubleCreditMessage('东部园区'),
      })
      expect(await counted()).toEqual(before)
      expect(await db.prisma.signing.count({ where: { projectId: west } })).toBe(0)
    },
  )

  it(
    'refuses to move a project to 签约 when the person’s credit is held elsewhere, and an edit giving a signed ' +
      'talent a credited phone',
    async () => {
      const { eastStaff, eastManager, westStaff } = county.agents
      // 西部园区 recorded a signing at 线索 (it does not count yet); 东部园区 then signs the same person and moves on.
      const west = await lead(westStaff, '赵忠尧', '13900000051', '加州理工')
      succeeded(await sign(westStaff, west))
      succeeded(
        await mutate(westStaff, 'setProjectStatus', {
          ...op(),
          id: west,
          version: await version(west),
          status: 'ON_HOLD',
          reason: '等待人才答复',
        }),
      )
      const east = await lead(eastStaff, '赵忠尧', '13900000051', '加州理工')
      await signAndMove(eastStaff, east)
      succeeded(
        await mutate(eastManager, 'setProjectStatus', {
          ...op(),
          id: east,
          version: await version(east),
          status: 'ON_HOLD',
          reason: '等待资金',
        }),
      )
      succeeded(
        await mutate(westStaff, 'setProjectStatus', {
          ...op(),
          id: west,
          version: await version(west),
          status: 'ACTIVE',
        }),
      )
      const moved = await mutate(westStaff, 'moveProjectStage', {
        ...op(),
        id: west,
        version: await version(west),
        to: 'SIGNED',
      })
      expect(moved).toMatchObject({ code: 'CREDIT_CONFLICT', message: doubleCreditMessage('东部园区') })
      expect((await db.prisma.project.findUniqueOrThrow({ where: { id: west } })).stage).toBe('LEAD')

      // A talent signed by 西部园区 given the phone of a person 东部园区 signed.
      const other = await lead(westStaff, '王淦昌', '13900000052', '柏林大学')
      await signAndMove(westStaff, other)
      const talentId = await talentOf(other)
      const edit = await mutate(
        westStaff,
        'updateTalent',
        { ...op(), id: talentId, version: 1, name: '王淦昌', phone: '13900000051' },
        'phone',
      )
      expect(edit).toMatchObject({
        code: 'CREDIT_CONFLICT',
        message: expect.stringMatching(/^不能改为这个手机号：使用该号码的人才在东部园区已有签约或落地的项目/),
      })
      expect((await db.prisma.talent.findUniqueOrThrow({ where: { id: talentId } })).phone).toBe('+8613900000052')
    },
  )
})

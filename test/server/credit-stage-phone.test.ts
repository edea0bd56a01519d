// Credit follows the stage and the person (migration credit_follows_stage_and_phone): a signing counts once its
// project reached 签约 and a landing once it reached 落地注册; records with one phone are one person.
import { describe, expect, it } from 'vitest'
import { mutate, op } from '../support/pipeline.ts'
import { MoveProjectStage, SetProjectStatus, UpdateTalent } from '../support/documents.ts'
import { creditCounty } from '../support/credit-county.ts'
import { doubleCreditMessage } from '../../server/src/domain/stage.ts'

const { db, county, version, succeeded, lead, sign, land, move, signAndMove, talentOf, counted } = creditCounty()

describe('credit follows the stage and the person', () => {
  it(
    'counts a signing once its project reaches 签约 and a landing once it reaches 落地注册, not while it stands at ' +
      '线索',
    async () => {
      const { eastStaff } = county().agents
      const east = await lead(eastStaff, '周培源', '13900000041', '加州理工')
      const before = (await counted()).东部园区!
      succeeded(await sign(eastStaff, east))
      succeeded(await land(eastStaff, east, '91330100MA2K00041'))
      expect((await counted()).东部园区).toEqual(before)

      await move(eastStaff, east, 'SIGNED')
      expect((await counted()).东部园区).toMatchObject({
        PROJECTS_SIGNED: before.PROJECTS_SIGNED! + 1,
        PROJECTS_LANDED: before.PROJECTS_LANDED,
      })
      await move(eastStaff, east, 'LANDED')
      expect((await counted()).东部园区).toMatchObject({
        PROJECTS_SIGNED: before.PROJECTS_SIGNED! + 1,
        PROJECTS_LANDED: before.PROJECTS_LANDED! + 1,
      })
    },
  )

  it(
    'credits one person once when a second unit logs their phone again as a new talent after the first dropped ' +
      'them',
    async () => {
      const { eastStaff, eastManager, westStaff } = county().agents
      const east = await lead(eastStaff, '吴健雄', '+1 415 555 0142', '哥伦比亚大学')
      await signAndMove(eastStaff, east)
      succeeded(
        await mutate(eastManager, SetProjectStatus, {
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
      expect(await db().prisma.signing.count({ where: { projectId: west } })).toBe(0)
    },
  )

  it(
    'refuses to move a project to 签约 when the person’s credit is held elsewhere, and an edit giving a signed ' +
      'talent a credited phone',
    async () => {
      const { eastStaff, eastManager, westStaff } = county().agents
      // 西部园区 recorded a signing at 线索 (it does not count yet); 东部园区 then signs the same person and moves on.
      const west = await lead(westStaff, '赵忠尧', '13900000051', '加州理工')
      succeeded(await sign(westStaff, west))
      succeeded(
        await mutate(westStaff, SetProjectStatus, {
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
        await mutate(eastManager, SetProjectStatus, {
          ...op(),
          id: east,
          version: await version(east),
          status: 'ON_HOLD',
          reason: '等待资金',
        }),
      )
      succeeded(
        await mutate(westStaff, SetProjectStatus, {
          ...op(),
          id: west,
          version: await version(west),
          status: 'ACTIVE',
        }),
      )
      const moved = await mutate(westStaff, MoveProjectStage, {
        ...op(),
        id: west,
        version: await version(west),
        to: 'SIGNED',
      })
      expect(moved).toMatchObject({ code: 'CREDIT_CONFLICT', message: doubleCreditMessage('东部园区') })
      expect((await db().prisma.project.findUniqueOrThrow({ where: { id: west } })).stage).toBe('LEAD')

      // A talent signed by 西部园区 given the phone of a person 东部园区 signed.
      const other = await lead(westStaff, '王淦昌', '13900000052', '柏林大学')
      await signAndMove(westStaff, other)
      const talentId = await talentOf(other)
      const edit = await mutate(westStaff, UpdateTalent, {
        ...op(),
        id: talentId,
        version: 1,
        name: '王淦昌',
        phone: '13900000051',
      })
      expect(edit).toMatchObject({
        code: 'CREDIT_CONFLICT',
        message: expect.stringMatching(/^不能改为这个手机号：使用该号码的人才在东部园区已有签约或落地的项目/),
      })
      expect((await db().prisma.talent.findUniqueOrThrow({ where: { id: talentId } })).phone).toBe('+8613900000052')
    },
  )
})

// The talent office keeps the talent programs; the east park coaches a talent for the provincial 双创 program,
// submits, is selected, each wrong move refused in Chinese; batch and note are edited under the version.
import { describe, expect, it } from 'vitest'
import { graphql } from '../support/graphql.ts'
import { ids, mutate, op, talentWithProject } from '../support/pipeline.ts'
import { type ApplicationStatus, programCounty } from '../support/program-county.ts'
import { CreateProgram, UpdateProgramApplication } from '../support/program-documents.ts'

const { db, county, city, apply, moveTo } = programCounty()

const ProgramsQuery = graphql(`
  query Programs {
    programs {
      name
      level
    }
  }
`)

describe('programs', () => {
  it('are kept by the talent office only, with unique names and codes', async () => {
    const staff = await mutate(county().agents.eastManager, CreateProgram, {
      ...ids(),
      code: 'X',
      name: '县人才计划',
      level: 'DISTRICT',
    })
    expect(staff.code).toBe('FORBIDDEN')
    const twice = await mutate(county().agents.admin, CreateProgram, {
      ...ids(),
      code: 'JS-SC',
      name: '另一个',
      level: 'PROVINCE',
    })
    expect(twice).toMatchObject({ code: 'CONFLICT', message: '已有同名或同代码的人才工程（省双创计划，JS-SC）' })
    const listed = await county().agents.westStaff.request(ProgramsQuery)
    expect(listed.data?.programs).toEqual([
      { name: '省双创计划', level: 'PROVINCE' },
      { name: '市双创计划', level: 'CITY' },
    ])
  })
})

describe('an application’s life', () => {
  it(
    'goes from reserve to selected, ' + 'refusing each wrong move with a Chinese message and writing nothing for it',
    async () => {
      const { eastStaff } = county().agents
      const { talentId, projectId } = await talentWithProject(eastStaff, { name: '周一', phone: '13500000001' })
      const created = await apply(eastStaff, { talentId, projectId, batch: '第一批', note: '博士，新材料方向' })
      expect(created.errors).toBeUndefined()
      expect(created.data).toMatchObject({
        status: 'RESERVE',
        version: 1,
        year: 2026,
        batch: '第一批',
        submittedAt: null,
        decidedAt: null,
        program: { name: '省双创计划' },
        unit: { name: '东部园区' },
        talent: { name: '周一' },
        project: { title: '新材料中试基地' },
      })
      const id = created.data!.uuid
      let version = 1
      const refused = async (to: ApplicationStatus, code: string, message: string, reason?: string) => {
        const result = await moveTo(eastStaff, id, version, to, reason)
        expect({ code: result.code, message: result.message }).toEqual({ code, message })
        expect((await db().prisma.programApplication.findUniqueOrThrow({ where: { id } })).version).toBe(version)
      }
      const moved = async (to: ApplicationStatus, reason?: string) => {
        const result = await moveTo(eastStaff, id, version, to, reason)
        expect(result.errors).toBeUndefined()
        version = result.data!.version
        return result.data!
      }

      await refused('SELECTED', 'CONFLICT', '尚未提交申报，不能登记评审结果（当前为“储备”）')
      await refused('RESERVE', 'CONFLICT', '申报已处于“储备”状态')
      expect(await moved('COACHING')).toMatchObject({ status: 'COACHING', version: 2 })
      await refused('RESERVE', 'BAD_USER_INPUT', '回退申报状态须填写原因')
      const submitted = await moved('SUBMITTED')
      expect(submitted.submittedAt).toEqual(expect.any(String))
      await refused('RESERVE', 'BAD_USER_INPUT', '只能回退一步（从“申报”只能退回“辅导”）', '撤回')
      const selected = await moved('SELECTED')
      expect(selected).toMatchObject({
        status: 'SELECTED',
        submittedAt: submitted.submittedAt,
        decidedAt: expect.any(String),
      })
      await refused('REJECTED', 'CONFLICT', '评审结果已登记为“入选”，如需更正，请先退回“申报”并填写原因')
      expect(await moved('SUBMITTED', '误登记了结果')).toMatchObject({
        status: 'SUBMITTED',
        decidedAt: null,
        submittedAt: submitted.submittedAt,
      })
      expect(await moved('REJECTED')).toMatchObject({ status: 'REJECTED', version: 6 })

      const audit = await db().prisma.auditLog.findMany({ where: { entityId: id }, orderBy: { at: 'asc' } })
      expect(audit.map((entry) => entry.action)).toEqual([
        'createProgramApplication',
        ...Array(5).fill('moveProgramApplication'),
      ])
      expect(audit[4]).toMatchObject({
        reason: '误登记了结果',
        changes: { before: { status: 'SELECTED' }, after: { status: 'SUBMITTED', decidedAt: null } },
      })
    },
  )

  it('may skip coaching and go from reserve straight to submitted', async () => {
    const { talentId } = await talentWithProject(county().agents.eastManager, { name: '吴二', phone: '13500000002' })
    const created = await apply(county().agents.eastManager, { talentId, programId: city() })
    expect((await moveTo(county().agents.eastManager, created.data!.uuid, 1, 'SUBMITTED')).data).toMatchObject({
      status: 'SUBMITTED',
      version: 2,
    })
  })

  it(
    'edits batch and note under the version, ' + 'and answers a stale version with CONFLICT and the current record',
    async () => {
      const { eastStaff, eastManager } = county().agents
      const { talentId } = await talentWithProject(eastStaff, { name: '郑三', phone: '13500000003' })
      const id = (await apply(eastStaff, { talentId, batch: '第一批', note: '初稿' })).data!.uuid
      const edited = await mutate(eastManager, UpdateProgramApplication, { ...op(), id, version: 1, note: '材料已齐' })
      expect(edited.data).toMatchObject({ version: 2, batch: '第一批', note: '材料已齐' })
      const stale = await mutate(eastStaff, UpdateProgramApplication, { ...op(), id, version: 1, batch: '第二批' })
      expect(stale.code).toBe('CONFLICT')
      expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ version: 2, note: '材料已齐', batch: '第一批' })
      expect((await moveTo(eastStaff, id, 1, 'COACHING')).code).toBe('CONFLICT')
      expect(await db().prisma.programApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({
        version: 2,
        batch: '第一批',
        status: 'RESERVE',
      })
    },
  )
})

// 申报批次: the office opens a program's yearly round; units file applications in it, which take the round's
// program, year and batch (the round's name, never edited on its own); each unit sees and counts only its own
// applications in a round.
import { describe, expect, it } from 'vitest'
import { ids, mutate, op, talentWithProject } from '../support/pipeline.ts'
import { programCounty } from '../support/program-county.ts'
import {
  ApplicationsInRound,
  CreateProgramApplication,
  CreateProgramRound,
  UpdateProgramApplication,
  UpdateProgramRound,
} from '../support/program-documents.ts'

const { db, county, province, city } = programCounty()

const openRound = (name: string, year = 2026, programId = province()) =>
  mutate(county().agents.admin, CreateProgramRound, { ...ids(), programId, year, name, closesOn: '2026-05-31' })

describe('program rounds', () => {
  it('opens a round once however often the same request arrives, and refuses a second of the same name', async () => {
    const input = { ...ids(), programId: province(), year: 2027, name: '第一批', closesOn: '2027-04-30' }
    const first = await mutate(county().agents.admin, CreateProgramRound, input)
    const replay = await mutate(county().agents.admin, CreateProgramRound, input)
    expect(first.data).toMatchObject({
      name: '第一批',
      year: 2027,
      closesOn: '2027-04-30',
      program: { name: '省双创计划' },
    })
    expect(replay.data?.uuid).toBe(first.data?.uuid)
    expect(await db().prisma.programRound.count({ where: { year: 2027 } })).toBe(1)

    const twin = await mutate(county().agents.admin, CreateProgramRound, { ...input, ...ids() })
    expect(twin).toMatchObject({ code: 'CONFLICT', message: '2027 年已有名为“第一批”的批次' })
    expect(await db().prisma.programRound.count({ where: { year: 2027 } })).toBe(1)
  })

  it('lets one of two rounds of the same name opened at once win, the other a Chinese CONFLICT', async () => {
    const open = () =>
      mutate(county().agents.admin, CreateProgramRound, { ...ids(), programId: city(), year: 2028, name: '第一批' })
    const answers = await Promise.all([open(), open(), open()])
    expect(answers.filter((answer) => answer.data)).toHaveLength(1)
    expect(answers.filter((answer) => answer.code === 'CONFLICT').map((answer) => answer.message)).toEqual([
      '2028 年已有名为“第一批”的批次',
      '2028 年已有名为“第一批”的批次',
    ])
    expect(await db().prisma.programRound.count({ where: { year: 2028 } })).toBe(1)
  })

  it('refuses bad input in Chinese and writes nothing, and only the talent office opens rounds', async () => {
    const before = await db().prisma.programRound.count()
    const blank = await mutate(county().agents.admin, CreateProgramRound, {
      ...ids(),
      programId: province(),
      year: 1999,
      name: ' ',
    })
    expect(blank.code).toBe('BAD_USER_INPUT')
    expect(blank.message).toMatch(/申报年度不正确|批次名称/)
    const manager = await mutate(county().agents.eastManager, CreateProgramRound, {
      ...ids(),
      programId: province(),
      year: 2026,
      name: '第九批',
    })
    expect(manager.code).toBe('FORBIDDEN')
    expect(await db().prisma.programRound.count()).toBe(before)
  })

  it('renames a round under its version and its applications follow; a stale version is a CONFLICT', async () => {
    const round = (await openRound('春季批')).data!
    const { talentId } = await talentWithProject(county().agents.eastStaff, { name: '钱一' })
    await mutate(county().agents.eastManager, CreateProgramApplication, { ...ids(), roundId: round.uuid, talentId })
    const renamed = await mutate(county().agents.admin, UpdateProgramRound, {
      ...op(),
      id: round.uuid,
      version: round.version,
      name: '第二批',
    })
    expect(renamed.data).toMatchObject({ name: '第二批', version: 2 })
    expect(await db().prisma.programApplication.findFirst({ where: { talentId } })).toMatchObject({ batch: '第二批' })
    const stale = await mutate(county().agents.admin, UpdateProgramRound, {
      ...op(),
      id: round.uuid,
      version: round.version,
      closesOn: null,
    })
    expect(stale.code).toBe('CONFLICT')
    expect((await db().prisma.programRound.findUnique({ where: { id: round.uuid } }))?.closesOn).not.toBeNull()
  })

  it('keeps an application’s batch as its round’s name: a note is edited, the batch only with the round', async () => {
    const round = (await openRound('秋季批')).data!
    const { talentId } = await talentWithProject(county().agents.eastStaff, { name: '冯四' })
    const filed = await mutate(county().agents.eastManager, CreateProgramApplication, {
      ...ids(),
      roundId: round.uuid,
      talentId,
    })
    const id = filed.data!.uuid
    const renamed = await mutate(county().agents.eastManager, UpdateProgramApplication, {
      ...op(),
      id,
      version: 1,
      batch: '第五批',
    })
    expect(renamed).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: '该申报在申报批次中，批次名称随批次，不能单独修改',
    })
    const noted = await mutate(county().agents.admin, UpdateProgramApplication, {
      ...op(),
      id,
      version: 1,
      batch: '秋季批',
      note: '材料已齐',
    })
    expect(noted.data).toMatchObject({ batch: '秋季批', note: '材料已齐', version: 2 })
    expect(await db().prisma.programApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({
      batch: '秋季批',
      note: '材料已齐',
    })
  })

  it('files an application in a round with its program, year and batch; each unit sees only its own', async () => {
    const round = (await openRound('第三批', 2026, city())).data!
    const east = await talentWithProject(county().agents.eastStaff, { name: '孙二' })
    const west = await talentWithProject(county().agents.westStaff, { name: '周三' })
    const filed = await mutate(county().agents.eastManager, CreateProgramApplication, {
      ...ids(),
      roundId: round.uuid,
      talentId: east.talentId,
    })
    expect(filed.data).toMatchObject({
      year: 2026,
      batch: '第三批',
      program: { name: '市双创计划' },
      status: 'RESERVE',
    })
    await mutate(county().agents.westManager, CreateProgramApplication, {
      ...ids(),
      roundId: round.uuid,
      talentId: west.talentId,
    })

    const eastView = await county().agents.eastHead.request(ApplicationsInRound, { roundId: round.uuid })
    expect(eastView.data?.programApplications.edges.map((edge) => edge.node.unit.name)).toEqual(['东部园区'])
    expect(eastView.data?.programRounds.find((row) => row.uuid === round.uuid)?.applicationCount).toBe(1)
    const adminView = await county().agents.admin.request(ApplicationsInRound, { roundId: round.uuid })
    expect(adminView.data?.programApplications.edges).toHaveLength(2)
    expect(adminView.data?.programApplications.edges[0]?.node.round).toEqual({ uuid: round.uuid, name: '第三批' })
  })

  it('refuses a round that does not match the program or year named, and an application with neither', async () => {
    const round = (await openRound('第四批')).data!
    const { talentId } = await talentWithProject(county().agents.eastStaff, { name: '吴五' })
    const before = await db().prisma.programApplication.count()
    const mismatch = await mutate(county().agents.eastManager, CreateProgramApplication, {
      ...ids(),
      roundId: round.uuid,
      programId: city(),
      talentId,
    })
    expect(mismatch).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('申报批次与所填人才工程或年度不符'),
    })
    const neither = await mutate(county().agents.eastManager, CreateProgramApplication, { ...ids(), talentId })
    expect(neither).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('请选择申报批次') })
    expect(await db().prisma.programApplication.count()).toBe(before)
  })
})

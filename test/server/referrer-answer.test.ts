// 答复推荐人: the staff record that the referrer heard back, which closes the project's 答复推荐人 clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { globalId, mutate, op, smallCounty, talentWithProject } from '../support/pipeline.ts'
import { ProjectClocksQuery, RecordReferrerAnswer } from '../support/settings-documents.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

async function referredProject(referrer: string | null = '王校友') {
  const { projectId } = await talentWithProject(county.agents.eastStaff)
  await db.prisma.project.update({ where: { id: projectId }, data: { referrer } })
  return projectId
}

const clockKinds = async (projectId: string) => {
  const answer = await county.agents.eastStaff.request(ProjectClocksQuery, { id: globalId('Project', projectId) })
  return (answer.data!.node as { deadlines: { kind: string }[] }).deadlines.map((deadline) => deadline.kind)
}

const footprint = async (id: string) => ({
  project: await db.prisma.project.findUniqueOrThrow({ where: { id } }),
  audits: await db.prisma.auditLog.count({ where: { action: 'recordReferrerAnswer', entityId: id } }),
})

describe('答复推荐人', () => {
  it('closes the clock once recorded, once however often the phone sends it', async () => {
    const id = await referredProject()
    expect(await clockKinds(id)).toContain('REFERRER_ANSWER')
    const input = { ...op(), id, note: '已电话告知王校友项目进入研判' }
    const answered = await mutate(county.agents.eastStaff, RecordReferrerAnswer, input)
    expect(answered.data).toMatchObject({ referrerAnswerNote: '已电话告知王校友项目进入研判', version: 1 })
    expect(answered.data?.referrerAnsweredAt).toBeTruthy()
    expect(answered.data?.deadlines.map((deadline) => deadline.kind)).not.toContain('REFERRER_ANSWER')
    const replay = await mutate(county.agents.eastStaff, RecordReferrerAnswer, input)
    expect(replay.data?.referrerAnsweredAt).toBe(answered.data?.referrerAnsweredAt)
    expect((await footprint(id)).audits).toBe(1)
  })

  it('is recorded once: a second answer, even one racing the first, is a conflict', async () => {
    const id = await referredProject()
    const answer = (note: string) => mutate(county.agents.eastStaff, RecordReferrerAnswer, { ...op(), id, note })
    const outcomes = await Promise.all([answer('甲'), answer('乙')])
    expect(outcomes.filter((outcome) => outcome.data).length).toBe(1)
    expect(outcomes.find((outcome) => !outcome.data)).toMatchObject({ code: 'CONFLICT', message: '已记录过答复推荐人' })
    expect((await footprint(id)).audits).toBe(1)
  })

  it('refuses a project with no referrer, a time in the future and another unit, writing nothing', async () => {
    const plain = await referredProject(null)
    const none = await mutate(county.agents.eastStaff, RecordReferrerAnswer, { ...op(), id: plain })
    expect(none).toMatchObject({ code: 'CONFLICT', message: '该项目没有推荐人，无需答复' })

    const id = await referredProject()
    const before = await footprint(id)
    const future = new Date(Date.now() + 86_400_000).toISOString()
    const late = await mutate(county.agents.eastStaff, RecordReferrerAnswer, { ...op(), id, answeredAt: future })
    expect(late).toMatchObject({ code: 'BAD_USER_INPUT', message: '答复时间不能晚于现在' })
    const west = await mutate(county.agents.westStaff, RecordReferrerAnswer, { ...op(), id })
    expect(west.code).toBe('NOT_FOUND')
    const colleague = await mutate(county.agents.eastStaff2, RecordReferrerAnswer, { ...op(), id })
    expect(colleague.code).toBe('FORBIDDEN')
    const leader = await mutate(county.agents.leader, RecordReferrerAnswer, { ...op(), id })
    expect(leader.code).toBe('FORBIDDEN')
    expect(await footprint(id)).toEqual(before)
    expect(await clockKinds(id)).toContain('REFERRER_ANSWER')
  })
})

// The office's settings: the clocks, the 三色 threshold and the due days per support-request category, saved
// under a version with an audit entry, and in force from the next request on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { globalId, ids, mutate, op, smallCounty, talentWithProject } from '../support/pipeline.ts'
import { CreateSupportRequest } from '../support/support-request-documents.ts'
import { OfficeSettingsQuery, ProjectClocksQuery, UpdateSettings } from '../support/settings-documents.ts'
import { endOfWorkingDaysAfter } from '../support/working-days.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

const admin = () => county.agents.admin
const clocks = (values: Partial<Record<string, number>> = {}) => ({
  version: 0,
  firstContactWorkingDays: 1,
  assessWorkingDays: 3,
  referrerAnswerDays: 7,
  yellowWithinDays: 3,
  ...values,
})
const saved = async () => (await admin().request(OfficeSettingsQuery)).data!.officeSettings

const dueAfter = (from: Date, n: number) => endOfWorkingDaysAfter(db.prisma, from, n)

describe('the office’s settings', () => {
  it('start at the defaults, version 0, and only the office reads or changes them', async () => {
    expect((await saved()).clocks).toEqual(clocks())
    expect((await saved()).supportDue.days).toContainEqual({ category: 'FUNDING', workingDays: 10 })
    expect((await saved()).digest).toEqual({ version: 0, time: '08:30' })
    const manager = await mutate(county.agents.eastManager, UpdateSettings, { ...op(), clocks: clocks() })
    expect(manager.code).toBe('FORBIDDEN')
    expect((await county.agents.leader.request(OfficeSettingsQuery)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })

  it('change a project’s light at the next request', async () => {
    const { projectId } = await talentWithProject(county.agents.eastStaff)
    const light = async () => {
      const answer = await county.agents.eastStaff.request(ProjectClocksQuery, { id: globalId('Project', projectId) })
      return (answer.data!.node as { light: string }).light
    }
    // Ten working days span at most about three weeks, even over the Spring Festival: yellow within 30 days,
    // green when only the day itself turns yellow.
    const slow = { firstContactWorkingDays: 10, assessWorkingDays: 10 }
    const first = await mutate(admin(), UpdateSettings, { ...op(), clocks: clocks({ ...slow, yellowWithinDays: 30 }) })
    expect(first.data?.clocks).toMatchObject({ version: 1, firstContactWorkingDays: 10, yellowWithinDays: 30 })
    expect(await light()).toBe('YELLOW')
    const input = { ...op(), clocks: clocks({ ...slow, version: 1, yellowWithinDays: 0 }) }
    expect((await mutate(admin(), UpdateSettings, input)).data?.clocks.version).toBe(2)
    expect(await light()).toBe('GREEN')

    const replay = await mutate(admin(), UpdateSettings, input)
    expect(replay.data?.clocks.version).toBe(2)
    expect(await db.prisma.auditLog.count({ where: { action: 'updateSettings' } })).toBe(2)
  })

  it('refuse a stale version and bad numbers with the reason in Chinese, writing nothing', async () => {
    const before = await db.prisma.setting.findMany({ orderBy: { key: 'asc' } })
    const stale = await mutate(admin(), UpdateSettings, { ...op(), clocks: clocks({ version: 0 }) })
    expect(stale.code).toBe('CONFLICT')
    expect(stale.message).toMatch(/该设置已被他人修改/)
    const zero = await mutate(admin(), UpdateSettings, {
      ...op(),
      clocks: clocks({ version: 1, firstContactWorkingDays: 0 }),
    })
    expect(zero).toMatchObject({ code: 'BAD_USER_INPUT', message: '首次联系时限为 1–30 天' })
    const backwards = await mutate(admin(), UpdateSettings, {
      ...op(),
      clocks: clocks({ version: 1, firstContactWorkingDays: 5, assessWorkingDays: 2 }),
    })
    expect(backwards).toMatchObject({ code: 'BAD_USER_INPUT', message: '研判时限不能短于首次联系时限' })
    const dueTooLong = await mutate(admin(), UpdateSettings, {
      ...op(),
      supportDue: { version: 0, days: [{ category: 'HIRING', workingDays: 365 }] },
    })
    expect(dueTooLong).toMatchObject({ code: 'BAD_USER_INPUT', message: '办结时限为 1–120 天' })
    const digestAtNoon = await mutate(admin(), UpdateSettings, { ...op(), digest: { version: 0, time: '12' } })
    expect(digestAtNoon).toMatchObject({ code: 'BAD_USER_INPUT', message: '每日提醒时间应为 HH:MM，如 08:30' })
    expect(await db.prisma.setting.findMany({ orderBy: { key: 'asc' } })).toEqual(before)
  })

  it('give a support request of a category the due days set for it, counted in working days', async () => {
    const saved = await mutate(admin(), UpdateSettings, {
      ...op(),
      supportDue: { version: 0, days: [{ category: 'FUNDING', workingDays: 3 }] },
    })
    expect(saved.data?.supportDue.days).toContainEqual({ category: 'FUNDING', workingDays: 3 })
    expect(saved.data?.supportDue.days).toContainEqual({ category: 'HIRING', workingDays: 10 })
    const { projectId } = await talentWithProject(county.agents.eastStaff)
    await db.prisma.project.update({ where: { id: projectId }, data: { stage: 'SIGNED' } })
    const ask = (category: 'FUNDING' | 'HIRING') =>
      mutate(county.agents.eastStaff, CreateSupportRequest, { ...ids(), projectId, category, description: '需要支持' })
    const funding = (await ask('FUNDING')).data!
    expect(funding.dueAt).toBe(await dueAfter(new Date(funding.createdAt), 3))
    const hiring = (await ask('HIRING')).data!
    expect(hiring.dueAt).toBe(await dueAfter(new Date(hiring.createdAt), 10))
  })

  it('let one of two saves of the same version win when they arrive together', async () => {
    const { version } = (await saved()).clocks
    const save = (yellowWithinDays: number) =>
      mutate(admin(), UpdateSettings, {
        ...op(),
        clocks: clocks({ version, firstContactWorkingDays: 2, assessWorkingDays: 4, yellowWithinDays }),
      })
    const outcomes = await Promise.all([save(2), save(5)])
    expect(outcomes.filter((outcome) => outcome.data).length).toBe(1)
    expect(outcomes.filter((outcome) => outcome.code === 'CONFLICT').length).toBe(1)
    expect((await saved()).clocks.version).toBe(version + 1)
  })

  it('keep the daily digest’s time the office sets, under its own version', async () => {
    const set = await mutate(admin(), UpdateSettings, { ...op(), digest: { version: 0, time: '07:45' } })
    expect(set.errors).toBeUndefined()
    expect(set.data?.digest).toEqual({ version: 1, time: '07:45' })
    expect((await saved()).digest).toEqual({ version: 1, time: '07:45' })
  })
})

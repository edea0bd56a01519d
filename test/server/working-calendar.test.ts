// The working-day calendar: the State Council's notices loaded at migration, the office's corrections, and every
// deadline counted on it, so that nothing falls due in the National Day week.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { globalId, mutate, op, smallCounty, talentWithProject } from '../support/pipeline.ts'
import {
  AddCalendarDay,
  ProjectClocksQuery,
  RemoveCalendarDay,
  WorkingCalendarQuery,
} from '../support/settings-documents.ts'
import { loadOfficialCalendar } from '../../server/src/db/official-calendar.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let projectId: string
beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  ;({ projectId } = await talentWithProject(county.agents.eastStaff))
  // Logged on the last working day before the National Day week of 2025 (1–8 October, 调休 on 28 Sept and 11 Oct).
  await db.prisma.project.update({
    where: { id: projectId },
    data: { createdAt: new Date('2025-09-30T10:00:00+08:00') },
  })
})
afterAll(() => db?.close())

const admin = () => county.agents.admin
const endOfCountyDay = (date: string) => new Date(`${date}T23:59:59.999+08:00`).toISOString()

async function deadlines() {
  const answer = await county.agents.eastStaff.request(ProjectClocksQuery, { id: globalId('Project', projectId) })
  const project = answer.data?.node as { deadlines: { kind: string; dueAt: string }[] }
  return Object.fromEntries(project.deadlines.map((deadline) => [deadline.kind, deadline.dueAt]))
}

describe('the working-day calendar', () => {
  it('knows the State Council’s holidays and 调休 workdays from the start', async () => {
    const days = (await admin().request(WorkingCalendarQuery, { year: 2025 })).data?.workingCalendar ?? []
    expect(days).toContainEqual({ date: '2025-10-01', working: false, name: '国庆节', source: 'OFFICIAL' })
    expect(days).toContainEqual({ date: '2025-10-11', working: true, name: '国庆节调休上班', source: 'OFFICIAL' })
    expect(days.filter((day) => day.date.startsWith('2025-10') && !day.working)).toHaveLength(8)
  })

  it('counts a lead’s clocks over the National Day week: nothing falls due on a holiday', async () => {
    expect(await deadlines()).toEqual({
      // One working day after 30 September is 9 October; three reach the make-up Saturday, 11 October.
      FIRST_CONTACT: endOfCountyDay('2025-10-09'),
      ASSESSMENT: endOfCountyDay('2025-10-11'),
    })
  })

  it('takes the office’s corrections at the next request, and a later start does not undo them', async () => {
    const removed = await mutate(admin(), RemoveCalendarDay, { ...op(), date: '2025-10-08' })
    expect(removed.data).toBe(true)
    expect((await deadlines()).FIRST_CONTACT).toBe(endOfCountyDay('2025-10-08'))
    expect(await loadOfficialCalendar(db.prisma)).toEqual([])
    expect((await deadlines()).FIRST_CONTACT).toBe(endOfCountyDay('2025-10-08'))

    const restored = await mutate(admin(), AddCalendarDay, {
      ...op(),
      date: '2025-10-08',
      working: false,
      name: '国庆节',
    })
    expect(restored.data).toEqual({ date: '2025-10-08', working: false, name: '国庆节', source: 'OFFICE' })
    expect((await deadlines()).FIRST_CONTACT).toBe(endOfCountyDay('2025-10-09'))
  })

  it('adds a day once however often the phone sends it, and refuses a date already on the calendar', async () => {
    const input = { ...op(), date: '2025-12-26', working: false, name: '县庆' }
    const first = await mutate(admin(), AddCalendarDay, input)
    const replay = await mutate(admin(), AddCalendarDay, input)
    expect(replay.data).toEqual(first.data)
    expect(await db.prisma.auditLog.count({ where: { action: 'addCalendarDay', entityId: '2025-12-26' } })).toBe(1)
    const again = await mutate(admin(), AddCalendarDay, { ...input, ...op() })
    expect(again).toMatchObject({ code: 'DUPLICATE', message: '2025-12-26 已在日历上，请先删除再添加' })
    const gone = await mutate(admin(), RemoveCalendarDay, { ...op(), date: '2025-12-27' })
    expect(gone).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('refuses a date that does not exist, and anyone but the office, writing nothing', async () => {
    const before = await db.prisma.calendarDay.count()
    const bad = await mutate(admin(), AddCalendarDay, { ...op(), date: '2025-02-30', working: false, name: '误填' })
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', message: '日期不存在' })
    const unnamed = await mutate(admin(), AddCalendarDay, { ...op(), date: '2025-03-03', working: false, name: ' ' })
    expect(unnamed.code).toBe('BAD_USER_INPUT')
    const manager = await mutate(county.agents.eastManager, AddCalendarDay, {
      ...op(),
      date: '2025-03-03',
      working: false,
      name: '私放假',
    })
    expect(manager.code).toBe('FORBIDDEN')
    expect(await db.prisma.calendarDay.count()).toBe(before)
  })
})

// The talent office opens 设置 from its workspace, lengthens the clocks and narrows the yellow light, then declares a
// county holiday: a new lead that was yellow turns green, and its deadline moves past the holiday.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { uuidv7 } from 'uuidv7'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { seriousAxeViolations, serverAs, signIn } from './phone-steps.ts'

interface Clocks {
  node: { light: string; deadlines: { kind: string; dueAt: string }[] }
}

const countyDate = (moment: Date) => moment.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })

describe.skipIf(!existsSync(chromiumPath))('the office’s settings', () => {
  let server: RunningServer
  let office: Phone
  let page: Page
  let staff: ReturnType<typeof serverAs>
  let projectId: string

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    office = await launchPhone()
    page = office.context.pages()[0] ?? (await office.context.newPage())
    await signIn(page, server.url, 'admin')
    staff = serverAs(server.url, 'east.staff')
    const talent = await staff.request<{ createTalent: { uuid: string } }>(
      'mutation ($input: CreateTalentInput!) { createTalent(input: $input) { uuid } }',
      { input: { clientMutationId: uuidv7(), id: uuidv7(), name: '钱七', employer: '南京大学', allowDuplicate: true } },
    )
    projectId = uuidv7()
    await staff.request('mutation ($input: CreateProjectInput!) { createProject(input: $input) { uuid } }', {
      input: {
        clientMutationId: uuidv7(),
        id: projectId,
        talentId: talent.createTalent.uuid,
        title: '钱七团队储能项目',
        sourceChannel: 'UNIVERSITY',
      },
    })
  })

  afterAll(async () => {
    await office?.close()
    await server?.stop()
  })

  const clocks = async () => {
    const id = Buffer.from(`Project:${projectId}`).toString('base64')
    const data = await staff.request<Clocks>(
      'query ($id: ID!) { node(id: $id) { ... on Project { light deadlines { kind dueAt } } } }',
      { id },
    )
    const firstContact = data.node.deadlines.find((deadline) => deadline.kind === 'FIRST_CONTACT')?.dueAt ?? ''
    return { light: data.node.light, firstContact }
  }

  it('change a new lead’s light from the next request on', async () => {
    await page.getByTestId('nav-people').click()
    await page.getByTestId('workspace-settings').click()
    await page.getByTestId('settings-screen').waitFor()
    const form = page.getByTestId('clock-form')
    const save = async (yellowWithinDays: string) => {
      await form.getByLabel('首次联系（工作日）').fill('10')
      await form.getByLabel('研判（工作日）').fill('10')
      await form.getByLabel('到期前几天亮黄灯').fill(yellowWithinDays)
      await form.getByRole('button', { name: '保存' }).click()
      await form.getByText('已保存，下一次刷新起生效').waitFor()
    }
    // Ten working days span about three weeks at most, even over the Spring Festival: yellow within 30 days,
    // green once only the last day turns yellow.
    await save('30')
    expect((await clocks()).light).toBe('YELLOW')
    expect(await seriousAxeViolations(page)).toEqual([])
    await save('0')
    await expect.poll(async () => (await clocks()).light).toBe('GREEN')

    await form.getByLabel('研判（工作日）').fill('3')
    await form.getByRole('button', { name: '保存' }).click()
    await form.getByRole('alert').filter({ hasText: '研判时限不能短于首次联系时限' }).waitFor()
  })

  it('move a deadline past a holiday the office declares', async () => {
    const before = (await clocks()).firstContact
    // The first working day after today that the calendar does not already name: a county holiday from now on.
    const admin = serverAs(server.url, 'admin')
    const year = Number(countyDate(new Date()).slice(0, 4))
    const named = new Set<string>()
    for (const y of [year, year + 1]) {
      const data = await admin.request<{ workingCalendar: { date: string }[] }>(
        'query ($y: Int!) { workingCalendar(year: $y) { date } }',
        { y },
      )
      for (const day of data.workingCalendar) named.add(day.date)
    }
    const day = new Date(`${countyDate(new Date())}T00:00:00Z`)
    do day.setUTCDate(day.getUTCDate() + 1)
    while (day.getUTCDay() === 0 || day.getUTCDay() === 6 || named.has(day.toISOString().slice(0, 10)))
    const holiday = day.toISOString().slice(0, 10)

    const calendar = page.getByTestId('calendar')
    await calendar.getByLabel('年份').fill(holiday.slice(0, 4))
    await calendar.getByLabel('年份').press('Tab')
    await calendar.getByLabel('日期').fill(holiday)
    await calendar.getByLabel('类型').selectOption({ label: '放假' })
    await calendar.getByLabel('名称').fill('县庆')
    await calendar.getByRole('button', { name: '添加' }).click()
    await calendar.getByTestId('calendar-day').filter({ hasText: holiday }).getByText('人才办更正').waitFor()

    const after = (await clocks()).firstContact
    expect(new Date(after).getTime()).toBeGreaterThan(new Date(before).getTime())
    expect(countyDate(new Date(after))).not.toBe(holiday)
  })
})

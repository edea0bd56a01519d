// A county goes live, from a fresh PostgreSQL database that holds only the first administrator (created from
// ADMIN_LOGIN / ADMIN_PASSWORD at start-up), every step on the screens: the office creates its units and
// accounts, the year's scheme with every metric as an indicator, the rates, one unit's targets in the form and
// the others by sheet, a national-major program with a round, and a county holiday. The new people sign in
// with their one-time passwords: a staff member logs two leads, one without signal; the park's manager signs
// and lands one and hands a need to 人社局, which resolves it; the park and the office (for the park, at its desk)
// file applications and the office records a selection; an event with its
// participants and the park's spending are recorded; the office certifies the landed talent as class A. The
// leader then reads each indicator's score and bonus and the class bonus, equal to the values computed by
// hand below from the rules in docs/domain.md ("Assessment").
import { existsSync } from 'node:fs'
import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { makeUscc } from '@talent/rules/uscc'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { logLead, offlineReady, serverAs, signIn, waitAllSynced } from './phone-steps.ts'
import { adminUrl, databaseUrl } from '../support/postgres-url.ts'
import {
  addIndicator,
  createAccount,
  createEmptyScheme,
  createUnit,
  firstSignIn,
  setOtherTargetsBySheet,
  setRates,
  setTargetsByForm,
} from './go-live-steps.ts'
import { expectedNorth, indicators, northTargets, rates, units, waitForWholeYear } from './go-live-plan.ts'

const withPostgres = process.env.TEST_POSTGRES === '1'
const run = String(Date.now()).slice(-5)
const admin = { login: 'office.admin', password: `Office-First-${run}` }
const ownPassword = `Harbour-Light-${run}`
const firstTalent = `林青${run}`
const secondTalent = `韩松${run}`
const people = {
  staff: { login: `north.staff.${run}`, name: '北园专员', unit: '北部园区', role: '招才专员' },
  manager: { login: `north.manager.${run}`, name: '北园负责人', unit: '北部园区', role: '项目负责人' },
  officer: { login: `hrss.officer.${run}`, name: '人社经办', unit: '人社局', role: '部门经办人' },
  leader: { login: `county.leader.${run}`, name: '县长', unit: '人才办', role: '县领导' },
} as const
const countyToday = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })

describe.skipIf(!existsSync(chromiumPath) || !withPostgres)('a county goes live on a fresh PostgreSQL', () => {
  const database = `talent_golive_${process.pid}_${run}`
  const postgres = new pg.Client({ connectionString: adminUrl() })
  const passwords: Record<string, string> = {}
  let server: RunningServer
  let officePhone: Phone
  let phone: Phone
  let office: Page
  let page: Page
  let year = 0
  let landedProject = ''

  beforeAll(async () => {
    year = await waitForWholeYear()
    ensureClientBuilt()
    await postgres.connect()
    await postgres.query(`CREATE DATABASE "${database}"`)
    server = await startServer({
      databaseUrl: databaseUrl(database),
      env: { ADMIN_LOGIN: admin.login, ADMIN_PASSWORD: admin.password, ADMIN_NAME: '人才办管理员' },
    })
    officePhone = await launchPhone()
    office = officePhone.context.pages()[0] ?? (await officePhone.context.newPage())
    await office.setViewportSize({ width: 1280, height: 900 })
  }, 20 * 60_000)

  // A failing step leaves both screens behind, to see what the user saw.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return
    await office?.screenshot({ path: `/tmp/tp-go-live-office-${task.name.slice(0, 12)}.png`, fullPage: true })
    await page?.screenshot({ path: `/tmp/tp-go-live-phone-${task.name.slice(0, 12)}.png`, fullPage: true })
  })

  afterAll(async () => {
    await phone?.close()
    await officePhone?.close()
    await server?.stop()
    await postgres.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => undefined)
    await postgres.end()
  })

  /** Hands the phone to one of the new people: their own, signed in (the first time with the one-time password). */
  const onPhone = async (person: keyof typeof people) => {
    await phone?.close()
    phone = await launchPhone()
    page = phone.context.pages()[0] ?? (await phone.context.newPage())
    const { login } = people[person]
    if (passwords[login]) return signIn(page, server.url, login, ownPassword)
    await firstSignIn(page, server.url, login, passwords[`${login}:once`]!, ownPassword)
    passwords[login] = ownPassword
  }

  const fileApplication = async (on: Page, talent: string, unit?: string) => {
    await on.goto(`${server.url}/applications/new`)
    if (unit) await on.getByLabel('申报单位').selectOption({ label: unit })
    await on.getByLabel('搜索人才（姓名、工作单位或电话）').fill(talent)
    await on.getByLabel('申报批次').selectOption({ label: `国家海外高层次人才引进计划 · ${year} 第一批` })
    await on.getByRole('button', { name: `选择 ${talent}` }).click()
    await on.getByTestId('save-application').click()
    await on.waitForURL(/\/applications$/)
  }

  it('lets the first administrator create the units and their people', async () => {
    await signIn(office, server.url, admin.login, admin.password)
    await office.goto(`${server.url}/office`)
    await office.getByTestId('workspace-people').click()
    await office.getByTestId('people-screen').waitFor()
    for (const unit of units) await createUnit(office, unit)
    for (const person of Object.values(people)) {
      passwords[`${person.login}:once`] = await createAccount(office, person)
    }
  })

  it('sets up the year’s scheme, its rates and every unit’s targets', async () => {
    await createEmptyScheme(office, server.url, year)
    await setRates(office, rates)
    for (const indicator of indicators) await addIndicator(office, indicator)
    await office.getByTestId('to-targets').click()
    await office.waitForURL(/\/office\/assessment\/targets/)
    await setTargetsByForm(office, '北部园区', northTargets)
    await setOtherTargetsBySheet(office, '北部园区', 2)
    const north = office.locator('[data-testid="target-row"][data-unit="北部园区"]')
    expect(await north.textContent()).not.toContain('未填')
  })

  it('opens a round of a national-major program and declares a county holiday', async () => {
    await office.goto(`${server.url}/office`)
    await office.getByTestId('workspace-programs').click()
    await office.getByLabel(/^名称/).fill('国家海外高层次人才引进计划')
    await office.getByLabel('代码').fill('NATIONAL_OVERSEAS')
    await office.getByLabel('级别').selectOption({ label: '国家级' })
    await office.getByLabel('国家重大人才计划').check()
    await office.getByTestId('create-program').click()
    const roundForm = office.getByTestId('round-form')
    await roundForm.getByLabel('人才工程').selectOption({ label: '国家海外高层次人才引进计划' })
    await roundForm.getByLabel('年度').fill(String(year))
    await roundForm.getByLabel('批次名称').fill('第一批')
    await office.getByTestId('create-round').click()
    const row = office.getByTestId('program-row').filter({ hasText: '国家海外高层次人才引进计划' })
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain(`${year} 年第一批`)

    await office.goto(`${server.url}/office/settings`)
    const calendar = office.getByTestId('calendar')
    await calendar.getByLabel('年份').fill(String(year))
    await calendar.getByLabel('年份').press('Tab')
    const holiday = `${year}-07-16`
    await calendar.getByLabel('日期').fill(holiday)
    await calendar.getByLabel('类型').selectOption({ label: '放假' })
    await calendar.getByLabel('名称').fill('县庆')
    await calendar.getByRole('button', { name: '添加' }).click()
    await calendar.getByTestId('calendar-day').filter({ hasText: holiday }).getByText('人才办更正').waitFor()
  })

  it('has the new staff member log two leads, one without signal', async () => {
    await onPhone('staff')
    await logLead(page, firstTalent, '清华大学')
    await offlineReady(page)
    await phone.context.setOffline(true)
    await logLead(page, secondTalent, '浙江大学')
    await phone.context.setOffline(false)
    await waitAllSynced(page)
  })

  it('has the manager sign and land one, and hand a need to 人社局, which resolves it', async () => {
    await onPhone('manager')
    const [project] = await serverAs(server.url, people.manager.login, ownPassword).projectsOf(firstTalent)
    landedProject = project!.uuid
    await page.goto(`${server.url}/projects/${landedProject}`)
    await page.getByTestId('move-stage').click()
    await page.getByRole('radio', { name: /^签约/ }).check()
    await page.getByLabel('协议类型').selectOption('INVESTMENT')
    await page.getByLabel('协议投资（万元）').fill('2000')
    await page.getByRole('button', { name: '确认调整' }).click()
    await expect.poll(() => page.getByTestId('project-stage').textContent(), { timeout: 30_000 }).toBe('签约')
    await page.getByTestId('move-stage').click()
    await page.getByRole('radio', { name: /^落地注册/ }).check()
    await page.getByLabel('企业名称').fill(`${firstTalent}科技有限公司`)
    await page.getByLabel('统一社会信用代码').fill(makeUscc(`91330782MA2GL${run.slice(0, 4)}`))
    await page.getByRole('button', { name: '确认调整' }).click()
    await expect.poll(() => page.getByTestId('project-stage').textContent(), { timeout: 30_000 }).toBe('落地注册')
    await waitAllSynced(page)

    const need = `人才公寓 ${run}`
    await page.goto(`${server.url}/requests?projectId=${landedProject}`)
    await page.getByTestId('new-request').click()
    await page.getByLabel('诉求类别').selectOption('HOUSING')
    await page.getByLabel('诉求内容').fill(need)
    await page.getByLabel('交办部门').selectOption({ label: '人社局' })
    await page.getByTestId('submit-request').click()
    await page.getByTestId('request-card').filter({ hasText: need }).waitFor({ timeout: 30_000 })
    await waitAllSynced(page)

    await onPhone('officer')
    await page.goto(`${server.url}/requests`)
    await page.getByTestId('request-card').filter({ hasText: need }).getByRole('link').click()
    await page.getByRole('button', { name: '办结' }).click()
    await page.getByLabel('办理结果').fill('人才公寓一套已交钥匙')
    await page.getByTestId('step-form-resolve').getByRole('button', { name: '办结' }).click()
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('已办结')
    await waitAllSynced(page)
  })

  it('records the talent’s class, applications and a selection, an event and the park’s spending', async () => {
    await office.goto(`${server.url}/projects/${landedProject}`)
    await office.getByTestId('edit-details').click()
    await office.getByLabel('人才类别').selectOption('A')
    await office.getByLabel('出生年份').fill(String(year - 30))
    await office.getByTestId('save-details').click()
    await expect.poll(() => office.getByTestId('talent-class').textContent()).toContain('A 类')

    // The park files one application on its phone; the office files the other for the park at its desk.
    await onPhone('manager')
    await fileApplication(page, firstTalent)
    const mine = page.getByTestId('application-row').filter({ hasText: firstTalent })
    await mine.getByRole('button', { name: '改为已申报' }).click()
    // Each change shows once the phone has kept it; "all synced" before that would be said too soon.
    await expect.poll(() => mine.getByTestId('application-status').textContent()).toBe('已申报')
    await waitAllSynced(page)
    await fileApplication(office, secondTalent, '北部园区')
    const filed = office.getByTestId('application-row').filter({ hasText: secondTalent })
    await filed.getByRole('button', { name: '改为已申报' }).click()
    await expect.poll(() => filed.getByTestId('application-status').textContent()).toBe('已申报')
    await waitAllSynced(office)
    const selected = office.getByTestId('application-row').filter({ hasText: firstTalent })
    await selected.getByRole('button', { name: '改为入选' }).click()
    await expect.poll(() => selected.getByTestId('application-status').textContent(), { timeout: 30_000 }).toBe('入选')
    await waitAllSynced(office)

    await page.goto(`${server.url}/events`)
    await page.getByRole('button', { name: '新建活动' }).click()
    await page.getByLabel('活动类型').selectOption('COUNTY_TOUR')
    await page.getByLabel('活动名称').fill(`人才看北园 ${run}`)
    await page.getByLabel('活动日期').fill(countyToday())
    await page.getByTestId('save-event').click()
    await page.waitForURL(/\/events\/[0-9a-f-]+$/)
    for (const talent of [firstTalent, secondTalent]) {
      await page.getByLabel('搜索人才（姓名、工作单位或电话）').fill(talent)
      await page.getByRole('button', { name: `登记参加 ${talent}` }).click()
      await page.getByTestId('participant').filter({ hasText: talent }).waitFor()
    }
    await waitAllSynced(page)

    await page.goto(`${server.url}/spending`)
    await page.getByLabel(/^金额/).fill('12.5')
    await page.getByLabel(/^用途/).fill(`人才公寓租金补贴 ${run}`)
    await page.getByTestId('save-spending').click()
    // Kept on the phone first: until then there is nothing to sync, and "all synced" would be said too soon.
    await page.getByTestId('spending-saved').getByText('已保存').waitFor()
    await waitAllSynced(page)
  })

  it('shows the leader every score and the class bonus as computed by hand', async () => {
    await onPhone('leader')
    await page.goto(`${server.url}/dashboard?year=${year}`)
    await page.getByTestId('ranking-row').filter({ hasText: '北部园区' }).getByRole('link').click()
    await page.getByTestId('unit-indicators').waitFor()
    for (const expected of expectedNorth.indicators) {
      const cells = page.locator(`[data-testid="indicator-row"][data-code="${expected.code}"] td`)
      await expect
        .poll(async () => (await cells.allTextContents()).slice(0, 5), { timeout: 15_000 })
        .toEqual([expected.target, expected.actual, expected.completion, expected.score, expected.bonus])
    }
    const summary = await page.getByTestId('unit-summary').textContent()
    expect(summary).toContain(`双招双引 ${expectedNorth.classBonus}`)
    expect(summary).toContain(`得分 ${expectedNorth.scoreTotal}`)
    expect(summary).toContain(`超额 ${expectedNorth.bonusTotal}`)
    expect(summary).toContain(String(expectedNorth.total))

    await page.goto(`${server.url}/dashboard?year=${year}`)
    await page.getByTestId('ranking-row').filter({ hasText: '人社局' }).getByRole('link').click()
    const support = page.locator('[data-testid="indicator-row"][data-code="SUPPORT"] td')
    await expect.poll(async () => (await support.allTextContents()).slice(0, 5)).toEqual(['2', '1', '50%', '10', '0'])
  })

  it('keeps the server’s own figures equal to the screen’s', async () => {
    const leader = serverAs(server.url, people.leader.login, ownPassword)
    const { assessmentScores } = await leader.request<{
      assessmentScores: { units: { unit: { name: string }; classBonus: number; total: number }[] }
    }>(`query ($y: Int!) { assessmentScores(year: $y) { units { unit { name } classBonus total } } }`, { y: year })
    const north = assessmentScores.units.find((item) => item.unit.name === '北部园区')
    expect(north).toMatchObject({ classBonus: expectedNorth.classBonus, total: expectedNorth.total })
  })
})

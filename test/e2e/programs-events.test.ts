// 人才工程 and 人才活动 end to end: the talent office opens a round of the provincial program; the east park's
// manager, without signal, files an application in it for a talent found by search, which syncs once the
// signal is back, and moves it on to 入选; then holds an event, records the talent there offline, and the
// talent's page lists the event. axe finds nothing serious on the office's programs or the applications.
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { offlineReady, seriousAxeViolations, serverAs, signIn, waitAllSynced } from './phone-steps.ts'

const run = String(Date.now()).slice(-5)
const talentName = `程远${run}`
const roundName = `第${run}批`
const eventTitle = `人才看县域 ${run}`

describe.skipIf(!existsSync(chromiumPath))('programs, rounds, applications and events', () => {
  let server: RunningServer
  let officePhone: Phone
  let managerPhone: Phone
  let manager: ReturnType<typeof serverAs>
  let projectId = ''

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    manager = serverAs(server.url, 'east.manager')
    projectId = randomUUID()
    const input = {
      clientMutationId: randomUUID(),
      projectId,
      talentId: randomUUID(),
      talentName,
      sourceChannel: 'UNIVERSITY',
    }
    await serverAs(server.url, 'east.staff').request(
      `mutation ($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
      { input },
    )
  })

  afterAll(async () => {
    await managerPhone?.close()
    await officePhone?.close()
    await server?.stop()
  })

  const applicationOf = async () =>
    (
      await manager.request<{ programApplications: { edges: { node: { status: string; batch: string } }[] } }>(
        `query { programApplications(first: 100) { edges { node { status batch talent { name } } } } }`,
      )
    ).programApplications.edges
      .map((edge) => edge.node as { status: string; batch: string; talent?: { name: string } })
      .filter((node) => node.talent?.name === talentName)

  it('lets the talent office open a round of a program from its workspace', async () => {
    officePhone = await launchPhone()
    const page = officePhone.context.pages()[0] ?? (await officePhone.context.newPage())
    await signIn(page, server.url, 'admin')
    await page.goto(`${server.url}/office`)
    await page.getByTestId('workspace-programs').click()
    await page.getByTestId('program-row').first().waitFor()
    const roundForm = page.getByTestId('round-form')
    await roundForm.getByLabel('人才工程').selectOption({ label: '省双创计划' })
    await roundForm.getByLabel('年度').fill('2026')
    await roundForm.getByLabel('批次名称').fill(roundName)
    await page.getByTestId('create-round').click()
    const row = page.getByTestId('program-row').filter({ hasText: '省双创计划' })
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain(`2026 年${roundName}`)
    expect(await seriousAxeViolations(page)).toEqual([])
  })

  it('files an application offline, syncs it once the signal is back, and moves it on to 入选', async () => {
    managerPhone = await launchPhone()
    const page = managerPhone.context.pages()[0] ?? (await managerPhone.context.newPage())
    await signIn(page, server.url, 'east.manager')
    await offlineReady(page)
    await page.getByRole('link', { name: '申报与活动' }).click()
    await page.getByTestId('applications').waitFor()
    await page.getByTestId('new-application').click()
    // Searched once online, so the phone finds the talent again without signal.
    await page.getByLabel('搜索人才（姓名、工作单位或电话）').fill(talentName)
    await page.getByRole('button', { name: `选择 ${talentName}` }).waitFor()
    await page.getByRole('option', { name: new RegExp(roundName) }).waitFor({ state: 'attached' })

    await managerPhone.context.setOffline(true)
    await page.getByLabel('申报批次').selectOption({ label: `省双创计划 · 2026 ${roundName}` })
    await page.getByRole('button', { name: `选择 ${talentName}` }).click()
    await page.getByTestId('save-application').click()
    await page.waitForURL(/\/applications$/)
    const row = page.getByTestId('application-row').filter({ hasText: talentName })
    await expect.poll(() => row.first().textContent()).toContain('未同步')
    expect(await applicationOf()).toEqual([])

    await managerPhone.context.setOffline(false)
    await waitAllSynced(page)
    await expect.poll(applicationOf, { timeout: 30_000 }).toMatchObject([{ status: 'RESERVE', batch: roundName }])
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.reload()
    await row.getByRole('button', { name: '改为已申报' }).click()
    await waitAllSynced(page)
    await row.getByRole('button', { name: '改为入选' }).click()
    await waitAllSynced(page)
    await expect.poll(applicationOf, { timeout: 30_000 }).toMatchObject([{ status: 'SELECTED' }])
    await expect.poll(() => row.getByTestId('application-status').textContent()).toBe('入选')
  })

  it('holds an event, records the talent there offline, and the talent’s page lists it', async () => {
    const page = managerPhone.context.pages()[0]!
    await page.getByRole('link', { name: '人才活动' }).click()
    await page.getByTestId('events').waitFor()
    await page.getByRole('button', { name: '新建活动' }).click()
    await page.getByLabel('活动类型').selectOption('COUNTY_TOUR')
    await page.getByLabel('活动名称').fill(eventTitle)
    await page.getByLabel('活动日期').fill('2026-04-18')
    await page.getByTestId('save-event').click()
    await page.waitForURL(/\/events\/[0-9a-f-]+$/)
    await page.getByTestId('event-detail').getByText('东部园区').waitFor()

    await managerPhone.context.setOffline(true)
    await page.getByLabel('搜索人才（姓名、工作单位或电话）').fill(talentName)
    await page.getByRole('button', { name: `登记参加 ${talentName}` }).click()
    const participant = page.getByTestId('participant').filter({ hasText: talentName })
    await expect.poll(() => participant.textContent()).toContain('未同步')
    await managerPhone.context.setOffline(false)
    await waitAllSynced(page)

    await page.goto(`${server.url}/projects/${projectId}`)
    await expect
      .poll(() => page.getByTestId('talent-events').textContent(), { timeout: 15_000 })
      .toContain(`2026-04-18 · ${eventTitle}`)
  })
})

// Without signal, a staff member corrects a follow-up they logged and opens a second project for a talent the
// county already knows: both show on the phone at once as 未同步, and reach the server once the signal is
// back — the correction, changed meanwhile from the office, through 同步's conflict form; the project on the
// talent's own record, the talent not entered twice.
import { existsSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { offlineReady, openSync, seriousAxeViolations, serverAs, signIn, waitAllSynced } from './phone-steps.ts'

const run = String(Date.now()).slice(-5)
const createLead = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { uuid } }`
const logActivity = `mutation ($input: LogActivityInput!) { logActivity(input: $input) { uuid version } }`
const editActivity = `mutation ($input: EditActivityInput!) { editActivity(input: $input) { version } }`
const activityQuery = `query ($id: ID!) { node(id: $id) { ... on Activity { summary version } } }`
const talentsQuery = `query ($s: String!) { talents(first: 10, search: $s) { edges { node { uuid } } } }`
const nodeId = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64')

describe.skipIf(!existsSync(chromiumPath))('corrections and second projects made offline', () => {
  let server: RunningServer
  let phone: Phone
  let page: Page

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    phone = await launchPhone()
    page = phone.context.pages()[0] ?? (await phone.context.newPage())
    await signIn(page, server.url, 'east.staff')
    await offlineReady(page)
  })

  afterAll(async () => {
    await phone?.close()
    await server?.stop()
  })

  it('sends a follow-up corrected offline through the conflict form, and a known talent’s second project', async () => {
    const staff = serverAs(server.url, 'east.staff')
    const talentName = `周明${run}`
    const lead = {
      clientMutationId: randomUUID(),
      projectId: randomUUID(),
      talentId: randomUUID(),
      talentName,
      employer: '浙江大学',
      field: '储能材料',
      sourceChannel: 'UNIVERSITY',
    }
    await staff.request(createLead, { input: lead })
    const logged = await staff.request<{ logActivity: { uuid: string } }>(logActivity, {
      input: {
        clientMutationId: randomUUID(),
        id: randomUUID(),
        projectId: lead.projectId,
        kind: 'CALL',
        occurredAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
        summary: `电话沟通${run}，对方下月回国`,
      },
    })
    const activityId = logged.logActivity.uuid

    // Seen once online, so the project and its talent open offline from the phone's cache.
    await page.goto(`${server.url}/projects/${lead.projectId}`)
    const followUp = page.getByTestId('timeline-item').filter({ hasText: `电话沟通${run}` })
    await followUp.waitFor()
    await page.getByTestId('new-project-for-talent').waitFor()
    await phone.context.setOffline(true)

    // 修改: the form opens filled in; the correction shows in place at once, 未同步.
    await followUp.getByTestId('edit-follow-up').click()
    const summary = page.getByLabel('跟踪情况')
    expect(await summary.inputValue()).toBe(`电话沟通${run}，对方下月回国`)
    expect(await page.getByLabel('电话').isChecked()).toBe(true)
    await summary.fill(`电话沟通${run}，对方下周回国，约定园区面谈`)
    await page.getByTestId('save-follow-up').click()
    const corrected = page.getByTestId('timeline-item').filter({ hasText: '约定园区面谈' })
    expect(await corrected.getByTestId('activity-edit-state').textContent()).toContain('未同步')
    await corrected.scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/tp-follow-up-corrected.png' })
    expect(await seriousAxeViolations(page)).toEqual([])

    // 为该人才新建项目: the lead form's project fields, the talent as the county knows them.
    await page.getByTestId('new-project-for-talent').click()
    expect(await page.getByTestId('new-project-talent').textContent()).toBe(`${talentName}（浙江大学）`)
    await page.getByLabel('线索来源').selectOption('EVENT')
    await page.getByLabel('项目名称').fill(`${talentName}储能电池中试线`)
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.screenshot({ path: '/tmp/tp-new-project-form.png' })
    await page.getByTestId('save-new-project').click()
    await page.waitForURL(/\/projects$/)
    const pending = page.getByTestId('pending-lead').filter({ hasText: `${talentName}储能电池中试线` })
    expect(await pending.textContent()).toContain('未同步')
    await page.screenshot({ path: '/tmp/tp-second-project-offline.png' })

    // Meanwhile the same follow-up is corrected from the office's computer.
    await staff.request(editActivity, {
      input: { clientMutationId: randomUUID(), id: activityId, version: 1, summary: `电话沟通${run}（办公室补记）` },
    })

    await phone.context.setOffline(false)
    await expect
      .poll(() => page.getByTestId('sync-status').textContent(), { timeout: 30_000 })
      .toContain('1 条同步失败')
    // The project went through: one talent, two projects.
    const projects = await staff.projectsOf(talentName)
    expect(projects.map((project) => project.title).sort()).toEqual([
      `${talentName}储能电池中试线`,
      `${talentName}（浙江大学）项目`,
    ])
    const talents = await staff.request<{ talents: { edges: unknown[] } }>(talentsQuery, { s: talentName })
    expect(talents.talents.edges).toHaveLength(1)

    await openSync(page)
    const entry = page.getByTestId('sync-entry').filter({ hasText: '修改跟进记录' })
    expect(await entry.textContent()).toContain('有冲突')
    await entry.getByRole('link', { name: '处理冲突' }).click()
    const choice = page.getByTestId('conflict-summary')
    expect(await choice.textContent()).toMatch(/我的修改.*约定园区面谈.*服务器当前.*办公室补记/)
    await page.screenshot({ path: '/tmp/tp-follow-up-conflict.png' })
    await choice.getByLabel(/我的修改/).check()
    await page.getByTestId('resend-resolved').click()
    await waitAllSynced(page)

    const activity = await staff.request<{ node: { summary: string; version: number } }>(activityQuery, {
      id: nodeId('Activity', activityId),
    })
    expect(activity.node).toEqual({ summary: `电话沟通${run}，对方下周回国，约定园区面谈`, version: 3 })
  })
})

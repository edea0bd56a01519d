// A 招才专员's day on the phone: signs in, opens Today, opens a project due for follow-up, logs a follow-up
// (without signal: it shows at once as 未同步, and syncs when the signal is back), then moves the project
// into 签约 through the signing form; both show on the project's timeline and are on the server.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import {
  apiClient,
  chromiumPath,
  demoStaff,
  ensureClientBuilt,
  launchPhone,
  startServer,
  type Phone,
  type RunningServer,
} from './harness.ts'

const screenshots = process.env.E2E_SCREENSHOTS ?? '/tmp'
const beforeSigning = ['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING']

interface DueProject {
  uuid: string
  title: string
  stage: string
}

describe.skipIf(!existsSync(chromiumPath))('a staff member’s follow-up and signing on the phone', () => {
  let server: RunningServer
  let phone: Phone
  let page: Page
  let api: ReturnType<typeof apiClient>
  let project: DueProject
  const summary = `电话沟通签约细节 ${String(Date.now()).slice(-5)}`

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    phone = await launchPhone()
    page = phone.context.pages()[0] ?? (await phone.context.newPage())
    api = apiClient(server.url)
    const login = await api(`mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }`, {
      l: demoStaff.login,
      p: demoStaff.password,
    })
    expect(login.errors).toBeUndefined()
    // The demo county gives east.staff follow-ups due in every window; take one not yet signed.
    const due = await api<Record<string, DueProject[]>>(
      `{ overdue: myFollowUps(window: OVERDUE) { uuid title stage } week: myFollowUps(window: THIS_WEEK) { uuid ` +
        `title stage } }`,
    )
    expect(due.errors).toBeUndefined()
    const candidates = [...due.data!.overdue!, ...due.data!.week!].filter((candidate) =>
      beforeSigning.includes(candidate.stage),
    )
    expect(candidates.length).toBeGreaterThan(0)
    project = candidates[0]!
  })

  afterAll(async () => {
    await phone?.close()
    await server?.stop()
  })

  async function serverProject() {
    const result = await api<{
      node: {
        stage: string
        signing: { agreementKind: string; investmentAgreed: string } | null
        activities: { summary: string; kind: string }[]
        stageChanges: { toStage: string }[]
      }
    }>(
      `query ($id: ID!) { node(id: $id) { ... on Project { stage signing { agreementKind investmentAgreed } ` +
        `activities(last: 5) { summary kind } stageChanges { toStage } } } }`,
      { id: Buffer.from(`Project:${project.uuid}`).toString('base64') },
    )
    expect(result.errors).toBeUndefined()
    return result.data!.node
  }

  it('signs in and opens Today, overdue first, then the project', async () => {
    await page.goto(server.url)
    await page.getByLabel('账号').fill(demoStaff.login)
    await page.getByLabel('密码').fill(demoStaff.password)
    await page.getByRole('button', { name: '登录' }).click()
    await page.getByTestId('logout').waitFor()
    if (!page.url().endsWith('/today')) await page.goto(`${server.url}/today`)
    await page.getByRole('heading', { name: '今日跟进' }).waitFor()
    const sections = page.locator('[data-testid^="today-"]')
    await sections.first().waitFor()
    expect(await sections.evaluateAll((found) => found.map((section) => section.getAttribute('data-testid')))).toEqual([
      'today-overdue',
      'today-today',
      'today-week',
    ])
    await page.screenshot({ path: `${screenshots}/tp-staff-today.png` })

    await page.getByTestId('follow-up-card').filter({ hasText: project.title }).first().click()
    await page.waitForURL(`**/projects/${project.uuid}`)
    await page.getByRole('heading', { name: project.title }).waitFor()
    await page.getByTestId('timeline').waitFor()
    await page.screenshot({ path: `${screenshots}/tp-staff-project.png`, fullPage: true })
  })

  it(
    'logs a follow-up without signal: 未同步 on the timeline at once, ' + 'on the server once the signal is back',
    async () => {
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
      await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller))
      await phone.context.setOffline(true)
      await page.getByTestId('log-follow-up').click()
      await page.getByLabel('电话', { exact: true }).check()
      await page.getByLabel('跟踪情况').fill(summary)
      await page.getByLabel('下一步').fill('准备签约材料')
      await page.screenshot({ path: `${screenshots}/tp-staff-follow-up.png` })
      await page.getByRole('button', { name: '保存跟进' }).click()

      const pending = page.getByTestId('pending-write').filter({ hasText: summary })
      await pending.waitFor()
      expect(await pending.textContent()).toContain('未同步')
      await page.screenshot({ path: `${screenshots}/tp-staff-unsynced.png` })

      await phone.context.setOffline(false)
      await expect.poll(() => page.getByTestId('pending-write').count(), { timeout: 30_000 }).toBe(0)
      await page.getByTestId('timeline-item').filter({ hasText: summary }).waitFor()
      expect((await serverProject()).activities[0]).toEqual({ summary, kind: 'CALL' })
    },
  )

  it('moves the project into 签约 through the signing form, and shows both on the timeline', async () => {
    await page.getByTestId('move-stage').click()
    await page.getByRole('radio', { name: /^签约/ }).check()
    await page.getByTestId('signing-form').waitFor()
    await page.getByRole('button', { name: '确认调整' }).click()
    await page.getByText('请选择协议类型').waitFor()
    await page.getByLabel('协议类型').selectOption('INVESTMENT')
    await page.getByLabel('协议投资（万元）').fill('3000')
    await page.screenshot({ path: `${screenshots}/tp-staff-signing.png`, fullPage: true })
    await page.getByRole('button', { name: '确认调整' }).click()

    await page.waitForURL(`**/projects/${project.uuid}`)
    await expect.poll(() => page.getByTestId('project-stage').textContent(), { timeout: 30_000 }).toBe('签约')
    await expect.poll(() => page.getByTestId('pending-write').count()).toBe(0)
    const timeline = page.getByTestId('timeline')
    await timeline.getByText('签约：投资协议').waitFor()
    await timeline.getByText(/阶段：.+ → 签约/).waitFor()
    await timeline.getByText(summary).waitFor()
    await page.screenshot({ path: `${screenshots}/tp-staff-signed.png`, fullPage: true })

    const onServer = await serverProject()
    expect(onServer.stage).toBe('SIGNED')
    expect(onServer.signing).toEqual({ agreementKind: 'INVESTMENT', investmentAgreed: '3000' })
    expect(onServer.stageChanges.at(-1)).toEqual({ toStage: 'SIGNED' })
  })
})

// 督办 on phones. Twenty days ago (the server and the office's phone started then): the office names 县委督查室 as
// the level after itself, a park's request to 工信局 is already late, and the office, from its 工作台, escalates it
// at once. Today, the server starts again on the same data and its timer moves the request up to 县委督查室, whose
// head finds it from the requests list and opens it.
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import {
  apiClient,
  chromiumPath,
  ensureClientBuilt,
  launchPhone,
  startServer,
  type Phone,
  type RunningServer,
} from './harness.ts'
import { seriousAxeViolations, serverAs, signIn } from './phone-steps.ts'

const run = String(Date.now()).slice(-5)
const need = `督办演示 ${run}：首笔研发资金迟迟未拨付`
const headLogin = `inspect.head.${run}`
const headPassword = 'Supervise2026ok'
const dayMs = 86_400_000

describe.skipIf(!existsSync(chromiumPath))('an overdue request escalating up the chain', () => {
  let dataDir: string
  let server: RunningServer | undefined
  let phone: Phone | undefined
  let requestId: string
  const past = new Date(Date.now() - 20 * dayMs)

  beforeAll(async () => {
    ensureClientBuilt()
    dataDir = await mkdtemp(path.join(tmpdir(), 'talent-e2e-escalation-'))
    // The timer is off on the first server, so that what escalates is the office's tap.
    server = await startServer({ dataDir, clock: past, env: { ESCALATION_MINUTES: '0' } })
  })

  afterAll(async () => {
    await phone?.close()
    await server?.stop()
    if (dataDir) await rm(dataDir, { recursive: true, force: true })
  })

  it('the office names the next level, and escalates a late request from its 工作台', async () => {
    const url = server!.url
    const admin = serverAs(url, 'admin')
    const unit = await admin.request<{ createUnit: { uuid: string } }>(
      'mutation ($input: CreateUnitInput!) { createUnit(input: $input) { uuid } }',
      { input: { clientMutationId: uuidv7(), code: `INSPECT_${run}`, kind: 'DEPARTMENT', name: '县委督查室' } },
    )
    const issued = await admin.request<{ createUser: { oneTimePassword: string } }>(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { oneTimePassword } }',
      {
        input: {
          clientMutationId: uuidv7(),
          login: headLogin,
          name: '钱督查',
          role: 'UNIT_LEADER',
          unitId: unit.createUnit.uuid,
        },
      },
    )
    const head = apiClient(url)
    await head('mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }', {
      l: headLogin,
      p: issued.createUser.oneTimePassword,
    })
    const changed = await head(
      'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }',
      {
        c: issued.createUser.oneTimePassword,
        n: headPassword,
      },
    )
    expect(changed.errors).toBeUndefined()
    await admin.request(
      'mutation ($input: UpdateSettingsInput!) { updateSettings(input: $input) { escalation { version } } }',
      {
        input: {
          clientMutationId: uuidv7(),
          escalation: {
            version: 0,
            levels: [{ label: '县委督查室', unitId: unit.createUnit.uuid, afterWorkingDays: 1 }],
          },
        },
      },
    )

    // The east park's manager asked 工信局 for help on a signed project, due three days ago.
    const manager = serverAs(url, 'east.manager')
    const signed = await manager.request<{ projects: { edges: { node: { uuid: string } }[] } }>(
      'query { projects(first: 1, stage: [SIGNED, LANDED, OPERATING], status: [ACTIVE]) { edges { node { uuid } } } }',
    )
    const units = await manager.request<{ units: { uuid: string; name: string }[] }>(
      'query { units(kind: [DEPARTMENT]) { uuid name } }',
    )
    requestId = uuidv7()
    await manager.request(
      'mutation ($input: CreateSupportRequestInput!) { createSupportRequest(input: $input) { uuid } }',
      {
        input: {
          clientMutationId: uuidv7(),
          id: requestId,
          projectId: signed.projects.edges[0]!.node.uuid,
          category: 'FUNDING',
          description: need,
          departmentId: units.units.find((found) => found.name === '工信局')!.uuid,
          dueAt: new Date(past.getTime() - 3 * dayMs).toISOString(),
        },
      },
    )

    phone = await launchPhone({ clock: past })
    const page = phone.context.pages()[0] ?? (await phone.context.newPage())
    await signIn(page, url, 'admin')
    await page.getByTestId('nav-people').click()
    await page.getByTestId('workspace-escalated').click()
    const card = page.getByTestId('request-card').filter({ hasText: need })
    await card.waitFor()
    expect(await card.textContent()).toContain('待升级督办')
    await page.getByRole('button', { name: '立即升级超期诉求' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: /已升级 \d+ 条诉求/ })
      .waitFor()
    await expect.poll(() => card.textContent()).toContain('人才办（第 1 级）')
    expect(await card.textContent()).toContain('超期 3 天')
    await page.screenshot({ path: '/tmp/tp-escalated-office.png' })
    expect(await seriousAxeViolations(page)).toEqual([])
    await phone.close()
    phone = undefined
  })

  it('goes on to 县委督查室 days later, whose head finds it and opens it', async () => {
    await server!.stop()
    // Today, on the same data: the server's timer runs as it starts, and the request has waited its working day.
    server = await startServer({ dataDir })
    const admin = serverAs(server.url, 'admin')
    const level = async () =>
      (
        await admin.request<{ node: { escalationLevel: number } }>(
          'query ($id: ID!) { node(id: $id) { ... on SupportRequest { escalationLevel } } }',
          { id: Buffer.from(`SupportRequest:${requestId}`).toString('base64') },
        )
      ).node.escalationLevel
    await expect.poll(level, { timeout: 30_000 }).toBe(2)

    phone = await launchPhone()
    const page = phone.context.pages()[0] ?? (await phone.context.newPage())
    await page.goto(`${server.url}/login`)
    await page.getByLabel('账号').fill(headLogin)
    await page.getByLabel('密码').fill(headPassword)
    await page.getByRole('button', { name: '登录' }).click()
    await page.getByTestId('bottom-nav').waitFor()
    await page.getByTestId('nav-requests').click()
    const notice = page.getByTestId('escalated-notice')
    await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toMatch(/\d+ 条诉求升级到本单位督办/)
    await notice.click()

    const card = page.getByTestId('request-card').filter({ hasText: need })
    await card.waitFor()
    const text = await card.textContent()
    expect(text).toContain('县委督查室（第 2 级）')
    expect(text).toMatch(/超期 2[0-9] 天/)
    await page.screenshot({ path: '/tmp/tp-escalated-unit.png' })
    expect(await seriousAxeViolations(page)).toEqual([])

    await card.getByRole('link').click()
    await page.waitForURL(new RegExp(`/requests/${requestId}$`))
    const summary = page.getByTestId('request-summary')
    await summary.waitFor()
    expect(await page.getByTestId('request-escalation').textContent()).toContain('县委督查室（第 2 级）')
    expect(await summary.textContent()).toContain(need)
    expect(await summary.textContent()).not.toContain('项目已转出本部门')
    expect(await page.getByText('超期仍未办结，升级县委督查室督办').count()).toBe(1)
    // Supervising is reading: no step to take.
    expect(await page.getByRole('button', { name: '交办' }).count()).toBe(0)
    await page.screenshot({ path: '/tmp/tp-escalated-detail.png' })
  })
})

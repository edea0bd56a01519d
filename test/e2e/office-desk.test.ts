// The talent office at its desk: on 人才投入 it narrows the county to the east park, sorts by amount, corrects a
// record and removes another, which it may only do with a reason (kept in the audit log); then it files a
// program application for the east park, chosen in the unit picker, which the park's manager sees as theirs.
// axe finds nothing serious on either screen with its forms open.
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { seriousAxeViolations, serverAs, signIn } from './phone-steps.ts'

const run = String(Date.now()).slice(-5)
const fixPurpose = `人才驿站租金 ${run}`
const dropPurpose = `重复的招聘会费用 ${run}`
const talentName = `简宁${run}`
const roundName = `第${run}批`
// The county's day (UTC+8): a spending may not be dated after it.
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)

type Spending = { uuid: string; amount: string; purpose: string }

describe.skipIf(!existsSync(chromiumPath))('the talent office’s desk tables', () => {
  let server: RunningServer
  let phone: Phone
  let office: Page
  let admin: ReturnType<typeof serverAs>
  let eastUuid = ''
  const spendingIds: Record<string, string> = {}

  const eastSpending = async () =>
    (
      await admin.request<{ talentSpendings: Spending[] }>(
        `query ($u: String) { talentSpendings(unitId: $u) { uuid amount purpose } }`,
        { u: eastUuid },
      )
    ).talentSpendings

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    admin = serverAs(server.url, 'admin')
    const manager = serverAs(server.url, 'east.manager')
    const units = await admin.request<{ units: { uuid: string; name: string }[] }>(
      `{ units(kind: [PARK]) { uuid name } }`,
    )
    eastUuid = units.units.find((unit) => unit.name === '东部园区')!.uuid
    for (const [purpose, amount] of [
      [fixPurpose, '2.5'],
      [dropPurpose, '0.8'],
    ] as const) {
      spendingIds[purpose] = randomUUID()
      const input = { clientMutationId: randomUUID(), id: spendingIds[purpose], spentOn: today, amount, purpose }
      await manager.request(`mutation ($i: RecordTalentSpendingInput!) { recordTalentSpending(input: $i) { id } }`, {
        i: input,
      })
    }
    const programs = await admin.request<{ programs: { uuid: string; name: string }[] }>(`{ programs { uuid name } }`)
    const province = programs.programs.find((program) => program.name === '省双创计划')!
    const round = {
      clientMutationId: randomUUID(),
      id: randomUUID(),
      programId: province.uuid,
      year: 2026,
      name: roundName,
    }
    await admin.request(`mutation ($i: CreateProgramRoundInput!) { createProgramRound(input: $i) { id } }`, {
      i: round,
    })
    const lead = {
      clientMutationId: randomUUID(),
      projectId: randomUUID(),
      talentId: randomUUID(),
      talentName,
      sourceChannel: 'UNIVERSITY',
    }
    await serverAs(server.url, 'east.staff').request(
      `mutation ($i: CreateLeadInput!) { createLead(input: $i) { id } }`,
      {
        i: lead,
      },
    )
    phone = await launchPhone()
    office = phone.context.pages()[0] ?? (await phone.context.newPage())
  })

  afterAll(async () => {
    await phone?.close()
    await server?.stop()
  })

  it('corrects one record of the east park’s spending and removes another, only with a reason', async () => {
    await signIn(office, server.url, 'admin')
    await office.goto(`${server.url}/office`)
    await office.getByTestId('workspace-spending').click()
    await office.getByLabel('单位').selectOption({ label: '东部园区' })
    const list = office.getByTestId('spending-list')
    await list.getByText(fixPurpose).waitFor()
    await office.getByRole('button', { name: /^金额/ }).click()
    expect(await office.getByRole('button', { name: /^金额/ }).locator('xpath=..').getAttribute('aria-sort')).toBe(
      'descending',
    )

    await office.getByRole('button', { name: `修改“${fixPurpose}”` }).click()
    const edit = office.getByRole('form', { name: `修改“${fixPurpose}”` })
    await edit.getByLabel(/^金额/).fill('23.45')
    await edit.getByRole('button', { name: '保存修改' }).click()
    const amountOf = async (purpose: string) => (await eastSpending()).find((row) => row.purpose === purpose)?.amount
    await expect.poll(() => amountOf(fixPurpose), { timeout: 30_000 }).toBe('23.45')
    await expect.poll(() => list.locator('tr', { hasText: fixPurpose }).textContent()).toContain('23.45 万元')

    await office.getByRole('button', { name: `删除“${dropPurpose}”` }).click()
    const remove = office.getByRole('form', { name: `删除“${dropPurpose}”` })
    await remove.getByRole('button', { name: '确认删除' }).click()
    await remove.getByText('请填写删除原因').waitFor()
    expect(await seriousAxeViolations(office)).toEqual([])
    expect(await amountOf(dropPurpose)).toBe('0.8')
    await remove.getByLabel(/^删除原因/).fill('与三月的记录重复')
    await remove.getByRole('button', { name: '确认删除' }).click()
    await expect.poll(() => amountOf(dropPurpose), { timeout: 30_000 }).toBeUndefined()
    await list.getByText(dropPurpose).waitFor({ state: 'detached', timeout: 30_000 })
    const audit = await admin.request<{ auditLog: { edges: { node: { reason: string | null } }[] } }>(
      `query ($f: AuditLogFilter) { auditLog(filter: $f, first: 5) { edges { node { reason } } } }`,
      { f: { action: 'deleteTalentSpending', entityId: spendingIds[dropPurpose] } },
    )
    expect(audit.auditLog.edges.map((edge) => edge.node.reason)).toEqual(['与三月的记录重复'])
  })

  it('files a program application for the east park, picked in the unit picker', async () => {
    await office.goto(`${server.url}/applications/new`)
    await office.getByLabel('申报单位').selectOption({ label: '东部园区' })
    await office.getByRole('option', { name: new RegExp(roundName) }).waitFor({ state: 'attached' })
    await office.getByLabel('申报批次').selectOption({ label: `省双创计划 · 2026 ${roundName}` })
    await office.getByLabel('搜索人才（姓名、工作单位或电话）').fill(talentName)
    await office.getByRole('button', { name: `选择 ${talentName}` }).click()
    expect(await seriousAxeViolations(office)).toEqual([])
    await office.getByTestId('save-application').click()
    await office.waitForURL(/\/applications$/)

    const filed = async () =>
      (
        await serverAs(server.url, 'east.manager').request<{
          programApplications: {
            edges: { node: { batch: string; unit: { name: string }; talent: { name: string } } }[]
          }
        }>(`{ programApplications(first: 100) { edges { node { batch unit { name } talent { name } } } } }`)
      ).programApplications.edges
        .map((edge) => edge.node)
        .filter((node) => node.talent.name === talentName)
    await expect
      .poll(filed, { timeout: 30_000 })
      .toEqual([{ batch: roundName, unit: { name: '东部园区' }, talent: { name: talentName } }])
    const row = office.getByTestId('application-row').filter({ hasText: talentName })
    await expect.poll(() => row.first().textContent(), { timeout: 30_000 }).toContain('东部园区')
  })
})

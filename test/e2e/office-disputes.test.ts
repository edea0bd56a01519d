// The talent office settles a dispute on a desktop: two records of one person, entered twice by a park, are
// compared side by side and merged keeping the values the office chooses; the project's credit is moved to
// the other park with a reason; both are then found in the audit log, which exports as .xlsx.
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { uuidv7 } from 'uuidv7'
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
import { seriousAxeViolations, signIn } from './phone-steps.ts'

const CreateTalent = `mutation ($input: CreateTalentInput!) { createTalent(input: $input) { uuid } }`
const CreateProject = `mutation ($input: CreateProjectInput!) { createProject(input: $input) { uuid } }`

describe.skipIf(!existsSync(chromiumPath))('the office settles a dispute and finds it in the audit log', () => {
  let server: RunningServer
  let desk: Phone
  let page: Page
  const tag = String(Date.now() % 100_000)
  const name = `石${tag}`
  const title = `争议项目${tag}`

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    // A park enters one person twice (the second time as 石X 博士 at another department of the employer).
    const api = apiClient(server.url)
    await api('mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }', {
      l: 'east.staff',
      p: demoStaff.password,
    })
    const phone = `1391${tag.padStart(7, '0')}`
    const talent = async (fields: Record<string, unknown>) => {
      const created = await api<{ createTalent: { uuid: string } }>(CreateTalent, {
        input: { clientMutationId: uuidv7(), id: uuidv7(), phone, allowDuplicate: true, ...fields },
      })
      expect(created.errors).toBeUndefined()
      return created.data!.createTalent.uuid
    }
    const first = await talent({ name, employer: '浙江大学' })
    await talent({ name: `${name}博士`, employer: '浙江大学化学系' })
    const project = await api(CreateProject, {
      input: { clientMutationId: uuidv7(), id: uuidv7(), talentId: first, title, sourceChannel: 'UNIVERSITY' },
    })
    expect(project.errors).toBeUndefined()
    desk = await launchPhone()
    page = desk.context.pages()[0] ?? (await desk.context.newPage())
    await page.setViewportSize({ width: 1280, height: 900 })
    await signIn(page, server.url, 'admin')
  })

  afterAll(async () => {
    await desk?.close()
    await server?.stop()
  })

  it('merges the two records, keeping the employer the office chooses', async () => {
    await page.goto(`${server.url}/office`)
    await page.getByTestId('workspace-disputes').click()
    const pair = page.getByTestId('duplicate-pair').filter({ hasText: `${name} 与 ${name}博士` })
    await pair.getByRole('button', { name: '比对合并' }).click()
    const form = page.getByTestId('merge-pair')
    await form.getByLabel(`工作单位取“浙江大学化学系”`).check()
    await form.getByLabel('合并原因').fill('同一人，两次登记')
    expect(await seriousAxeViolations(page)).toEqual([])
    await form.getByRole('button', { name: '确认合并' }).click()
    await page.getByText(`已合并为 ${name}，`).waitFor()
    await pair.waitFor({ state: 'detached' })
  })

  it('moves the project’s credit to the other park, with a reason', async () => {
    await page.getByLabel('按项目名称、人才姓名或工作单位查找项目').fill(title)
    const row = page.getByTestId('credit-project').filter({ hasText: title })
    await row.getByText('现计入：东部园区').waitFor()
    await row.getByRole('button', { name: '调整' }).click()
    const form = page.getByTestId('credit-form')
    await form.getByLabel('计入单位').selectOption({ label: '西部园区' })
    await form.getByLabel('调整原因').fill('人才办协调：落地在西部园区')
    expect(await seriousAxeViolations(page)).toEqual([])
    await form.getByRole('button', { name: '保存计分调整' }).click()
    await page.getByText(`已保存：${title}：西部园区`).waitFor()
  })

  it('finds both in the audit log and exports it', async () => {
    await page.goto(`${server.url}/office`)
    await page.getByTestId('workspace-audit').click()
    await page.getByTestId('audit-table').waitFor()
    await page.getByLabel('操作', { exact: true }).selectOption({ label: '合并人才' })
    await page.getByTestId('audit-entry').filter({ hasText: '同一人，两次登记' }).waitFor()
    await page.getByLabel('操作', { exact: true }).selectOption({ label: '调整计分单位' })
    const moved = page.getByTestId('audit-entry').filter({ hasText: '人才办协调：落地在西部园区' })
    await moved.waitFor()
    expect(await moved.textContent()).toContain('周敏（人才办）')
    expect(await seriousAxeViolations(page)).toEqual([])
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 Excel' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^审计日志（\d{4}-\d{2}-\d{2}）\.xlsx$/)
  })
})

// A staff member on a phone: signs in, logs a lead, sees it synced; then loses the signal, and the app
// still opens, keeps a lead logged offline, and sends it once the signal is back — once.
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
const suffix = String(Date.now()).slice(-5)

describe.skipIf(!existsSync(chromiumPath))('a lead logged on the phone', () => {
  let server: RunningServer
  let phone: Phone
  let page: Page

  beforeAll(async () => {
    ensureClientBuilt()
    server = await startServer()
    phone = await launchPhone()
    page = phone.context.pages()[0] ?? (await phone.context.newPage())
  })

  afterAll(async () => {
    await phone?.close()
    await server?.stop()
  })

  async function serverProjectsNamed(name: string) {
    const api = apiClient(server.url)
    const login = await api(`mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }`, {
      l: demoStaff.login,
      p: demoStaff.password,
    })
    expect(login.errors).toBeUndefined()
    const result = await api<{
      projects: { edges: { node: { title: string; stage: string; talent: { name: string } } }[] }
    }>(`{ projects(first: 100) { edges { node { title stage talent { name } } } } }`)
    expect(result.errors).toBeUndefined()
    return result.data!.projects.edges.map((edge) => edge.node).filter((node) => node.talent.name === name)
  }

  // Each lead a person of its own: a unit that logs a number it already follows is told it is a duplicate.
  async function logLead(name: string, employer: string, phone: string) {
    await page.getByTestId('new-lead').click()
    await page.getByLabel('人才姓名').fill(name)
    await page.getByLabel('手机号').fill(phone)
    await page.getByLabel('工作单位').fill(employer)
    await page.getByLabel('专业领域').fill('新材料')
    await page.getByLabel('线索来源').selectOption('UNIVERSITY')
  }

  it('signs in with the demo account, logs a lead, and finds it in the list and on the server', async () => {
    await page.goto(server.url)
    await page.getByLabel('账号').fill(demoStaff.login)
    await page.getByLabel('密码').fill(demoStaff.password)
    await page.getByRole('button', { name: '登录' }).click()
    await page.getByTestId('new-lead').waitFor()

    const name = `王芳${suffix}`
    await logLead(name, '中科院宁波材料所', '139 0000 1234')
    await page.screenshot({ path: `${screenshots}/tp-new-lead.png`, fullPage: false })
    await page.getByRole('button', { name: '保存线索' }).click()

    const card = page.getByTestId('project-card').filter({ hasText: name })
    await card.waitFor()
    await expect.poll(() => page.getByTestId('pending-lead').count()).toBe(0)
    expect(await card.textContent()).toContain('线索')
    await page.screenshot({ path: `${screenshots}/tp-projects.png`, fullPage: false })

    expect(await serverProjectsNamed(name)).toEqual([
      { title: `${name}（中科院宁波材料所）项目`, stage: 'LEAD', talent: { name } },
    ])

    await page.reload()
    await page.getByTestId('project-card').filter({ hasText: name }).waitFor()
  })

  it('opens without a network once a service worker controls it', async () => {
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    // The first install claims the open page (clientsClaim), so no reload is needed to be offline-ready.
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller))
    await expect.poll(() => page.getByTestId('offline-badge').textContent()).toBe('可离线 ✓')

    await phone.context.setOffline(true)
    await page.reload()
    await page.getByTestId('new-lead').waitFor()
    await page
      .getByTestId('project-card')
      .filter({ hasText: `王芳${suffix}` })
      .waitFor()
    await expect.poll(() => page.getByTestId('sync-status').textContent()).toContain('离线')
  })

  it('keeps a lead logged offline as unsynced, and sends it once when the signal is back', async () => {
    const name = `李强${suffix}`
    await logLead(name, '浙江大学', '139 0000 5678')
    await page.getByRole('button', { name: '保存线索' }).click()
    const pending = page.getByTestId('pending-lead').filter({ hasText: name })
    await pending.waitFor()
    expect(await pending.textContent()).toContain('未同步')
    await expect.poll(() => page.getByTestId('sync-status').textContent()).toContain('1 条待同步')
    await page.screenshot({ path: `${screenshots}/tp-projects-offline.png`, fullPage: false })

    await phone.context.setOffline(false)
    await page.getByTestId('project-card').filter({ hasText: name }).waitFor()
    await expect.poll(() => page.getByTestId('pending-lead').count()).toBe(0)
    await expect.poll(() => page.getByTestId('sync-status').textContent()).toContain('已全部同步')
    expect(await serverProjectsNamed(name)).toHaveLength(1)
  })

  it('shows a write the server refused with the server’s message, until the user discards it', async () => {
    // A write made by an older build that did not check the phone number: the server refuses it.
    await page.evaluate(async () => {
      const ownerId = localStorage.getItem('tp.lastUser')
      const id = crypto.randomUUID()
      const input = {
        clientMutationId: id,
        projectId: crypto.randomUUID(),
        talentId: crypto.randomUUID(),
        talentName: '赵敏',
        phone: '12345',
        sourceChannel: 'EVENT',
      }
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('tp-outbox', 1)
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error)
      })
      const tx = db.transaction('writes', 'readwrite')
      tx.objectStore('writes').add({
        id,
        operation: 'createLead',
        variables: { input },
        ownerId,
        recordIds: [input.projectId, input.talentId],
        createdAt: new Date().toISOString(),
        status: 'pending',
        attempts: 0,
      })
      await new Promise((resolve) => (tx.oncomplete = resolve))
      db.close()
      document.dispatchEvent(new Event('visibilitychange'))
    })
    const failed = page.getByTestId('pending-lead').filter({ hasText: '赵敏' })
    await failed.waitFor()
    await expect.poll(() => failed.textContent()).toContain('电话号码格式不正确')
    expect(await failed.textContent()).toContain('同步失败')
    await expect.poll(() => page.getByTestId('sync-status').textContent()).toContain('1 条同步失败')

    await page.getByTestId('sync-status').click()
    await page.getByTestId('sync-entry').filter({ hasText: '赵敏' }).waitFor()
    await page.screenshot({ path: `${screenshots}/tp-sync-failed.png`, fullPage: false })
    await page.getByRole('button', { name: '放弃' }).click()
    await page.getByRole('alertdialog').getByRole('button', { name: '确认放弃' }).click()
    await expect.poll(() => page.getByTestId('sync-entry').count()).toBe(0)
    await page.getByTestId('nav-list').click()
    await page.getByTestId('project-list').waitFor()
    await expect.poll(() => page.getByTestId('pending-lead').count()).toBe(0)
    expect(await serverProjectsNamed('赵敏')).toEqual([])
  })
})

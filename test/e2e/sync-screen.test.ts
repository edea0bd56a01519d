// 同步 on the phone: a write the server refused waits there with the server's message until the user
// corrects it (or discards it); two phones that edited the same project offline end with one applied
// and the other showing both values, field by field, for its user to choose.
import { existsSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { chromiumPath, ensureClientBuilt, launchPhone, startServer, type Phone, type RunningServer } from './harness.ts'
import { offlineReady, openSync, serverAs, signIn, waitAllSynced } from './phone-steps.ts'

const run = String(Date.now()).slice(-5)
const createLead = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { uuid } }`

/** A write queued by an older build that did not check the phone number: the server will refuse it. */
async function queueUncheckedLead(page: Page, talentName: string) {
  await page.evaluate(async (name) => {
    const ownerId = localStorage.getItem('tp.lastUser')
    const id = crypto.randomUUID()
    const input = {
      clientMutationId: id,
      projectId: crypto.randomUUID(),
      talentId: crypto.randomUUID(),
      talentName: name,
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
  }, talentName)
}

describe.skipIf(!existsSync(chromiumPath))('the sync screen', () => {
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

  it(
    'keeps a refused write with the server’s message and code, ' + 'warns before sign-out, and sends it once corrected',
    async () => {
      const staff = serverAs(server.url, 'east.staff')
      const name = `赵敏${run}`
      await queueUncheckedLead(page, name)
      await openSync(page)
      const entry = page.getByTestId('sync-entry').filter({ hasText: name })
      await expect.poll(() => entry.textContent()).toContain('电话号码格式不正确')
      expect(await entry.textContent()).toContain('BAD_USER_INPUT')
      expect(await entry.textContent()).toContain('被退回')

      // Still there after a reload, and the same user is told before signing out that it would wait.
      await page.reload()
      await entry.waitFor()
      await page.getByTestId('logout').click()
      const warning = page.getByRole('alertdialog')
      expect(await warning.textContent()).toMatch(/还有 1 条记录未同步.*这部手机/)
      await warning.getByRole('button', { name: '取消' }).click()
      expect(await staff.projectsOf(name)).toEqual([])

      await entry.getByRole('link', { name: '修改后重发' }).click()
      const phoneField = page.getByLabel('手机号')
      expect(await phoneField.inputValue()).toBe('12345')
      expect(await page.getByTestId('entry-form').textContent()).toContain('电话号码格式不正确')
      await phoneField.fill('13900001111')
      await page.getByTestId('resend-corrected').click()
      await waitAllSynced(page)
      expect(await staff.projectsOf(name)).toHaveLength(1)
    },
  )

  it('discards a refused write only after a confirmation that names it', async () => {
    const name = `钱多${run}`
    await queueUncheckedLead(page, name)
    await openSync(page)
    const entry = page.getByTestId('sync-entry').filter({ hasText: name })
    await expect.poll(() => entry.textContent()).toContain('被退回')
    await entry.getByRole('button', { name: '放弃' }).click()
    const confirm = page.getByRole('alertdialog')
    expect(await confirm.textContent()).toContain(`登记线索：${name}项目`)
    await confirm.getByRole('button', { name: '确认放弃' }).click()
    await expect.poll(() => entry.count()).toBe(0)
    expect(await serverAs(server.url, 'east.staff').projectsOf(name)).toEqual([])
  })

  it(
    'lets two phones edit the same project offline: one is applied, the other shows both values and lets its user ' +
      'choose',
    async () => {
      const staff = serverAs(server.url, 'east.staff')
      const input = {
        clientMutationId: randomUUID(),
        projectId: randomUUID(),
        talentId: randomUUID(),
        talentName: `孙悦${run}`,
        sourceChannel: 'EVENT',
      }
      await staff.request(createLead, { input })
      const managerPhone = await launchPhone()
      try {
        const other = managerPhone.context.pages()[0] ?? (await managerPhone.context.newPage())
        await signIn(other, server.url, 'east.manager')
        await offlineReady(other)
        // Both open the project's edit screen while online, then lose the signal.
        for (const screen of [page, other]) {
          await screen.goto(`${server.url}/projects/${input.projectId}/edit`)
          await screen.getByLabel('项目名称').waitFor()
        }
        await phone.context.setOffline(true)
        await managerPhone.context.setOffline(true)
        await page.getByLabel('项目名称').fill(`专员定的名字${run}`)
        await page.getByTestId('save-project').click()
        await other.getByLabel('项目名称').fill(`经理定的名字${run}`)
        await other.getByLabel('产业方向').fill('生物医药')
        await other.getByTestId('save-project').click()

        await phone.context.setOffline(false)
        await waitAllSynced(page)
        await managerPhone.context.setOffline(false)
        await expect
          .poll(() => other.getByTestId('sync-status').textContent(), { timeout: 30_000 })
          .toContain('1 条同步失败')
        await openSync(other)
        const entry = other.getByTestId('sync-entry')
        expect(await entry.textContent()).toContain('有冲突')
        await entry.getByRole('link', { name: '处理冲突' }).click()
        const title = other.getByTestId('conflict-title')
        expect(await title.textContent()).toMatch(
          new RegExp(`我的修改经理定的名字${run}.*服务器当前专员定的名字${run}`),
        )
        expect(await other.getByTestId('conflict-industry').textContent()).toMatch(/我的修改生物医药.*服务器当前（空）/)
        await other.screenshot({ path: '/tmp/tp-sync-conflict.png' })
        await title.getByLabel(/服务器当前/).check()
        await other.getByTestId('resend-resolved').click()
        await waitAllSynced(other)

        const project = await staff.request<{ node: { title: string; industry: string; version: number } }>(
          `query ($id: ID!) { node(id: $id) { ... on Project { title industry version } } }`,
          { id: Buffer.from(`Project:${input.projectId}`).toString('base64') },
        )
        expect(project.node).toMatchObject({ title: `专员定的名字${run}`, industry: '生物医药' })
      } finally {
        await managerPhone.close()
      }
    },
  )
})

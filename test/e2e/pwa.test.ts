// The app as an installed PWA: every screen opens without signal, searches seen before are readable
// offline, /graphql is never answered from a cache, a new version is offered (not forced), and a chat
// app's browser or one without service workers is told so, with a link to copy.
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumPath, clientDist, ensureClientBuilt, launchPhone, startServer, type RunningServer } from './harness.ts'
import { offlineReady, serverAs, signIn } from './phone-steps.ts'

const run = String(Date.now()).slice(-5)
const weChat =
  'Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 ' +
  'Chrome/126.0.6478.188 Mobile Safari/537.36 XWEB/1260117 MMWEBSDK/20240501 ' +
  'MicroMessenger/8.0.50.2701(0x28003253) WeChat/arm64 NetType/WIFI Language/zh_CN'

/**
 * A new deployment: the service worker's precache list names another revision of index.html (same size, other bytes).
 */
async function deployNewVersion(clientDir: string) {
  const file = path.join(clientDir, 'sw.js')
  const sw = await readFile(file, 'utf8')
  const next = sw.replace(
    /("url":"index\.html","revision":"|url:"index\.html",revision:")([0-9a-f])/,
    (_whole, before: string, char: string) => before + (char === '0' ? '1' : '0'),
  )
  expect(next).not.toBe(sw)
  await writeFile(file, next)
}

describe.skipIf(!existsSync(chromiumPath))('the installed app', () => {
  let server: RunningServer
  let clientDir: string

  beforeAll(async () => {
    ensureClientBuilt()
    // A copy of the build, so that deploying a new version here leaves client/dist alone.
    clientDir = await mkdtemp(path.join(tmpdir(), 'talent-e2e-client-'))
    await cp(clientDist, clientDir, { recursive: true })
    server = await startServer({ clientDir })
  })
  afterAll(async () => {
    await server?.stop()
    if (clientDir) await rm(clientDir, { recursive: true, force: true })
  })

  it(
    'opens every screen offline, reads a search made before from the cache, and never answers /graphql from a ' +
      'cache',
    async () => {
      const talentName = `欧阳${run}`
      await serverAs(server.url, 'east.staff').request(
        `mutation ($input: CreateLeadInput!) { createLead(input: $input) { uuid } }`,
        {
          input: {
            clientMutationId: randomUUID(),
            projectId: randomUUID(),
            talentId: randomUUID(),
            talentName,
            employer: '宁波大学',
            sourceChannel: 'UNIVERSITY',
          },
        },
      )
      const phone = await launchPhone()
      try {
        const page = phone.context.pages()[0] ?? (await phone.context.newPage())
        await signIn(page, server.url, 'east.staff')
        await offlineReady(page)
        await page.getByTestId('nav-search').click()
        await page.getByLabel('搜索人才或项目').fill(talentName)
        await page.getByTestId('talent-result').filter({ hasText: talentName }).waitFor()
        await page.getByTestId('project-result').filter({ hasText: talentName }).waitFor()

        await phone.context.setOffline(true)
        for (const path of [
          '/today',
          '/projects',
          '/leads/new',
          '/sync',
          '/requests',
          `/projects/${randomUUID()}`,
          '/no-such-screen',
        ]) {
          await page.goto(server.url + path)
          await page.locator('.app-header h1').waitFor()
        }
        await page.goto(`${server.url}/search?q=${encodeURIComponent(talentName)}`)
        await page.getByTestId('talent-result').filter({ hasText: talentName }).waitFor()
        await page.getByLabel('搜索人才或项目').fill(`从未搜过${run}`)
        await page.getByTestId('search-offline').waitFor()

        const graphql = await page.evaluate(() =>
          fetch('/graphql?query=%7B__typename%7D', { headers: { 'x-graphql-yoga-csrf': '1' } }).then(
            (response) => `answered ${response.status}`,
            () => 'no answer',
          ),
        )
        expect(graphql).toBe('no answer')
      } finally {
        await phone.close()
      }
    },
  )

  it('offers a new version when one is deployed, and takes it when the user agrees', async () => {
    const phone = await launchPhone()
    try {
      const page = phone.context.pages()[0] ?? (await phone.context.newPage())
      await page.goto(`${server.url}/login`)
      await offlineReady(page)
      await deployNewVersion(clientDir)
      await page.evaluate(() =>
        navigator.serviceWorker.getRegistration().then((registration) => registration?.update()),
      )
      const prompt = page.getByRole('status').filter({ hasText: '有新版本可用' })
      await prompt.waitFor()
      // Accepting reloads the page under the new version.
      await Promise.all([page.waitForEvent('framenavigated'), prompt.getByRole('button', { name: '更新' }).click()])
      await page.waitForLoadState('load')
      await page.waitForFunction(() =>
        navigator.serviceWorker
          .getRegistration()
          .then((registration) => Boolean(registration?.active && !registration.waiting)),
      )
      await expect.poll(() => prompt.count()).toBe(0)
    } finally {
      await phone.close()
    }
  })

  it(
    'tells a chat app’s browser it cannot work offline, ' + 'how to open the app elsewhere, and copies the link',
    async () => {
      const phone = await launchPhone({ userAgent: weChat })
      try {
        await phone.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
        const page = phone.context.pages()[0] ?? (await phone.context.newPage())
        await page.goto(`${server.url}/login`)
        const notice = page.getByTestId('in-app-notice')
        expect(await notice.textContent()).toContain('聊天软件的内置浏览器')
        await notice.getByRole('button', { name: '怎么做' }).click()
        expect(await notice.textContent()).toContain('在默认浏览器中打开')
        await notice.getByTestId('copy-link').click()
        await notice.getByText('已复制').waitFor()
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}/`)
        // Even with a service worker in control, the badge agrees with the notice, and no toast says otherwise.
        await offlineReady(page)
        expect(await page.getByTestId('offline-badge').textContent()).toBe('可离线 ✗')
        expect(await page.getByTestId('offline-ready-toast').count()).toBe(0)
      } finally {
        await phone.close()
      }
    },
  )

  it('says 可离线 ✗ where the browser runs no service worker', async () => {
    const phone = await launchPhone()
    try {
      await phone.context.addInitScript(() => {
        delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker
      })
      const page = phone.context.pages()[0] ?? (await phone.context.newPage())
      await signIn(page, server.url, 'east.staff')
      expect(await page.getByTestId('offline-badge').textContent()).toBe('可离线 ✗')
      expect(await page.getByTestId('in-app-notice').textContent()).toContain('当前浏览器不能离线使用')
      await page.getByTestId('nav-sync').click()
      expect(await page.getByTestId('offline-section').textContent()).toContain('当前浏览器不能离线打开本应用')
    } finally {
      await phone.close()
    }
  })
})

// What a user does on the phone, step by step, what the server holds, and what axe finds — shared by the e2e tests.
import { AxeBuilder } from '@axe-core/playwright'
import { expect } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { apiClient } from './harness.ts'

export const demoPassword = 'Demo@2026'

export async function signIn(page: Page, baseUrl: string, login: string, password = demoPassword) {
  await page.goto(`${baseUrl}/login`)
  await page.getByLabel('账号').fill(login)
  await page.getByLabel('密码').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.getByTestId('bottom-nav').waitFor()
}

/** Waits until a service worker controls the page: from then on it opens without a network. */
export async function offlineReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller))
}

/** Logs a lead through 新线索 and waits for the list to show it (synced or not). */
export async function logLead(page: Page, name: string, employer = '浙江大学') {
  await page.getByTestId('nav-add').click()
  await page.getByLabel('人才姓名').fill(name)
  await page.getByLabel('工作单位').fill(employer)
  await page.getByLabel('线索来源').selectOption('UNIVERSITY')
  await page.getByRole('button', { name: '保存线索' }).click()
  await page.waitForURL(/\/projects$/)
  await page.getByTestId('project-list').getByText(name).first().waitFor()
}

/** The 同步 screen, through the bottom bar. */
export async function openSync(page: Page) {
  await page.getByTestId('nav-sync').click()
  await page.getByTestId('sync-summary').waitFor()
}

export async function waitAllSynced(page: Page) {
  const status = async () => {
    const text = (await page.getByTestId('sync-status').textContent()) ?? ''
    return text.includes('同步失败') ? `${text} ${await failedWrites(page)}` : text
  }
  await expect.poll(status, { timeout: 30_000 }).toContain('已全部同步')
}

/** What the phone's outbox holds as failed, with the server's answer: a failing test says why. */
function failedWrites(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('tp-outbox')
        open.onsuccess = () => {
          const db = open.result
          const all = db.transaction(db.objectStoreNames[0]!, 'readonly').objectStore(db.objectStoreNames[0]!).getAll()
          all.onsuccess = () =>
            resolve(
              JSON.stringify(
                (all.result as { status: string; operation?: string; lastError?: unknown }[])
                  .filter((entry) => entry.status === 'failed')
                  .map(({ operation, lastError }) => ({ operation, lastError })),
              ),
            )
        }
        open.onerror = () => resolve('(outbox unreadable)')
      }),
  )
}

/** The server's own answer, through a session of its own (not the phone's). */
export function serverAs(baseUrl: string, login: string, password = demoPassword) {
  const api = apiClient(baseUrl)
  let signedIn: Promise<unknown> | null = null
  const ready = () =>
    (signedIn ??= api(`mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { id } }`, {
      l: login,
      p: password,
    }))
  return {
    async request<T = unknown>(query: string, variables?: Record<string, unknown>) {
      await ready()
      const result = await api<T>(query, variables)
      expect(result.errors).toBeUndefined()
      return result.data!
    },
    /** The projects whose talent is called `name`. */
    async projectsOf(name: string) {
      const data = await this.request<{
        projects: { edges: { node: { uuid: string; title: string; talent: { name: string } } }[] }
      }>(`query ($s: String!) { projects(first: 50, search: $s) { edges { node { uuid title talent { name } } } } }`, {
        s: name,
      })
      return data.projects.edges.map((edge) => edge.node).filter((node) => node.talent.name === name)
    },
  }
}

/** axe's serious and critical violations on the page as it stands, one line each (id: selectors); [] when clean. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const analysis = await new AxeBuilder({ page }).analyze()
  return analysis.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

/**
 * Collects what the Content-Security-Policy blocked in the phone's pages: the page's own
 * `securitypolicyviolation` events and Chromium's "Refused to …" console reports (the service worker's too).
 * Call `watch` again for a phone reopened on the same profile.
 */
export function cspViolations() {
  const found: string[] = []
  const note = (text: string) => {
    if (/Content Security Policy|CSP violation/i.test(text)) found.push(text)
  }
  return {
    found,
    async watch(context: BrowserContext) {
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ` +
              `${event.sourceFile}:${event.lineNumber}`,
          )
        })
      })
      context.on('console', (message) => note(message.text()))
      context.on('weberror', (error) => note(String(error.error())))
    },
  }
}

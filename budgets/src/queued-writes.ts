// (b) 100 leads logged through the new-lead form without signal, then the signal comes back: the time until
// the header says 已全部同步, and each lead on the server exactly once.
import { launchPhone } from '../../test/e2e/harness.ts'
import { demoPassword, serverAs } from './session.ts'

export interface QueuedWrites {
  count: number
  queueMs: number
  ackMs: number
  onServerOnce: number
  missing: string[]
}

export async function queuedWrites(baseUrl: string, count: number): Promise<QueuedWrites> {
  const phone = await launchPhone()
  try {
    const page = phone.context.pages()[0] ?? (await phone.context.newPage())
    await page.goto(`${baseUrl}/login`)
    await page.getByLabel('账号').fill('east.staff')
    await page.getByLabel('密码').fill(demoPassword)
    await page.getByRole('button', { name: '登录' }).click()
    await page.getByTestId('bottom-nav').waitFor()
    // Offline-ready first: the service worker serves the shell, as on a phone that has opened the app before.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller))

    await phone.context.setOffline(true)
    const run = String(Date.now()).slice(-6)
    const names = Array.from({ length: count }, (_, index) => `预算${run}号${index + 1}`)
    const queueStart = performance.now()
    for (const name of names) {
      await page.getByTestId('nav-add').click()
      await page.getByLabel('人才姓名').fill(name)
      await page.getByLabel('工作单位').fill('浙江大学')
      await page.getByLabel('线索来源').selectOption('UNIVERSITY')
      await page.getByRole('button', { name: '保存线索' }).click()
      await page.waitForURL(/\/projects$/)
    }
    const queueMs = performance.now() - queueStart
    const status = page.getByTestId('sync-status')
    await page
      .waitForFunction(
        (n) => document.querySelector('[data-testid="sync-status"]')?.textContent?.includes(String(n)),
        count,
        { timeout: 10_000 },
      )
      .catch(async () => {
        throw new Error(`the header does not show ${count} waiting writes: ${await status.textContent()}`)
      })

    const ackStart = performance.now()
    await phone.context.setOffline(false)
    await page.waitForFunction(
      () => document.querySelector('[data-testid="sync-status"]')?.textContent?.includes('已全部同步'),
      undefined,
      { timeout: 120_000, polling: 20 },
    )
    const ackMs = performance.now() - ackStart

    const request = serverAs(baseUrl, 'east.staff')
    const seen = new Map<string, number>()
    for (let start = 0; start < names.length; start += 10) {
      await Promise.all(
        names.slice(start, start + 10).map(async (name) => {
          const found = await request<{ projects: { edges: { node: { talent: { name: string } } }[] } }>(
            'query ($s: String!) { projects(first: 20, search: $s) { edges { node { talent { name } } } } }',
            { s: name },
          )
          seen.set(name, found.projects.edges.filter((edge) => edge.node.talent.name === name).length)
        }),
      )
    }
    const missing = names.filter((name) => seen.get(name) !== 1).map((name) => `${name}×${seen.get(name) ?? 0}`)
    return { count, queueMs, ackMs, onServerOnce: names.length - missing.length, missing }
  } finally {
    await phone.close()
  }
}

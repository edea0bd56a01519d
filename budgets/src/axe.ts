// (d) axe on every screen, as the role that uses it: serious and critical violations only.
import { AxeBuilder } from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { sessionCookie } from '../../test/e2e/harness.ts'

export interface Screen {
  path: string
  login?: string
  ready?: string
}
export interface AxeViolation {
  id: string
  impact: string
  help: string
  targets: string[]
}
export interface AxeResult {
  screen: string
  login: string
  violations: AxeViolation[]
}

export async function axeScreens(browser: Browser, baseUrl: string, screens: Screen[]): Promise<AxeResult[]> {
  const results: AxeResult[] = []
  const cookies = new Map<string, string>()
  for (const screen of screens) {
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    })
    try {
      if (screen.login) {
        if (!cookies.has(screen.login)) cookies.set(screen.login, await sessionCookie(baseUrl, screen.login))
        const [name, value] = cookies.get(screen.login)!.split('=') as [string, string]
        await context.addCookies([{ name, value, url: baseUrl }])
      }
      const page = await context.newPage()
      await page.goto(`${baseUrl}${screen.path}`, { waitUntil: 'networkidle' })
      await page
        .locator(screen.ready ?? 'main h1, h1')
        .first()
        .waitFor({ timeout: 15_000 })
      if (screen.login && new URL(page.url()).pathname === '/login') throw new Error(`${screen.path}: not signed in`)
      const analysis = await new AxeBuilder({ page }).analyze()
      const violations = analysis.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => ({
          id: violation.id,
          impact: violation.impact!,
          help: violation.help,
          targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
        }))
      results.push({ screen: screen.path, login: screen.login ?? '–', violations })
    } finally {
      await context.close()
    }
  }
  return results
}

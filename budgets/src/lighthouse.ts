// (c) Lighthouse's mobile defaults (throttled 4G, a mid-range phone's CPU) on the staff home, signed in by
// the session cookie, in Debian's Chromium.
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumPath } from '../../test/e2e/harness.ts'
import { sessionCookie } from './session.ts'

export interface LighthouseResult { score: number; metrics: Record<string, string> }

const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive'] as const

export async function lighthouseMobile(baseUrl: string, route: string, login: string): Promise<LighthouseResult> {
  const cookie = await sessionCookie(baseUrl, login)
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] })
  try {
    const result = await lighthouse(`${baseUrl}${route}`, { port: chrome.port, onlyCategories: ['performance'], extraHeaders: { Cookie: cookie }, logLevel: 'error', output: 'json' })
    if (!result) throw new Error('Lighthouse gave no result')
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    if (new URL(lhr.finalDisplayedUrl).pathname !== route) throw new Error(`Lighthouse landed on ${lhr.finalDisplayedUrl}, not ${route}`)
    const metrics: Record<string, string> = {}
    for (const id of metricIds) metrics[id] = lhr.audits[id]?.displayValue ?? '–'
    return { score: Math.round((lhr.categories.performance?.score ?? 0) * 100), metrics }
  } finally {
    chrome.kill()
  }
}

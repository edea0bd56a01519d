// (c) Lighthouse's mobile defaults (throttled 4G, a mid-range phone's CPU) on the staff home, signed in by
// the session cookie, in Debian's Chromium. One run's score moves by several points on these shared 2-core
// machines (seen: 90–97 for the same build minutes apart), so it runs several times, each in a fresh
// Chromium, and reports the median run, as Lighthouse's own guidance on variability advises.
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumPath, sessionCookie } from '../../test/e2e/harness.ts'

export interface LighthouseRun {
  score: number
  metrics: Record<string, string>
}
export interface LighthouseResult extends LighthouseRun {
  scores: number[]
}

const metricIds = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
] as const

async function lighthouseRun(url: string, cookie: string, route: string): Promise<LighthouseRun> {
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ['performance'],
      extraHeaders: { Cookie: cookie },
      logLevel: 'error',
      output: 'json',
    })
    if (!result) throw new Error('Lighthouse gave no result')
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    if (new URL(lhr.finalDisplayedUrl).pathname !== route)
      throw new Error(`Lighthouse landed on ${lhr.finalDisplayedUrl}, not ${route}`)
    const metrics: Record<string, string> = {}
    for (const id of metricIds) metrics[id] = lhr.audits[id]?.displayValue ?? '–'
    return { score: Math.round((lhr.categories.performance?.score ?? 0) * 100), metrics }
  } finally {
    chrome.kill()
  }
}

/** `runs` runs (odd, so that one run is the median); the median run's score and metrics, and every score. */
export async function lighthouseMobile(
  baseUrl: string,
  route: string,
  login: string,
  runs = 5,
): Promise<LighthouseResult> {
  const cookie = await sessionCookie(baseUrl, login)
  const results: LighthouseRun[] = []
  for (let i = 0; i < runs; i++) results.push(await lighthouseRun(`${baseUrl}${route}`, cookie, route))
  const median = [...results].sort((a, b) => a.score - b.score)[Math.floor(results.length / 2)]!
  return { ...median, scores: results.map((r) => r.score) }
}

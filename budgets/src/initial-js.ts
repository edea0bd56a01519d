// (a) The JS a cold load of a staff route fetches before any interaction: every script response of the page
// (service workers blocked, so the precache's fetches of every chunk do not count), gzipped at level 9.
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { sessionCookie } from '../../test/e2e/harness.ts'

export interface ChunkSize {
  file: string
  bytes: number
  gzip: number
}
export interface RouteJs {
  route: string
  chunks: ChunkSize[]
  gzip: number
}

export async function initialJs(browser: Browser, baseUrl: string, route: string, login?: string): Promise<RouteJs> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  })
  try {
    if (login) {
      const [name, value] = (await sessionCookie(baseUrl, login)).split('=') as [string, string]
      await context.addCookies([{ name, value, url: baseUrl }])
    }
    const page = await context.newPage()
    const bodies = new Map<string, Promise<Buffer>>()
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(response.url()))
        bodies.set(response.url(), response.body())
    })
    await page.goto(`${baseUrl}${route}`, { waitUntil: 'networkidle' })
    if (login && new URL(page.url()).pathname === '/login')
      throw new Error(`${route}: the session cookie was not taken`)
    const chunks: ChunkSize[] = []
    for (const [url, body] of bodies) {
      const bytes = await body
      chunks.push({ file: new URL(url).pathname, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length })
    }
    chunks.sort((a, b) => b.gzip - a.gzip)
    return { route, chunks, gzip: chunks.reduce((sum, chunk) => sum + chunk.gzip, 0) }
  } finally {
    await context.close()
  }
}

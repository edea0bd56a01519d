// One phone for the working-set bench: Debian's Chromium at a phone's size, its network shaped through CDP
// (Network.emulateNetworkConditions), counting the bytes and the time of the working set's own requests.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core'

export interface NetworkProfile {
  name: string
  /** kbit/s; 0 with latency 0: not shaped. */
  downKbps: number
  upKbps: number
  latencyMs: number
}

export interface Transfer {
  requests: number
  downBytes: number
  upBytes: number
  /** The answers gzipped as nginx sends them (deploy/nginx: gzip on, level 1); the server alone does not. */
  gzipBytes: number
  /** From the first working-set request sent to the last answer received. */
  seconds: number
}

const workingSetOperations = /operationName=WorkingSet|"operationName":"WorkingSet/

export async function openPhone(profile: NetworkProfile) {
  const folder = await mkdtemp(path.join(tmpdir(), 'talent-bench-working-set-'))
  const context: BrowserContext = await chromium.launchPersistentContext(folder, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  })
  const page: Page = context.pages()[0] ?? (await context.newPage())
  const cdp: CDPSession = await context.newCDPSession(page)
  await cdp.send('Network.enable')

  const sent = new Map<string, { at: number; upBytes: number }>()
  type Done = { sentAt: number; doneAt: number; downBytes: number; upBytes: number; gzipBytes: Promise<number> }
  let records: Done[] = []
  cdp.on('Network.requestWillBeSent', (event) => {
    const body = event.request.postData ?? ''
    if (!workingSetOperations.test(event.request.url + body)) return
    const headers = Object.entries(event.request.headers).reduce((sum, [k, v]) => sum + k.length + v.length + 4, 0)
    sent.set(event.requestId, { at: event.timestamp, upBytes: event.request.url.length + headers + body.length })
  })
  cdp.on('Network.loadingFinished', (event) => {
    const request = sent.get(event.requestId)
    if (!request) return
    sent.delete(event.requestId)
    records.push({
      sentAt: request.at,
      doneAt: event.timestamp,
      downBytes: event.encodedDataLength,
      upBytes: request.upBytes,
      gzipBytes: cdp.send('Network.getResponseBody', { requestId: event.requestId }).then(
        (answer) => gzipSync(answer.body, { level: 1 }).length,
        () => 0,
      ),
    })
  })

  return {
    page,
    async shape() {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: profile.latencyMs,
        downloadThroughput: (profile.downKbps * 1000) / 8 || -1,
        uploadThroughput: (profile.upKbps * 1000) / 8 || -1,
      })
    },
    /** What the working set's requests since the last call transferred. */
    async transfer(): Promise<Transfer> {
      const done = records
      records = []
      if (!done.length) return { requests: 0, downBytes: 0, upBytes: 0, gzipBytes: 0, seconds: 0 }
      const gzipped = await Promise.all(done.map((record) => record.gzipBytes))
      return {
        gzipBytes: gzipped.reduce((sum, bytes) => sum + bytes, 0),
        requests: done.length,
        downBytes: done.reduce((sum, record) => sum + record.downBytes, 0),
        upBytes: done.reduce((sum, record) => sum + record.upBytes, 0),
        seconds: Math.max(...done.map((record) => record.doneAt)) - Math.min(...done.map((record) => record.sentAt)),
      }
    },
    /** The site's storage (navigator.storage.estimate) and IndexedDB's part of it, in bytes. */
    storage(): Promise<{ usage: number; indexedDB: number | null }> {
      return page.evaluate(async () => {
        const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
          usageDetails?: { indexedDB?: number }
        }
        return { usage: estimate.usage ?? 0, indexedDB: estimate.usageDetails?.indexedDB ?? null }
      })
    },
    async close() {
      await context.close()
      await rm(folder, { recursive: true, force: true })
    },
  }
}

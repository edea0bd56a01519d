// The built PWA as the server hands it out: the shell, the service worker and the manifest are checked
// with the server every time (a new version reaches phones), hashed assets are kept for a year.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createHash } from 'node:crypto'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppServer } from '../../server/src/app.ts'
import type { TalentYoga } from '../../server/src/yoga.ts'

let dir: string
const inlineScript = "(function(){document.title='preload'})()"
let server: Server
let base: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'talent-static-'))
  await mkdir(path.join(dir, 'assets'))
  await mkdir(path.join(dir, 'icons'))
  await writeFile(
    path.join(dir, 'index.html'),
    `<!doctype html><script>${inlineScript}</script><title>人才项目全周期</title><div id="root"></div>`,
  )
  await writeFile(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})')
  await writeFile(path.join(dir, 'manifest.webmanifest'), '{"name":"人才项目全周期"}')
  await writeFile(path.join(dir, 'assets', 'index-C9mQTcG1.js'), 'console.log(1)')
  await writeFile(path.join(dir, 'icons', 'icon-192.png'), 'png')
  // Static files never reach the GraphQL server; a request that did would answer 418 here.
  const yoga = ((_request: unknown, response: { writeHead(code: number): { end(): void } }) =>
    response.writeHead(418).end()) as unknown as TalentYoga
  server = createAppServer(yoga, dir)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await rm(dir, { recursive: true, force: true })
})

async function get(pathname: string) {
  const response = await fetch(base + pathname)
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    type: response.headers.get('content-type'),
    body: await response.text(),
  }
}

describe('serving the built client', () => {
  it('serves the service worker, the manifest and the shell with no-cache', async () => {
    for (const pathname of ['/sw.js', '/manifest.webmanifest', '/index.html', '/']) {
      const answer = await get(pathname)
      expect(answer.status, pathname).toBe(200)
      expect(answer.cacheControl, pathname).toBe('no-cache')
    }
  })

  it('answers every route of the app with the shell, never cached', async () => {
    for (const pathname of ['/today', '/projects/0195a1b2-0000-7000-8000-000000000000/follow-up', '/sync']) {
      const answer = await get(pathname)
      expect(answer.status, pathname).toBe(200)
      expect(answer.body, pathname).toContain('<div id="root">')
      expect(answer.cacheControl, pathname).toBe('no-cache')
    }
  })

  it('keeps hashed assets for a year, other files for an hour, and answers a missing file with 404', async () => {
    expect(await get('/assets/index-C9mQTcG1.js')).toMatchObject({
      status: 200,
      cacheControl: 'public, max-age=31536000, immutable',
    })
    expect(await get('/icons/icon-192.png')).toMatchObject({ status: 200, cacheControl: 'public, max-age=3600' })
    expect((await get('/assets/index-gone.js')).status).toBe(404)
  })

  it('serves a new build copied over the old one at once, with a new ETag, so phones see the update', async () => {
    const first = await fetch(`${base}/sw.js`)
    const etag = first.headers.get('etag')!
    await first.text()
    await writeFile(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {}) // a new version, longer')
    await writeFile(path.join(dir, 'assets', 'index-NewBuild1.js'), 'console.log(2)')
    const again = await fetch(`${base}/sw.js`, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(200)
    expect(await again.text()).toContain('a new version')
    expect((await get('/assets/index-NewBuild1.js')).status).toBe(200)
  })

  it(
    'sends every file with nosniff, no framing, a referrer policy and a CSP naming only the shell’s own inline ' +
      'script',
    async () => {
      const hash = `'sha256-${createHash('sha256').update(inlineScript).digest('base64')}'`
      for (const pathname of ['/', '/today', '/sw.js', '/assets/index-C9mQTcG1.js', '/manifest.webmanifest']) {
        const response = await fetch(base + pathname)
        await response.text()
        expect(response.headers.get('x-content-type-options'), pathname).toBe('nosniff')
        expect(response.headers.get('x-frame-options'), pathname).toBe('DENY')
        expect(response.headers.get('referrer-policy'), pathname).toBe('strict-origin-when-cross-origin')
        const policy = response.headers.get('content-security-policy') ?? ''
        expect(policy, pathname).toContain("default-src 'self'")
        expect(policy, pathname).toContain(`script-src 'self' ${hash}`)
        expect(policy, pathname).not.toMatch(/script-src[^;]*unsafe-inline/)
        expect(policy, pathname).toContain("frame-ancestors 'none'")
      }
    },
  )

  it('sends the same protective headers with a missing file', async () => {
    const response = await fetch(`${base}/assets/index-gone.js`)
    expect(response.status).toBe(404)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
  })
})

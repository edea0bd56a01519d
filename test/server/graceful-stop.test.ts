// Stopping the server (systemctl stop, an upgrade): a request already running is answered, a browser's kept-alive
// connection does not hold the stop up, and a request that never ends is cut once the grace period is over.
// test/deploy/systemd.test.ts stops the real server this way, by SIGTERM, during an upload.
import http, { type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { gracefulStop } from '../../server/src/http/graceful-stop.ts'

let server: Server | undefined
afterEach(() => {
  server?.closeAllConnections()
  server?.close()
})

/** A server whose requests wait until the test answers them. */
async function serverWithHeldRequests(graceMs: number) {
  const held: http.ServerResponse[] = []
  const arrived: (() => void)[] = []
  server = http.createServer((_request, response) => {
    held.push(response)
    arrived.shift()?.()
  })
  // Longer than any test: a stop that waited for it would time the test out.
  server.keepAliveTimeout = 120_000
  const stop = gracefulStop(server, graceMs)
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  const agent = new http.Agent({ keepAlive: true })
  const get = () =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      http
        .get({ port, agent, path: '/' }, (response) => {
          let body = ''
          response.on('data', (chunk) => (body += chunk))
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
        })
        .on('error', reject)
    })
  const nextArrival = () => new Promise<void>((resolve) => arrived.push(resolve))
  return { held, get, nextArrival, stop }
}

describe('stopping the server', () => {
  it('answers the running request, then stops without waiting for its kept-alive connection', async () => {
    const { held, get, nextArrival, stop } = await serverWithHeldRequests(60_000)
    // A connection kept alive by an earlier request, idle when the stop begins.
    const earlier = nextArrival().then(() => held[0]!.end('earlier'))
    expect(await get()).toEqual({ status: 200, body: 'earlier' })
    await earlier
    const arrived = nextArrival()
    const running = get()
    await arrived
    const stopped = stop()
    held[1]!.end('answered while stopping')
    expect(await running).toEqual({ status: 200, body: 'answered while stopping' })
    expect(await stopped).toMatchObject({ drained: true })
  }, 10_000)

  it('cuts a request still running when the grace period ends', async () => {
    const { get, nextArrival, stop } = await serverWithHeldRequests(200)
    const arrived = nextArrival()
    const running = get()
    await arrived
    expect(await stop()).toMatchObject({ drained: false })
    await expect(running).rejects.toThrow(/socket hang up/)
  }, 10_000)
})

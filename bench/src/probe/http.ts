// The probe's section 4b: the page over node:http in the probe's own process, to time the HTTP adapter apart.
import http from 'node:http'
import type { buildYoga } from '../../../server/src/yoga.ts'
import { compare } from './compare.ts'

type Yoga = ReturnType<typeof buildYoga>

export async function compareOverHttp(options: {
  page: () => Promise<string>
  yoga: Yoga
  memoYoga: () => Yoga
  headers: Record<string, string>
  cookie: string
  body: string
}) {
  const { page, yoga, headers, cookie, body } = options
  const serve = async (handler: http.RequestListener) => {
    const server = http.createServer(handler)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return server
  }
  const constant = JSON.stringify(JSON.parse(await page()))
  const plain = await serve((_request, response) => {
    _request.resume()
    _request.on('end', () =>
      response
        .writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(constant) })
        .end(constant),
    )
  })
  const memoYoga = options.memoYoga()
  const overHttp = await serve((request, response) => void memoYoga(request, response, { address: '127.0.0.1' }))
  const realHttp = await serve((request, response) => void yoga(request, response, { address: '127.0.0.1' }))
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const httpPost = (server: http.Server) => () =>
    new Promise<string>((resolve, reject) => {
      const { port } = server.address() as { port: number }
      const request = http.request(
        {
          agent,
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          headers: { ...headers, cookie, 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => resolve(Buffer.concat(chunks).toString()))
        },
      )
      request.on('error', reject)
      request.end(body)
    })
  await compare('4b. over node:http, in this process (interleaved rounds)', [
    ['http · node:http answering the page as a constant (no yoga)', httpPost(plain)],
    ['http · buildYoga over node:http, Prisma answered from memory', httpPost(overHttp)],
    ['http · buildYoga over node:http, as the server builds it', httpPost(realHttp)],
  ])
  agent.destroy()
  for (const server of [plain, overHttp, realHttp]) server.close()
}

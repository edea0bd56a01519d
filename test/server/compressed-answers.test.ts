// Answers leave gzipped when the phone accepts it and they are worth it, byte for byte the same JSON once
// unpacked; small answers, clients that do not ask, and live streams go as they are.
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { testPassword } from '../support/fixtures.ts'
import { smallCounty } from '../support/pipeline.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let cookie: string

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  const login = await county.api.yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation Login($password: String!) { login(login: "admin", password: $password) { id } }',
      variables: { password: testPassword },
    }),
  })
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
})
afterAll(() => db?.close())

// The county's units with every field, three times over: well over a kilobyte of JSON.
const unitFields = '{ id uuid name kind code retiredAt }'
const bigQuery = `{ a: units ${unitFields} b: units ${unitFields} c: units ${unitFields} }`
const post = (query: string, headers: Record<string, string> = {}) =>
  county.api.yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body: JSON.stringify({ query }),
  })

describe('answers on the wire', () => {
  it('are gzipped for a client that accepts it, and unpack to the same JSON', async () => {
    const plain = await (await post(bigQuery)).text()
    expect(plain.length).toBeGreaterThan(1024)
    const packed = await post(bigQuery, { 'accept-encoding': 'gzip, deflate, br' })
    expect(packed.headers.get('content-encoding')).toBe('gzip')
    expect(packed.headers.get('vary')).toMatch(/accept-encoding/i)
    const bytes = Buffer.from(await packed.arrayBuffer())
    expect(bytes.length).toBeLessThan(plain.length)
    expect(gunzipSync(bytes).toString('utf8')).toBe(plain)
  })

  it('are sent as they are to a client that does not ask, or refuses gzip', async () => {
    expect((await post(bigQuery)).headers.get('content-encoding')).toBeNull()
    const refused = await post(bigQuery, { 'accept-encoding': 'gzip;q=0, identity' })
    expect(refused.headers.get('content-encoding')).toBeNull()
  })

  it('leave a small answer and an event stream uncompressed', async () => {
    const small = await post('{ me { id } }', { 'accept-encoding': 'gzip' })
    expect(small.headers.get('content-encoding')).toBeNull()
    // The same large answer asked as a stream of events (as a subscription is): each event leaves as it is.
    const stream = await post(bigQuery, { accept: 'text/event-stream', 'accept-encoding': 'gzip' })
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/)
    expect(stream.headers.get('content-encoding')).not.toBe('gzip')
    expect(await stream.text()).toContain('"uuid"')
  })
})

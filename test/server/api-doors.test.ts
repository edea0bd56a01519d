// What the API tells a stranger: no other site may read answers with a user's cookie, the schema is not
// published to anyone but an administrator, and a damaged cookie does not break the door for everyone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createApi, errorCode } from '../support/api.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import { graphql } from '../support/graphql.ts'
import { buildYoga } from '../../server/src/yoga.ts'

// gql.tada types no introspection field (its answer reads `unknown`); the documents are still checked as GraphQL.
const SchemaQueryType = graphql(`
  query SchemaQueryType {
    __schema {
      queryType { name }
    }
  }
`)

const UserTypeFields = graphql(`
  query UserTypeFields {
    __type(name: "User") {
      fields { name }
    }
  }
`)

const Typename = graphql(`
  query Typename {
    __typename
  }
`)

const MyName = graphql(`
  query MyName {
    me {
      name
    }
  }
`)

const FirstProjectCursor = graphql(`
  query FirstProjectCursor {
    projects(first: 1) {
      edges { cursor }
    }
  }
`)

const LoginAsAdmin = graphql(`
  mutation LoginAsAdmin {
    login(login: "admin", password: "Correct-Horse-9") {
      name
    }
  }
`)

let db: TestDatabase
let api: ReturnType<typeof createApi>

beforeAll(async () => {
  db = await openTestDatabase()
  api = createApi(db.prisma)
  const office = await createUnit(db.prisma, '人才办', 'OFFICE')
  await createUser(db.prisma, 'admin', 'ADMIN', office.id)
  await createUser(db.prisma, 'staff', 'STAFF', office.id)
})
afterAll(() => db?.close())

function fromOrigin(yoga: ReturnType<typeof buildYoga>, origin: string, method = 'POST') {
  return yoga.fetch('http://test/graphql', {
    method,
    headers:
      method === 'OPTIONS'
        ? { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' }
        : { origin, 'content-type': 'application/json', cookie: 'tp_session=whatever' },
    body: method === 'OPTIONS' ? undefined : JSON.stringify({ query: '{ me { name } }' }),
  })
}

describe('cross-origin requests', () => {
  it(
    'gives a foreign page no Access-Control-Allow-Origin, ' + 'with or without credentials, preflight included',
    async () => {
      for (const method of ['POST', 'OPTIONS']) {
        const response = await fromOrigin(api.yoga, 'https://evil.example', method)
        expect(response.headers.get('access-control-allow-origin'), method).toBeNull()
        expect(response.headers.get('access-control-allow-credentials'), method).toBeNull()
      }
    },
  )

  it('lets an origin named in CORS_ORIGINS read answers with credentials, and only that one', async () => {
    const yoga = buildYoga({ prisma: db.prisma, corsOrigins: ['https://portal.county.example'] })
    const allowed = await fromOrigin(yoga, 'https://portal.county.example')
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.county.example')
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true')
    expect((await fromOrigin(yoga, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('the schema is not published', () => {
  it('refuses introspection to an anonymous caller and to a signed-in non-administrator', async () => {
    for (const caller of [api.agent(), await api.agent().login('staff')]) {
      const answers = { __schema: await caller.request(SchemaQueryType), __type: await caller.request(UserTypeFields) }
      for (const [name, result] of Object.entries(answers)) {
        expect(result.data ?? null, name).toBeNull()
        expect(result.errors?.[0]?.message, name).toMatch(/introspection/i)
      }
    }
    expect(await api.agent().request(Typename)).toEqual({ data: { __typename: 'Query' } })
  })

  it('answers introspection to a signed-in administrator', async () => {
    const admin = await api.agent().login('admin')
    const result = await admin.request(SchemaQueryType)
    expect(result.errors).toBeUndefined()
    expect(result.data).toEqual({ __schema: { queryType: { name: 'Query' } } })
  })

  it('serves GraphiQL only to an administrator, with its code inline from this server (no CDN)', async () => {
    const open = (cookie?: string) =>
      api.yoga.fetch('http://test/graphql', { headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } })
    const anonymous = await open()
    expect(await anonymous.text()).not.toMatch(/<html/i)

    const admin = await api.agent().login('admin')
    const cookie = admin.lastResponse!.headers.get('set-cookie')!.split(';')[0]!
    const page = await open(cookie)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL')
    const external = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//gi)]
    expect(external.map((match) => match[0])).toEqual([])
    expect((await open('tp_session=staff-is-no-admin')).headers.get('content-type') ?? '').not.toMatch(/text\/html/)
  })
})

describe('a damaged session cookie', () => {
  it('is treated as no session and cleared: requests answer normally and login works', async () => {
    const browser = api.agent()
    const bad = { cookie: 'tp_session=%zz' }
    const me = await browser.request(MyName, {}, bad)
    expect(browser.lastResponse?.status).toBe(200)
    expect(me).toEqual({ data: { me: null } })
    expect(browser.lastResponse?.headers.get('set-cookie')).toMatch(/^tp_session=; .*Expires=Thu, 01 Jan 1970/)

    const guarded = await api.agent().request(FirstProjectCursor, {}, bad)
    expect(errorCode(guarded)).toBe('UNAUTHENTICATED')

    const login = await api.agent().request(LoginAsAdmin, {}, bad)
    expect(login).toEqual({ data: { login: { name: 'admin' } } })
  })
})

// What a county's IT admin reads in the server's log: one JSON access line per request naming the operation,
// the user, the status and the time, never a password, a session token or a talent's name and phone; and
// the request number a user reads out on the phone finds the error's line and the request's access line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { print } from 'graphql'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createUnit, createUser, testPassword } from '../support/fixtures.ts'
import { CreateLead } from '../support/documents.ts'
import { uniquePhone } from '../support/pipeline.ts'
import { postGraphQL, startObservedServer, type ObservedServer } from '../support/observed-server.ts'

const login = `mutation Login($login: String!, $password: String!) { login(login: $login, password: $password) { id } }`
const talentsForTheLog = 'query TalentsForTheLog { talents(first: 5) { edges { node { name } } } }'

let db: TestDatabase
let observed: ObservedServer
let staffId: string
let cookie: string

beforeAll(async () => {
  db = await openTestDatabase()
  const east = await createUnit(db.prisma, '东部园区')
  staffId = (await createUser(db.prisma, 'east.staff', 'STAFF', east.id)).id
  observed = await startObservedServer(db.prisma)
  const signedIn = await postGraphQL(observed.base, login, { login: 'east.staff', password: testPassword })
  cookie = signedIn.response.headers.get('set-cookie')?.split(';')[0] ?? ''
})
afterAll(async () => {
  await observed?.close()
  await db?.close()
})

const accessLines = (requestId: string | null) =>
  observed.lines.filter((line) => line.msg === 'request' && line.requestId === requestId)

describe('the access log', () => {
  it('has one line per GraphQL request: method, operation, status, duration, user and request id', async () => {
    const signIn = await postGraphQL(observed.base, login, { login: 'east.staff', password: testPassword })
    const requestId = signIn.response.headers.get('x-request-id')
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/)
    const lines = accessLines(requestId)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({
      level: 30,
      method: 'POST',
      path: '/graphql',
      operation: 'Login',
      operationType: 'mutation',
      status: 200,
      userId: staffId,
      address: '127.0.0.1',
    })
    expect(lines[0]?.ms).toBeGreaterThan(0)
  })

  it('never holds the password, the session token, or a lead’s name and phone', async () => {
    const phone = uniquePhone()
    const lead = await postGraphQL(
      observed.base,
      print(CreateLead),
      {
        input: {
          clientMutationId: uuidv7(),
          projectId: uuidv7(),
          talentId: uuidv7(),
          talentName: '欧阳明月',
          phone,
          employer: '浙江大学',
          sourceChannel: 'REFERRAL',
        },
      },
      { cookie },
    )
    expect(lead.body.errors).toBeUndefined()
    const [line] = accessLines(lead.response.headers.get('x-request-id'))
    expect(line).toMatchObject({ operation: 'CreateLead', status: 200, userId: staffId })
    const log = observed.text()
    expect(log).toContain('"operation":"Login"')
    expect(log).not.toContain(testPassword)
    expect(log).not.toContain(cookie.split('=')[1])
    expect(log).not.toContain(phone)
    expect(log).not.toContain('欧阳明月')
    expect(log).not.toContain('浙江大学')
  })

  it('gives an unexpected error one request id in the message, the header, the error and access lines', async () => {
    await db.prisma.$executeRawUnsafe('ALTER TABLE "Talent" RENAME TO "TalentAway"')
    try {
      const failed = await postGraphQL(observed.base, talentsForTheLog, {}, { cookie })
      const requestId = failed.response.headers.get('x-request-id')
      expect(failed.body.errors?.[0]?.message).toBe(
        `服务器内部错误，请稍后再试；联系管理员时请告知请求编号 ${requestId}`,
      )
      const error = observed.lines.find((line) => line.msg === 'unexpected error' && line.requestId === requestId)
      expect(error).toMatchObject({ level: 50, userId: staffId, operationName: 'TalentsForTheLog' })
      expect(accessLines(requestId)).toEqual([
        expect.objectContaining({ operation: 'TalentsForTheLog', status: 500, errors: ['INTERNAL_SERVER_ERROR'] }),
      ])
    } finally {
      await db.prisma.$executeRawUnsafe('ALTER TABLE "TalentAway" RENAME TO "Talent"')
    }
  })

  it('keeps the id a proxy gave the request', async () => {
    const asked = await postGraphQL(observed.base, talentsForTheLog, {}, { cookie, 'x-request-id': 'nginx-7f3a' })
    expect(asked.response.headers.get('x-request-id')).toBe('nginx-7f3a')
    expect(accessLines('nginx-7f3a')).toHaveLength(1)
  })

  it('logs a page and a refused request at info, a probe at debug, each with its own request id', async () => {
    const page = await fetch(`${observed.base}/today`)
    const probe = await fetch(`${observed.base}/healthz`)
    const [pageLine] = accessLines(page.headers.get('x-request-id'))
    expect(pageLine).toMatchObject({ level: 30, method: 'GET', path: '/today', status: page.status })
    expect(accessLines(probe.headers.get('x-request-id'))).toEqual([
      expect.objectContaining({ level: 20, path: '/healthz', status: 200 }),
    ])
  })
})

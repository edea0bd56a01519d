// Whatever a user causes gets a code and a Chinese message; what the server did not expect is logged (JSON
// lines, with the request id, user and operation) and the user reads only a generic message with that id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../server/src/errors/request-log.ts'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { createApi } from '../support/api.ts'
import { smallCounty } from '../support/pipeline.ts'
import { graphql } from '../support/graphql.ts'

const FirstProjectAfter = graphql(`
  query FirstProjectAfter($after: String) {
    projects(first: 1, after: $after) {
      edges { node { uuid } }
    }
  }
`)

const TalentsForTheLog = graphql(`
  query TalentsForTheLog {
    talents(first: 5) {
      edges { node { name } }
    }
  }
`)

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
const logLines: (Record<string, unknown> & { err?: { stack?: string } })[] = []

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

const graphqlResponse = { accept: 'application/graphql-response+json' }
// Sent as text: no typed document is too deep, too wide, malformed or outside the schema. Each is refused before
// it runs, so its answer has no data.
const tooDeep =
  `{ projects(first: 1) { edges { node { talent { projects { talent { projects { talent { projects { ` +
  `talent { projects { talent { name } } } } } } } } } } } } }`

describe('a refused request', () => {
  it(
    'too deep: QUERY_TOO_COMPLEX in Chinese, 400 under application/graphql-response+json and 200 under ' +
      'application/json',
    async () => {
      const leader = county.agents.leader
      const strict = await leader.requestText<null>(tooDeep, undefined, graphqlResponse)
      expect(leader.lastResponse?.status).toBe(400)
      expect(strict.errors).toEqual([
        { message: '查询嵌套过深：最多 12 层（本次 13 层）', extensions: { code: 'QUERY_TOO_COMPLEX' } },
      ])
      await leader.requestText<null>(tooDeep, undefined, { accept: 'application/json' })
      expect(leader.lastResponse?.status).toBe(200)
    },
  )

  it('too many aliases: QUERY_TOO_COMPLEX in Chinese', async () => {
    const aliases = Array.from({ length: 16 }, (_, index) => `a${index}: me { id }`).join(' ')
    const result = await county.agents.leader.requestText<null>(`{ ${aliases} }`)
    expect(result.errors?.[0]).toMatchObject({
      message: '查询中的别名过多：最多 15 个（本次 16 个）',
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    })
  })

  it('without the CSRF header: 403, CSRF_HEADER_MISSING in Chinese', async () => {
    const response = await county.api.yoga.fetch('http://test/graphql?query=%7B__typename%7D', { method: 'GET' })
    expect(response.status).toBe(403)
    const body = await response.json()
    expect(body.errors[0].extensions.code).toBe('CSRF_HEADER_MISSING')
    expect(body.errors[0].message).toMatch(/请求头/)
  })

  it('not GraphQL, or not of this schema: a parse or validation code, in Chinese', async () => {
    const syntax = await county.agents.leader.requestText<null>('{ projects ')
    expect(syntax.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED')
    expect(syntax.errors?.[0]?.message).toMatch(/^查询语句有语法错误/)
    const unknown = await county.agents.leader.requestText<null>('{ nothingHere }')
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
    expect(unknown.errors?.[0]?.message).toMatch(/^查询不符合接口定义/)
  })

  it('a cursor that is no cursor: BAD_USER_INPUT in Chinese', async () => {
    const result = await county.agents.leader.request(FirstProjectAfter, { after: 'zzz' })
    expect(result.errors?.[0]).toMatchObject({
      message: '分页位置（after / before）不正确，请从第一页重新加载',
      extensions: { code: 'BAD_USER_INPUT' },
    })
  })
})

describe('an unexpected error', () => {
  it(
    'is logged with the request id, user, operation and stack; ' + 'the user reads a generic message with the id',
    async () => {
      const logger = createLogger({ write: (line) => void logLines.push(JSON.parse(line)) })
      const leader = await createApi(db.prisma, { logger }).agent().login('leader')
      // A real failure of the database: the table the query reads is gone.
      await db.prisma.$executeRawUnsafe('ALTER TABLE "Talent" RENAME TO "TalentAway"')
      try {
        const result = await leader.request(TalentsForTheLog, undefined, { 'x-request-id': 'phone-call-42' })
        expect(result.errors).toEqual([
          {
            message: '服务器内部错误，请稍后再试；联系管理员时请告知请求编号 phone-call-42',
            locations: [{ line: 2, column: 3 }],
            path: ['talents'],
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'phone-call-42' },
          },
        ])
        expect(leader.lastResponse?.headers.get('x-request-id')).toBe('phone-call-42')
        const line = logLines.find((entry) => entry.requestId === 'phone-call-42')
        expect(line).toMatchObject({
          level: 50,
          msg: 'unexpected error',
          userId: county.people.leader.id,
          operationName: 'TalentsForTheLog',
          path: 'talents',
        })
        expect(line?.err?.stack).toMatch(/Talent/)
        const second = await leader.request(TalentsForTheLog)
        const generated = second.errors?.[0]?.extensions?.requestId
        expect(generated).toMatch(/^[0-9a-f-]{36}$/)
        expect(leader.lastResponse?.headers.get('x-request-id')).toBe(generated)
      } finally {
        await db.prisma.$executeRawUnsafe('ALTER TABLE "TalentAway" RENAME TO "Talent"')
      }
    },
  )
})

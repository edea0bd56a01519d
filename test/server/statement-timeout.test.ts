// A request cannot hold the database: PostgreSQL cancels a statement past the server's statement timeout
// and the user reads a code and a Chinese message. PGlite cannot cancel a running statement (it runs in
// this process), so there the input limits keep a request from asking for minutes of work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { errorCode } from '../support/api.ts'
import { graphql } from '../support/graphql.ts'
import { smallCounty } from '../support/pipeline.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase({ statementTimeoutMs: 500 })
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

const TalentSearchQuery = graphql(`
  query TalentSearch($text: String) {
    talents(first: 20, search: $text) {
      edges {
        node {
          name
        }
      }
    }
  }
`)

describe(`a slow request on ${testDatabaseKind}`, () => {
  if (testDatabaseKind === 'postgresql') {
    it(
      'is cancelled after the statement timeout and answers QUERY_TIMEOUT in Chinese, ' + 'not an internal error',
      async () => {
        // Another session holds the table: the request's statement waits, and the timeout ends the wait.
        let release = () => {}
        const held = new Promise<void>((resolve) => (release = resolve))
        const holder = db.prisma.$transaction(
          async (tx) => {
            await tx.$executeRawUnsafe('LOCK TABLE "Talent" IN ACCESS EXCLUSIVE MODE')
            await held
          },
          { timeout: 10_000 },
        )
        await new Promise((resolve) => setTimeout(resolve, 100))
        const started = performance.now()
        const result = await county.agents.eastManager.request(TalentSearchQuery, { text: '张' })
        release()
        await holder
        expect(performance.now() - started).toBeLessThan(5000)
        expect(errorCode(result)).toBe('QUERY_TIMEOUT')
        expect(result.errors?.[0]?.message).toMatch(/^查询超时/)
      },
    )
  } else {
    it('cannot ask for minutes of work: a 5 MB search is refused before the embedded database sees it', async () => {
      const started = performance.now()
      const result = await county.agents.eastManager.request(TalentSearchQuery, { text: 'a'.repeat(5_000_000) })
      expect(errorCode(result)).toBe('BAD_USER_INPUT')
      expect(performance.now() - started).toBeLessThan(2000)
    })
  }
})

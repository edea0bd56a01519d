// What one request may ask: the client's own lists at the largest page the API serves are answered, a page
// of pages is refused, every string argument has a maximum length, and nothing of that reaches the database.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getNamedType, isInputObjectType, isObjectType, isScalarType, type GraphQLInputType } from 'graphql'
import { schema } from '../../server/src/schema/index.ts'
import { lengthLimit, longTextLimit } from '../../server/src/limits/input-lengths.ts'
import { errorCode } from '../support/api.ts'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { CreateTalent } from '../support/documents.ts'
import { graphql } from '../support/graphql.ts'
import { smallCounty, talentWithProject } from '../support/pipeline.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  await talentWithProject(county.agents.eastManager)
})
afterAll(() => db?.close())

/** The client's document of that name, with the fragments it spreads (as client-documents.test.ts reads them). */
async function clientDocument(operation: string): Promise<string> {
  const entries = await readdir('client/src', { withFileTypes: true, recursive: true })
  const sources = await Promise.all(
    entries
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
      .map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')),
  )
  const documents = sources.flatMap((source) =>
    [...source.matchAll(/graphql\(\s*`([^`]*)`/g)].map((match) => match[1]!),
  )
  const main = documents.find((document) => new RegExp(`query ${operation}\\b`).test(document))!
  const fragments = new Map(
    documents.flatMap((document) =>
      [...document.matchAll(/fragment (\w+) on/g)].map((match) => [match[1]!, document] as const),
    ),
  )
  const needed = new Set<string>()
  const visit = (text: string) => {
    for (const [, name] of text.matchAll(/\.\.\.(\w+)/g)) {
      if (needed.has(name!) || !fragments.has(name!)) continue
      needed.add(name!)
      visit(fragments.get(name!)!)
    }
  }
  visit(main)
  return [main, ...[...needed].map((name) => fragments.get(name)!)].join('\n')
}

const ProjectsListQuery = graphql(`
  query ProjectsList {
    projects(first: 100) {
      edges {
        node {
          uuid
          title
          lastActivityAt
          talent {
            name
            phone
          }
          owner {
            name
          }
          unit {
            name
          }
          lastActivity {
            occurredAt
            summary
          }
        }
      }
    }
  }
`)
// Each talent's projects, their activities, their talents' projects again: lists of lists under each row.
const PageOfPagesQuery = graphql(`
  query PageOfPages($first: Int!) {
    projects(first: $first) {
      edges {
        node {
          talent {
            projects {
              activities {
                id
              }
              talent {
                projects {
                  uuid
                  title
                }
              }
            }
          }
        }
      }
    }
  }
`)
// The same with the page size written in.
const PageOfHundredPagesQuery = graphql(`
  query PageOfHundredPages {
    projects(first: 100) {
      edges {
        node {
          talent {
            projects {
              activities {
                id
              }
              talent {
                projects {
                  uuid
                  title
                }
              }
            }
          }
        }
      }
    }
  }
`)
const ProjectPageQuery = graphql(`
  query ProjectPage($first: Int, $last: Int) {
    projects(first: $first, last: $last) {
      edges {
        node {
          uuid
        }
      }
    }
  }
`)
const TalentSearchQuery = graphql(`
  query TalentSearch($text: String) {
    talents(first: 20, search: $text) {
      edges {
        node {
          id
        }
      }
    }
  }
`)

describe('a request’s cost agrees with the page limit', () => {
  it('answers the projects list at 100 a page, written with the page size in the query', async () => {
    const result = await county.agents.leader.request(ProjectsListQuery)
    expect(result.errors).toBeUndefined()
    expect(result.data?.projects.edges.length).toBeGreaterThan(0)
  })

  it.each(['PipelineProjects', 'StaffLeads'])('answers the client’s %s at 100 a page', async (operation) => {
    // Read from the client's files at run time: only whether it is answered matters here, not what.
    const result = await county.agents.eastManager.requestText<unknown>(await clientDocument(operation), {
      first: 100,
      after: null,
    })
    expect(result.errors).toBeUndefined()
  })

  it(
    'refuses lists of lists under each row of a full page, whether the page size is written in or passed as a ' +
      'variable, with a Chinese message and 400',
    async () => {
      const result = await county.agents.leader.request(
        PageOfPagesQuery,
        { first: 100 },
        { accept: 'application/graphql-response+json' },
      )
      expect(county.agents.leader.lastResponse?.status).toBe(400)
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } })
      expect(result.errors?.[0]?.message).toMatch(/查询范围过大/)
      const literal = await county.agents.leader.request(PageOfHundredPagesQuery)
      expect(errorCode(literal)).toBe('QUERY_TOO_COMPLEX')
      const small = await county.agents.leader.request(PageOfPagesQuery, { first: 10 })
      expect(small.errors).toBeUndefined()
    },
  )

  it.each([
    [{ first: 101 }, '每页最多 100 条（first 为 101）'],
    [{ first: -1 }, '分页参数 first 不能为负数'],
    [{ first: 5, last: 5 }, '分页参数 first 与 last 不能同时使用'],
  ])('refuses pagination %j with a code and a Chinese message', async (variables, message) => {
    const result = await county.agents.leader.request(ProjectPageQuery, variables)
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } })
  })
})

describe('every string has a maximum length', () => {
  it('refuses a 5 MB search at once, before it reaches the database', async () => {
    db.queries.length = 0
    const started = performance.now()
    const result = await county.agents.eastManager.request(TalentSearchQuery, { text: '张'.repeat(5_000_000) })
    expect(result.errors?.[0]).toMatchObject({
      message: '输入过长：talents.search 最多 100 个字符（收到 5000000 个）',
      extensions: { code: 'BAD_USER_INPUT' },
    })
    expect(performance.now() - started).toBeLessThan(2000)
    expect(db.queries.filter((query) => query.includes('"Talent"'))).toEqual([])
  })

  it('refuses a long text in a mutation’s input and writes nothing', async () => {
    const before = await db.prisma.talent.count()
    const result = await county.agents.eastManager.request(CreateTalent, {
      input: {
        clientMutationId: crypto.randomUUID(),
        id: crypto.randomUUID(),
        name: '王五',
        notes: 'x'.repeat(longTextLimit + 1),
      },
    })
    expect(result.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', problems: [{ field: 'createTalent.input.notes' }] },
    })
    expect(result.errors?.[0]?.message).toMatch(/^输入过长：createTalent\.input\.notes 最多 5000 个字符/)
    expect(await db.prisma.talent.count()).toBe(before)
  })

  it('limits every string argument and input field of the schema, search to 100 and free text to 5000', () => {
    const unlimited: string[] = []
    const check = (coordinate: string, name: string, type: GraphQLInputType) => {
      const named = getNamedType(type)
      if (
        isScalarType(named) &&
        !['Int', 'Float', 'Boolean'].includes(named.name) &&
        !(lengthLimit(name) <= (name === 'fileBase64' ? 14_000_000 : longTextLimit))
      )
        unlimited.push(coordinate)
    }
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue
      if (isObjectType(type))
        for (const field of Object.values(type.getFields()))
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.name, arg.type)
      if (isInputObjectType(type))
        for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.name, field.type)
    }
    expect(unlimited).toEqual([])
    expect(lengthLimit('search')).toBe(100)
    expect(lengthLimit('description')).toBe(longTextLimit)
  })

  it('refuses a body larger than any request needs with 413 and a Chinese message', async () => {
    const response = await county.api.yoga.fetch('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(17 * 1024 * 1024) },
      body: '{}',
    })
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual({
      errors: [{ message: '请求过大：最多 16 MB', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    })
  })
})

// Property: whatever a phone sends to any mutation, the answer is a coded error or a result, never an
// internal error; and a refused input writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { uuidv7 } from 'uuidv7'
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql'
import { schema } from '../../server/src/schema/index.ts'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { smallCounty, talentWithProject } from '../support/pipeline.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let known: string[]

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  const { projectId, talentId } = await talentWithProject(county.agents.eastManager, { phone: '13700000001' })
  known = [projectId, talentId, county.units.hrss.id, county.units.west.id, county.people.eastStaff.id]
})
afterAll(() => db?.close())

const text = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '张三', '13812345678', '2026-11-24', '2026-02-30', '91110000802100433B'),
  fc.string({ minLength: 3000, maxLength: 3000 }),
)

function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueFor(type.ofType, depth)
  const maybeNull = (arbitrary: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 6, arbitrary }, { weight: 1, arbitrary: fc.constant(null) })
  if (isListType(type)) return maybeNull(fc.array(valueFor(type.ofType, depth + 1), { maxLength: 3 }))
  const named = getNamedType(type)
  if (isEnumType(named))
    return maybeNull(
      fc.oneof(fc.constantFrom(...named.getValues().map((value) => value.name)), fc.constant('NOT_A_VALUE')),
    )
  if (isInputObjectType(named)) {
    if (depth > 2) return fc.constant(null)
    return fc.record(
      Object.fromEntries(
        Object.values(named.getFields()).map((field) => [field.name, valueFor(field.type, depth + 1)]),
      ),
      { requiredKeys: [] },
    )
  }
  switch (named.name) {
    case 'Int':
      return maybeNull(fc.oneof(fc.integer(), fc.integer({ min: 0, max: 5 }), fc.constant(2 ** 40)))
    case 'Float':
      return maybeNull(fc.double())
    case 'Boolean':
      return maybeNull(fc.boolean())
    case 'DateTime':
      return maybeNull(
        fc.oneof(
          fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
          text,
        ),
      )
    default:
      return maybeNull(fc.oneof(text, fc.constant(uuidv7()), fc.constantFrom(...(known.length ? known : ['x']))))
  }
}

const skipped = new Set(['login', 'logout'])
const mutations = Object.values(schema.getMutationType()!.getFields()).filter((field) => !skipped.has(field.name))

async function rowCounts() {
  const p = db.prisma
  return Promise.all([
    p.auditLog.count(),
    p.project.count(),
    p.talent.count(),
    p.activity.count(),
    p.stageChange.count(),
    p.appliedMutation.count(),
  ])
}

// Each document is built from the schema as the test runs, with variables of any type: it is sent as text.
describe('random input to every mutation', () => {
  it.each(mutations.map((field) => [field.name, field] as const))('%s', async (name, field) => {
    const args = fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type)])), {
      requiredKeys: [],
    })
    const variableList = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ')
    const argList = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')
    const returns = getNamedType(field.type)
    const selection = 'getFields' in returns ? ' { __typename }' : ''
    const variables = variableList ? ` (${variableList})` : ''
    const query = `mutation${variables} { ${name}${argList ? `(${argList})` : ''}${selection} }`
    await fc.assert(
      fc.asyncProperty(
        args,
        fc.constantFrom('eastManager', 'eastStaff', 'westStaff', 'admin') as fc.Arbitrary<'eastManager'>,
        async (variables, who) => {
          const before = await rowCounts()
          const result = await county.agents[who].requestText<Record<string, unknown>>(query, variables)
          expectCodedChinese(name, result.errors)
          if (result.errors) expect(await rowCounts()).toEqual(before)
        },
      ),
      { numRuns: 25 },
    )
  })
})

function expectCodedChinese(
  name: string,
  errors: { message: string; extensions?: Record<string, unknown> }[] | undefined,
) {
  for (const error of errors ?? []) {
    expect(error.extensions?.code, `${name}: ${error.message}`).toEqual(expect.any(String))
    expect(error.extensions?.code, `${name}: ${error.message}`).not.toBe('INTERNAL_SERVER_ERROR')
    expect(error.message).not.toBe('Unexpected error.')
    expect(error.message).toMatch(/[\u4e00-\u9fa5]/)
  }
}

const queries = Object.values(schema.getQueryType()!.getFields()).filter((field) => field.args.length > 0)

describe('random arguments to every query', () => {
  it.each(queries.map((field) => [field.name, field] as const))('%s', async (name, field) => {
    const args = fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type)])), {
      requiredKeys: [],
    })
    const variableList = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ')
    const argList = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')
    const selection = 'getFields' in getNamedType(field.type) ? ' { __typename }' : ''
    const query = `query (${variableList}) { ${name}(${argList})${selection} }`
    await fc.assert(
      fc.asyncProperty(
        args,
        fc.constantFrom('eastManager', 'westStaff', 'leader', 'admin') as fc.Arbitrary<'eastManager'>,
        async (variables, who) => {
          const result = await county.agents[who].requestText<Record<string, unknown>>(query, variables)
          expectCodedChinese(name, result.errors)
        },
      ),
      { numRuns: 15 },
    )
  })
})

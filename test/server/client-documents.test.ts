// The PWA's GraphQL documents must be valid against the schema the server serves: gql.tada types them,
// but only this check fails the build when a field the phone asks for is gone.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NoUnusedFragmentsRule, parse, specifiedRules, validate } from 'graphql'
import { schema } from '../../server/src/schema/index.ts'
import { outboxWrites } from '../../client/src/outbox/registry.ts'

async function sources(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  const files = entries.filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
  return Promise.all(files.map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')))
}

describe('the client’s GraphQL documents', () => {
  it('are all valid against the server schema', async () => {
    const documents = (await sources('client/src')).flatMap((source) =>
      [...source.matchAll(/graphql\(\s*`([^`]*)`/g)].map((match) => match[1]!),
    )
    expect(documents.length).toBeGreaterThan(2)
    const errors = validate(
      schema,
      parse(documents.join('\n')),
      specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule),
    )
    expect(errors.map((error) => error.message)).toEqual([])
  })

  it('include, in each outbox write as the phone sends it, only the fragments it spreads', async () => {
    const refusals: string[] = []
    for (const [operation, write] of Object.entries(outboxWrites)) {
      const document = (await write.document()) as unknown as Parameters<typeof validate>[1]
      refusals.push(...validate(schema, document).map((error) => `${operation}: ${error.message}`))
    }
    expect(refusals).toEqual([])
  })
})

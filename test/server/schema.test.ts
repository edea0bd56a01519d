// The printed schema is the client's contract: it must match what the server serves.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { printedSchema, schemaFile } from '../../server/src/schema/print.ts'

describe('server/schema.graphql', () => {
  it('is up to date with the code (run `pnpm schema:print` after changing the schema)', async () => {
    expect(await readFile(schemaFile, 'utf8')).toBe(printedSchema())
  })
})

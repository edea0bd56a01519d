// Writes server/schema.graphql, the contract the client's types are made from.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { printSchema, lexicographicSortSchema } from 'graphql'
import { schema } from './index.ts'
import { repoRoot } from '../db/paths.ts'

export const schemaFile = path.join(repoRoot, 'server/schema.graphql')

export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(schemaFile, printedSchema())
  console.log(`wrote ${path.relative(process.cwd(), schemaFile)}`)
}

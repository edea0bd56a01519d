#!/usr/bin/env node
// Part of `pnpm lint`: no line of source over 120 characters (Biome wraps code, not comments or long strings).
// Counts characters, not bytes, so a line of Chinese is measured as it reads. Migrations are left as written:
// an applied migration must not change. Markdown is prose and tables, which do not wrap.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const limit = 120
const checked = /\.(ts|tsx|mts|mjs|js|css|json|yaml|yml|sh)$/
const skipped = /(^|\/)(generated|dist|dev-dist)\/|^prisma\/migrations\/|graphql-env\.d\.ts$|pnpm-lock\.yaml$/

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => checked.test(file) && !skipped.test(file))
const long = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) =>
      [...line].length > limit ? [`${file}:${index + 1}: ${[...line].length} characters`] : [],
    ),
)
for (const line of long) console.error(line)
if (long.length) {
  console.error(`\n${long.length} lines over ${limit} characters`)
  process.exit(1)
}

// The client's GraphQL types come from the committed schema: regenerate them and compare with the
// committed client/src/graphql-env.d.ts (fix with `pnpm --filter client schema:types`).
// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const clientDir = fileURLToPath(new URL('../../client/', import.meta.url))

// gql.tada's CLI runs in a child process: ~3 s alone, past the client project's 5 s default on a loaded machine.
it('client/src/graphql-env.d.ts matches server/schema.graphql', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tada-'))
  try {
    const output = path.join(dir, 'graphql-env.d.ts')
    execFileSync(
      process.execPath,
      [path.join(clientDir, 'node_modules/gql.tada/bin/cli.js'), 'generate', 'output', '--output', output],
      { cwd: clientDir, stdio: 'pipe' },
    )
    expect(readFileSync(output, 'utf8'), 'stale: run `pnpm --filter client schema:types`').toBe(
      readFileSync(path.join(clientDir, 'src/graphql-env.d.ts'), 'utf8'),
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

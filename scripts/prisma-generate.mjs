// Generates the Prisma client with no internet: the prisma-client generator needs no native engine,
// only the CLI's start-up check looks for a schema-engine binary (docs/architecture.md,
// "Installing without internet").
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// Called straight through its bin link: pnpm itself may not be on PATH (npm exec pnpm … install).
const prisma = path.join(root, 'server/node_modules/.bin/prisma')
const result = spawnSync(prisma, ['generate', '--schema', path.join(root, 'prisma/schema.prisma')], {
  cwd: path.join(root, 'server'),
  stdio: 'inherit',
  env: {
    ...process.env,
    // the pothos generator is found by name on PATH, as prisma looks up generator binaries
    PATH: `${path.join(root, 'server/node_modules/.bin')}${path.delimiter}${process.env.PATH}`,
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, 'scripts/no-native-schema-engine.sh'),
  },
})
process.exit(result.status ?? 1)

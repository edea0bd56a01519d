// The client's unit tests. Referenced from the root vitest.config.ts (`projects`), and runnable alone:
// `npx vitest run --project client` from the repository root.
import { fileURLToPath } from 'node:url'
import { defineProject, type Plugin } from 'vitest/config'
import solid from 'vite-plugin-solid'

const root = fileURLToPath(new URL('.', import.meta.url))
const testDir = fileURLToPath(new URL('../test/client/', import.meta.url))

/** The tests live in test/client, outside this package: resolve their packages as the client does. */
const resolveFromClient: Plugin = {
  name: 'resolve-tests-from-client',
  enforce: 'pre',
  resolveId(source, importer, options) {
    if (!importer?.startsWith(testDir) || /^[./\0]/.test(source) || source.startsWith('virtual:')) return null
    return this.resolve(source, `${root}src/main.tsx`, { ...options, skipSelf: true })
  },
}

export default defineProject({
  root,
  plugins: [resolveFromClient, solid()],
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    name: 'client',
    environment: 'jsdom',
    include: ['../test/client/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto', '../test/client/setup-messages.ts', '../test/support/test-clock.ts'],
    // Solid's libraries must go through Vite too, or Node loads their server build beside our browser one.
    server: { deps: { inline: [/solid-js/, /@solidjs\//, /@urql\/solid/] } },
  },
})

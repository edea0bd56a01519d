// The server as plain JavaScript for a release: esbuild follows server/src/main.ts and server/src/db/cli.ts
// through our TypeScript (server, rules, the demo seed, the generated Prisma client) and the libraries they
// use, into a few files in server/. Packages that read their own files at run time stay outside the bundle
// and are copied whole beside it (copy-packages.mjs). See docs/architecture.md, "The release archive".
import { isBuiltin } from 'node:module'
import path from 'node:path'
import { build } from 'esbuild'

/** Loaded from node_modules at run time: Wasm, data or a native binary beside their code, or JSON read by path. */
export const runtimePackages = [
  '@electric-sql/pglite', // postgres.wasm, pglite.data, initdb.wasm read beside its code
  '@prisma/schema-engine-wasm', // schema_engine_bg.wasm, found by require.resolve (server/src/db/schema-engine.ts)
  '@node-rs/argon2', // its platform's .node binary, from an optional package
  'chinese-days', // the holiday notices, read by createRequire (server/src/db/official-calendar.ts)
  'pino', // a transport runs in a worker thread started from a file beside pino's code
]

/** Required only when asked for, and not installed: pg's native driver (NODE_PG_FORCE_NATIVE). */
const neverInstalled = ['pg-native']

// CommonJS libraries inside an ES module bundle still call require() for Node's own modules.
const requireShim =
  "import { createRequire as __releaseRequire } from 'node:module';\n" +
  'const require = __releaseRequire(import.meta.url);'

/** Bundles the server into `<outDir>/server/`; returns esbuild's metafile. */
export async function bundleServer(root, outDir) {
  const result = await build({
    absWorkingDir: path.join(root, 'server'),
    entryPoints: { main: 'src/main.ts', cli: 'src/db/cli.ts' },
    outdir: path.join(outDir, 'server'),
    // Shared code in chunks beside main.js and cli.js: both load it from the same folder (paths.ts relies on it).
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    // graphql has no exports map: the CommonJS build for every importer, as Node loads it, so one realm.
    mainFields: ['main', 'module'],
    external: [...runtimePackages, ...neverInstalled],
    define: { __TALENT_RELEASE__: 'true' },
    banner: { js: requireShim },
    // Names kept, so that a stack trace in the log still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  })
  checkExternals(result.metafile)
  return result.metafile
}

/** Every package the bundle leaves to node_modules must be one the release ships. */
function checkExternals(metafile) {
  const shipped = (specifier) =>
    [...runtimePackages, ...neverInstalled].some((name) => specifier === name || specifier.startsWith(`${name}/`))
  const missing = new Set()
  for (const output of Object.values(metafile.outputs)) {
    for (const { path: specifier, external } of output.imports) {
      if (external && !isBuiltin(specifier) && !shipped(specifier)) {
        missing.add(specifier)
      }
    }
  }
  if (missing.size) throw new Error(`The bundle imports packages the release does not ship: ${[...missing].join(', ')}`)
}

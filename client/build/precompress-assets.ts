import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'

/**
 * Writes a .br and a .gz beside each hashed script and stylesheet, which the server sends to browsers that
 * accept them (server/src/app.ts): a phone on a slow network downloads a quarter of the bytes. Only hashed
 * assets: their names change with their content, so a compressed copy is never older than its original
 * (the shell and sw.js keep one name across builds and are sent as they are).
 */
export function precompressAssets(): Plugin {
  const brotli = promisify(brotliCompress)
  const gz = promisify(gzip)
  return {
    name: 'precompress-assets',
    apply: 'build',
    async writeBundle(options, bundle) {
      const files = Object.keys(bundle).filter((name) => name.startsWith('assets/') && /\.(js|css)$/.test(name))
      await Promise.all(
        files.map(async (name) => {
          const file = path.join(options.dir!, name)
          const item = bundle[name]!
          const source = item.type === 'chunk' ? item.code : item.source
          await writeFile(`${file}.br`, await brotli(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }))
          await writeFile(`${file}.gz`, await gz(source, { level: 9 }))
        }),
      )
    },
  }
}

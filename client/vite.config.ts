import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { defineConfig, type Plugin } from 'vite'
import solid from 'vite-plugin-solid'
import { VitePWA } from 'vite-plugin-pwa'

const themeColor = '#0f5fa8'
/** Where `vite` (dev) and `vite preview` send /graphql: the server of `pnpm start`, unless API_URL says otherwise. */
const apiUrl = process.env.API_URL ?? 'http://localhost:4000'

/**
 * Writes a .br and a .gz beside each hashed script and stylesheet, which the server sends to browsers that
 * accept them (server/src/app.ts): a phone on a slow network downloads a quarter of the bytes. Only hashed
 * assets: their names change with their content, so a compressed copy is never older than its original
 * (the shell and sw.js keep one name across builds and are sent as they are).
 */
function precompressAssets(): Plugin {
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

export default defineConfig({
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  plugins: [
    solid(),
    VitePWA({
      // A new version waits for the user's consent: reloading mid-form would lose what they typed.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        id: '/',
        name: '人才项目全周期',
        short_name: '人才项目',
        description: '县人才办人才项目全周期管理：线索登记、跟踪、签约、落地与服务',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#f4f6f9',
        theme_color: themeColor,
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        // Data never comes from the service worker: urql sends queries as GET, and offline data is IndexedDB's.
        navigateFallbackDenylist: [/^\/graphql/, /^\/healthz/],
        cleanupOutdatedCaches: true,
        // The first install takes the open page at once, so it is offline-ready without a reload. An update
        // still waits for the user (registerType 'prompt'); it claims the pages when they accept it.
        clientsClaim: true,
      },
    }),
    precompressAssets(),
  ],
  server: {
    port: 5173,
    proxy: { '/graphql': apiUrl },
  },
  preview: {
    proxy: { '/graphql': apiUrl },
  },
  build: {
    target: 'es2020',
    sourcemap: false,
    // Every browser that runs this app's es2020 modules but ignores modulepreload still loads the chunks (on
    // import, a little later); the polyfill would cost every phone its bytes on the critical path.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the first screen loads (Solid, the router, urql, graphcache, the shell, the outbox) in one
        // chunk: one request and one gzip stream. Each screen stays a lazy chunk of its own.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
})

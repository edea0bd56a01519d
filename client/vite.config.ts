import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import solid from 'vite-plugin-solid'
import { VitePWA } from 'vite-plugin-pwa'
import { precompressAssets } from './build/precompress-assets.ts'
import { preloadFirstScreens } from './build/preload-first-screens.ts'

const themeColor = '#0f5fa8'
/** Where `vite` (dev) and `vite preview` send /graphql: the server of `pnpm start`, unless API_URL says otherwise. */
const apiUrl = process.env.API_URL ?? 'http://localhost:4000'

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
        // ECharts (~190 kB gzip) is for the leader screens only: not precached on every phone, but kept once a
        // chart has loaded it (its name carries its hash, so the cached copy is never stale).
        // push-handler.js is the worker's own code (importScripts below): the browser keeps it with the worker.
        globIgnores: ['**/echarts-*.js', 'push-handler.js'],
        // Web Push (show a notice, open it): added to the generated worker, which stays Workbox's otherwise.
        importScripts: ['/push-handler.js'],
        runtimeCaching: [
          {
            urlPattern: /\/assets\/echarts-[^/]+\.js$/,
            handler: 'CacheFirst',
            options: { cacheName: 'charts', expiration: { maxEntries: 4 } },
          },
        ],
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
    // Each role's first screen, and the login: the screen a phone opens the app on.
    preloadFirstScreens({
      '/login': 'src/routes/login.tsx',
      '/': 'src/shell/role-home.tsx',
      '/today': 'src/staff/today.tsx',
      '/projects': 'src/staff/my-leads.tsx',
      '/pipeline': 'src/manager/pipeline.tsx',
      '/requests': 'src/department/requests.tsx',
      '/dashboard': 'src/leader/area.tsx',
      '/dashboard/units/mine': 'src/leader/area.tsx',
    }),
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

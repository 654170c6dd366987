// The browser app: built into dist/web and served by the API under /app/ (apps/api/src/web-app/web-app.ts).
// `npm run dev:web` runs Vite's dev server with the API (npm run up, port 3000) behind its proxy.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const API = process.env.AVRR_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: here('.'),
  base: '/app/',
  // Pure rules shared with the server (the permission matrix, the case gates): bundled from source.
  resolve: { alias: { '@avrr/domain': here('../../libs/domain/src') } },
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: here('../../dist/web'), emptyOutDir: true, sourcemap: true, target: 'es2022' },
  plugins: [
    // An installable app whose shell opens offline (docs/ACCESS.md, "The installed app"). The service worker keeps
    // API answers only for requests the app marks with X-Device-Copy (src/offline/device-copy.ts): the partner's
    // cases and what a visit needs, never another role's reads.
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      includeAssets: ['icon-192.png', 'icon-512.png'],
      manifest: {
        name: 'Return and reintegration',
        short_name: 'Reintegration',
        description: 'Return cases, reintegration plans, follow-up visits and surveys, also offline.',
        start_url: '/app/',
        scope: '/app/',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#0b5cad',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        // Unminified: minifying the small service worker took most of the build's time for a few kilobytes.
        mode: 'development',
        navigateFallback: '/app/index.html',
        navigateFallbackAllowlist: [/^\/app\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            // Serialised into the service worker: no outside names in here.
            urlPattern: ({ request, sameOrigin }) =>
              sameOrigin && request.method === 'GET' && request.headers.get('X-Device-Copy') === 'keep',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'avrr-device-copy',
              // Access tokens change every few minutes: the copy answers whatever the Vary headers say.
              matchOptions: { ignoreVary: true },
              cacheableResponse: { statuses: [200] },
              expiration: { maxAgeSeconds: 7 * 24 * 3600, maxEntries: 400 },
            },
          },
        ],
      },
    }),
  ],
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      ['/auth', '/cases', '/me', '/views', '/opportunities', '/occupations', '/docs'].map((p) => [p, API]),
    ),
  },
});

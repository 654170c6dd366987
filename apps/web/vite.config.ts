// The browser app: built into dist/web and served by the API under /app/ (apps/api/src/web-app/web-app.ts).
// `npm run dev:web` runs Vite's dev server with the API (npm run up, port 3000) behind its proxy.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const API = process.env.AVRR_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: here('.'),
  base: '/app/',
  // Pure rules shared with the server (the permission matrix, the case gates): bundled from source.
  resolve: { alias: { '@avrr/domain': here('../../libs/domain/src') } },
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: here('../../dist/web'), emptyOutDir: true, sourcemap: true, target: 'es2022' },
  server: {
    port: 5173,
    proxy: Object.fromEntries(
      ['/auth', '/cases', '/me', '/views', '/opportunities', '/occupations', '/docs'].map((p) => [p, API]),
    ),
  },
});

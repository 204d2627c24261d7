import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const repo = resolve(import.meta.dirname, '../..');
/** `npm run dev:web` proxies every non-/app/ path (the API's routes) to the running API. */
const api = process.env.DTI_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: import.meta.dirname,
  base: '/app/',
  plugins: [react()],
  resolve: {
    // The live score preview runs the server's own scoring engine, bundled from source (not re-implemented).
    alias: {
      '@dti/scoring': resolve(repo, 'libs/scoring/src'),
      '@dti/catalogue': resolve(repo, 'libs/catalogue/src'),
    },
  },
  build: {
    outDir: resolve(repo, 'dist/web'),
    emptyOutDir: true,
    // test/browser/bundle-size.e2e.spec.ts reads it to weigh what each page loads first.
    manifest: true,
    // The bundle budget is checked by test/web/bundle-size.unit… (gzip), not by this warning.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'charts';
          return undefined;
        },
      },
    },
  },
  server: {
    port: Number(process.env.WEB_DEV_PORT ?? 5173),
    proxy: { '^/(?!app(/|$))': { target: api, changeOrigin: false } },
  },
});

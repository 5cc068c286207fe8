import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { catalogAssetPlugin } from './src/features/explorer/build/catalogAsset.ts';

/**
 * Vite configuration of the Springplank web app.
 * The dev server proxies `/api` to the Fastify server so cookies and CSRF work as in production,
 * where the server itself serves `dist/`.
 */
export default defineConfig({
  plugins: [react(), catalogAssetPlugin(new URL('../../catalog', import.meta.url).pathname)],
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});

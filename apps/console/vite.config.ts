import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the API at /console/ (apps/api/src/common/console-static.ts); a hash router needs no server routes.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  resolve: { alias: { '@lingong/shared': resolve(__dirname, '../../packages/shared/src/index.ts') } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 900 },
});

import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  // The API serves the build at / in production, and the dev server proxies /api to it.
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      '@accord/contracts': here('../../libs/contracts/src/index.ts'),
      '@accord/domain': here('../../libs/domain/src/index.ts'),
    },
  },
  build: {
    outDir: here('../../dist/apps/dashboard'),
    emptyOutDir: true,
    // React-admin with MUI makes one large bundle by nature; the default warning would only be noise.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': 'http://localhost:3000' },
  },
});

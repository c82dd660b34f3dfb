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
    rolldownOptions: {
      // Two pages: the dashboard at /, and the client's upload page at /upload/ (no React-admin in it, so a
      // phone on a weak signal loads only React, a few MUI components and the page itself).
      input: { dashboard: here('index.html'), upload: here('upload/index.html') },
      output: {
        // What both pages share (React, MUI) would otherwise be named after whichever module came first.
        chunkFileNames: (chunk) =>
          chunk.isDynamicEntry ? 'assets/[name]-[hash].js' : 'assets/shared-[hash].js',
      },
    },
    // React-admin with MUI makes one large bundle by nature; the default warning would only be noise.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': 'http://localhost:3000' },
  },
});

import { defineConfig } from 'vite';
import path from 'node:path';

// The explorer is a static bundle served by Express from client/dist.
export default defineConfig({
  root: path.resolve(__dirname),
  base: '/',
  build: { outDir: path.resolve(__dirname, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});

import { defineConfig } from 'vite';
import path from 'node:path';

// The explorer is a static bundle served by Express from client/dist. `--mode bench` builds
// the same explorer with the benchmark and test harness (window.__explorer, src/bench.ts) into
// client/dist-bench; the product build leaves the harness out.
export default defineConfig(({ mode }) => ({
  root: path.resolve(__dirname),
  base: '/',
  define: { __BENCH_HARNESS__: JSON.stringify(mode === 'bench') },
  build: { outDir: path.resolve(__dirname, mode === 'bench' ? 'dist-bench' : 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
}));

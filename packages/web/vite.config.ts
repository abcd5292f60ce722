import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * packages/shared builds its zod schemas at module level, which a bundler must assume has side
 * effects; declaring those modules pure lets pages that use only vocabularies or types drop zod.
 */
const sharedIsPure: Plugin = {
  name: 'firebreak-shared-is-pure',
  transform(code, id) {
    if (!/[\\/]packages[\\/]shared[\\/]src[\\/]/.test(id)) return null;
    return { code, map: null, moduleSideEffects: false };
  },
};

/** The web app: React 19 + Mantine, bundled by Vite 8 (rolldown); JSX is transformed by oxc. */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  // The automatic runtime means components need no `import React`; no plugin needed for a build.
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [sharedIsPure],
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      // Mantine marks its files "use client" for React Server Components; meaningless in an SPA bundle.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: {
    // `npx vite packages/web` during development talks to a server on the default port.
    proxy: { '/api': { target: 'http://127.0.0.1:4400', changeOrigin: false } },
  },
});

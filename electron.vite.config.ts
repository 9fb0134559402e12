import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

/**
 * Our folders are not electron-vite's defaults (src/main, src/preload, src/renderer), so every
 * entry is named here. The preload is one CommonJS file, as a sandboxed preload must be.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The export worker is an entry of its own: a worker thread loads it by file (out/main/export-worker.js).
      rollupOptions: { input: { index: resolve(root, 'src-main/electron/main.ts'), 'export-worker': resolve(root, 'src-main/export/export-worker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(root, 'src-main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: { index: resolve(root, 'src-renderer/index.html') } },
    },
  },
});

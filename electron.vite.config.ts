import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'

// sheetjs-style assigns undeclared variables, which strict ESM bundling breaks: it stays an external
// CommonJS require() of the parse worker. keytar is a native addon and is required at run time too.
const nodeExternals = ['sheetjs-style', 'keytar']

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rollupOptions: {
        external: nodeExternals,
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'parse-worker': resolve(__dirname, 'electron/main/ingest/parse-worker.ts'),
          cli: resolve(__dirname, 'electron/cli/preflight.ts'),
          'check-worker': resolve(__dirname, 'electron/main/check/check-worker.ts'),
        },
        output: { banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : '') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [vue()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
})

import { defineConfig } from 'vitest/config'

// Renderer logic that needs no DOM (stores, datasource, formatting) runs under plain Node with a fake window.api.
export default defineConfig({
  test: { root: import.meta.dirname, include: ['src/**/*.test.ts'], environment: 'node' },
})

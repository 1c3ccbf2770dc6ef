import { defineConfig } from 'vitest/config'

// The test workspace server's own tests: real HTTP on loopback, no Electron, no display.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
})

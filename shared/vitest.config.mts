import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Property tests run hundreds of cases each; on a loaded two-core machine one can pass vitest's 5 s default.
  // The timeout only guards against a hang: speed targets live in `npm run bench`.
  test: { root: import.meta.dirname, include: ['**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
})

import { defineConfig } from 'vitest/config'

// The keychain test needs a running Secret Service; `npm run test:keychain` starts one and sets the flag.
const keychain = process.env.PREFLIGHT_KEYCHAIN_TEST === '1'

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: keychain ? ['**/*.keychain.test.ts'] : ['**/*.test.ts'],
    exclude: keychain ? ['**/node_modules/**'] : ['**/node_modules/**', '**/*.keychain.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
})

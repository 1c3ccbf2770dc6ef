import { defineConfig } from '@playwright/test'
import { electronUnavailableReason, type Target } from './fixtures'

// Two cores: one test at a time keeps timings honest. The electron project runs the same specs against the
// real app where an Electron runtime exists and reports them skipped, with the reason, where none does.
const electronSkipped = electronUnavailableReason()
// Printed by the runner process only, not again by each test worker that loads this config.
if (electronSkipped && process.env.TEST_WORKER_INDEX === undefined)
  console.log(`[electron project] every spec is skipped: ${electronSkipped}`)

export default defineConfig<object, { target: Target }>({
  testDir: './specs',
  outputDir: './.artifacts/test-results',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
  projects: [
    { name: 'browser-harness', use: { target: 'browser-harness' satisfies Target } },
    { name: 'electron', use: { target: 'electron' satisfies Target } },
  ],
})

// A long export shows its progress and can be cancelled: nothing is written and the app stays usable.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { ExportPage } from '../pages/export-page'
import { IssuesPage } from '../pages/issues-page'
import { PreflightPage } from '../pages/preflight-page'

test('shows an export’s progress and cancels it before anything is written', async ({ app }) => {
  const ui = new PreflightPage(app)
  const issues = new IssuesPage(app.page)
  const file = join(app.tempDir, 'many-people.csv')
  const lines = ['Email,First Name,Last Name,Job Title']
  for (let i = 0; i < 120_000; i++) lines.push(`person${i}@example.com,First${i},Last${i},Role ${i % 40}`)
  writeFileSync(file, lines.join('\n'))
  await ui.openAndWait(file, 120_000)
  await expect(issues.status).toHaveAttribute('data-status', 'done', { timeout: 60_000 })
  const exporter = new ExportPage(app)
  await exporter.exportTo()
  await exporter.cancel()
  await expect(exporter.note).toContainText('Export cancelled: nothing was written.')
  await expect(exporter.progress).toHaveCount(0)
  await expect(exporter.button).toBeEnabled()
})

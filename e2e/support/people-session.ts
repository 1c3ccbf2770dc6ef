// The start most fixing specs share: the US people fixture opened, its phones read in the US, and the check
// done (three rows with errors).
import { expect } from '@playwright/test'
import type { AppDriver } from '../fixtures'
import { IssuesPage } from '../pages/issues-page'
import { MappingPage } from '../pages/mapping-page'
import { PreflightPage } from '../pages/preflight-page'

export async function openCheckedPeople(app: AppDriver, path = app.dataFile('people-us.csv')) {
  const ui = new PreflightPage(app)
  const issues = new IssuesPage(app.page)
  const mapping = new MappingPage(app.page)
  await ui.openAndWait(path, 10)
  await mapping.openButton.click()
  await mapping.defaultCountry.selectOption('US')
  await mapping.dataButton.click()
  await expect(issues.status).toContainText('3 rows with errors')
  return { ui, issues, mapping, page: app.page }
}

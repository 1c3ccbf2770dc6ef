// A consultant maps a client's columns: suggestions from German headers, a changed choice, a field taken
// twice, another target object, all from the keyboard.
import { expect, test } from '../fixtures'
import { MappingPage } from '../pages/mapping-page'
import { PreflightPage } from '../pages/preflight-page'

test('suggests fields for a German companies export and lets the user change them from the keyboard', async ({ app }) => {
  const ui = new PreflightPage(app)
  const mapping = new MappingPage(app.page)
  await ui.openAndWait(app.dataFile('companies-eu.csv'), 6)
  await mapping.openButton.click()
  await expect(mapping.root).toBeVisible()
  // The file name says companies; the headers are German.
  await expect(mapping.object).toHaveValue('companies')
  await expect(mapping.field('Firma')).toHaveValue('name')
  await expect(mapping.field('Webseite')).toHaveValue('domainName.primaryLinkUrl')
  await expect(mapping.field('Mitarbeiter')).toHaveValue('employees')
  await expect(mapping.row('Firma')).toContainText('Müller & Söhne GmbH')
  await expect(mapping.reason('Firma')).not.toHaveText('')
  await ui.screenshot('mapping-companies')

  // Send a second column to the company name: the screen says so before anyone moves on.
  await mapping.field('Ort').focus()
  await mapping.field('Ort').selectOption('name')
  await expect(mapping.problems.filter({ hasText: '“Firma” and “Ort” both go to' })).toHaveCount(1)
  await expect(mapping.reason('Ort')).toHaveText('your choice')
  await mapping.field('Ort').selectOption('')
  await expect(mapping.problems).toHaveCount(0)
  await expect(mapping.ok).toBeVisible()

  // The search narrows the pickers to matching fields, keeping each column's own choice.
  await mapping.search.fill('employees')
  await expect(mapping.field('Firma').locator('option')).toHaveText(['Do not import', 'Name', 'Employees'])
  await mapping.search.fill('')

  await mapping.object.selectOption('people')
  await expect(mapping.field('Firma')).not.toHaveValue('name')
  await mapping.dataButton.click()
  await expect(ui.grid).toBeVisible()
})

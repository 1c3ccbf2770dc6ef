// A consultant saves a mapping as a template; next month's export with the same headers gets it offered,
// and applying it puts back every choice and setting.
import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { MappingPage } from '../pages/mapping-page'
import { PreflightPage } from '../pages/preflight-page'

test('saves a mapping as a template and offers it for a file with the same headers', async ({ app }) => {
  const ui = new PreflightPage(app)
  const mapping = new MappingPage(app.page)
  await ui.openAndWait(app.dataFile('people-us.csv'), 10)
  await mapping.openButton.click()
  await mapping.field('Title').selectOption('')
  await mapping.defaultCountry.selectOption('US')
  await mapping.saveTemplate('US contacts export')
  await expect(mapping.templateMessage).toContainText('Saved the template “US contacts export”')

  // The same export, another month: a copy under another name.
  const next = join(app.tempDir, 'contacts-december.csv')
  copyFileSync(app.dataFile('people-us.csv'), next)
  await ui.openAndWait(next, 10)
  await mapping.openButton.click()
  await expect(mapping.field('Title')).toHaveValue('jobTitle')
  await expect(mapping.templateOffer).toContainText('US contacts export')
  await ui.screenshot('mapping-template-offer')
  await mapping.applyTemplateOffer()
  await expect(mapping.field('Title')).toHaveValue('')
  await expect(mapping.defaultCountry).toHaveValue('US')
  await expect(mapping.templateOffer).toHaveCount(0)
})

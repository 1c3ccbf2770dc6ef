// The app speaks the user's language: it follows the OS until the user picks one from the keyboard, keeps
// the choice, and writes counts and issue names in it (plain names, never codes, in the issue panel).
import { expect, test } from '../fixtures'
import { IssuesPage } from '../pages/issues-page'
import { MappingPage } from '../pages/mapping-page'
import { PreflightPage } from '../pages/preflight-page'
import { PushPage } from '../pages/push-page'
import { WorkspacesPage } from '../pages/workspaces-page'

test.describe('on an OS in Russian', () => {
  test.use({ hostOptions: { languages: ['ru-RU', 'en-US'] } })

  test('starts in Russian, switches to German from the keyboard and keeps it', async ({ app, target }) => {
    test.skip(
      target !== 'browser-harness',
      'The OS languages are the harness host’s here; Electron reports the real OS’s.',
    )
    const page = app.page
    const ui = new PreflightPage(app)
    await expect(ui.startOpenButton).toHaveText('Открыть файл…')
    await expect(ui.accepts).toContainText('до миллиона строк')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await ui.screenshot('language-start-ru')

    // The language select is reachable with Tab and changes with the arrow keys, as a native select does.
    await page.keyboard.press('Tab')
    await expect(ui.language).toBeFocused()
    await ui.switchLanguage('de')
    await expect(ui.startOpenButton).toHaveText('Datei öffnen…')
    await expect(new WorkspacesPage(app).openButton).toHaveText('Workspaces…')
    await ui.screenshot('language-start-de')

    await page.reload()
    await expect(ui.startOpenButton).toHaveText('Datei öffnen…')
    await expect(ui.language).toHaveValue('de')
  })
})

test('the grid’s issue panel names issues plainly in Russian and German, with their counts', async ({ app }) => {
  const ui = new PreflightPage(app)
  const issues = new IssuesPage(app.page)
  const mapping = new MappingPage(app.page)
  const push = new PushPage(app.page)
  await ui.openAndWait(app.dataFile('people-us.csv'), 10)
  await expect(issues.status).toHaveAttribute('data-status', 'done')
  await expect(issues.code('Phone', 'PHONE_NO_COUNTRY')).toContainText('Phone number without a country')

  await ui.switchLanguage('ru')
  await expect(ui.rowCount).toHaveText('10 строк')
  await expect(issues.title).toHaveText('Проблемы')
  await expect(issues.code('Phone', 'PHONE_NO_COUNTRY')).toContainText('Номер без страны')
  await expect(issues.code('Email', 'DUPLICATE_IN_FILE')).toContainText('Дубликат в этом файле')
  await expect(issues.status).toContainText(/\d+ (ошибка|ошибки|ошибок)/)
  await expect(issues.root).not.toContainText('PHONE_NO_COUNTRY')
  await ui.cell(4, 'c2').hover()
  await expect(ui.tooltip).toContainText('Ошибка: «grace@cobol.dev» есть и в строке 3')
  await ui.screenshot('language-grid-ru')

  await issues.code('Email', 'DUPLICATE_IN_FILE').click()
  await expect(issues.filterLabel).toHaveText('Показано 1 строка: Дубликат в этом файле в «Email»')
  await issues.clearFilter.click()

  await ui.switchLanguage('de')
  await expect(ui.rowCount).toHaveText('10 Zeilen')
  await expect(issues.code('Phone', 'PHONE_NO_COUNTRY')).toContainText('Telefonnummer ohne Land')
  await expect(mapping.dataButton).toHaveText('Daten')
  await ui.cell(2, 'c2').hover()
  await expect(ui.tooltip).toContainText('Fehler:')
  // A duplicate is worded in German from the code and values the engine reported.
  await ui.cell(4, 'c2').hover()
  await expect(ui.tooltip).toContainText('„grace@cobol.dev“ steht auch in Zeile 3')
  await ui.screenshot('language-grid-de')

  await mapping.openButton.click()
  await expect(mapping.title).toHaveText('Spalten den Feldern zuordnen')
  await expect(mapping.fieldAt(0)).toBeVisible()
  await ui.screenshot('language-mapping-de')

  await push.open()
  await expect(push.title).toHaveText('In einen Workspace übertragen')
  await ui.screenshot('language-push-de')

  // Back to English: the same screens read exactly as before.
  await ui.switchLanguage('en')
  await expect(push.title).toHaveText('Push to a workspace')
  await mapping.dataButton.click()
  await expect(ui.rowCount).toHaveText('10 rows')
})

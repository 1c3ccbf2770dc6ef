// Problems with the file itself (a quote never closed, rows wider than the header) are shown above the grid in
// words that say where, in the app's language (as are the notices), stay until dismissed, and the dismiss
// button is reachable from the keyboard. A web page saved as .xls is refused with what to do, in German too.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from '../fixtures'
import { PreflightPage } from '../pages/preflight-page'

test('file warnings stay above the grid until dismissed, from the keyboard too', async ({ app }) => {
  const ui = new PreflightPage(app)
  const path = join(app.tempDir, 'contacts.csv')
  await writeFile(
    path,
    'Email,Name\nada@example.com,Ada\nbob@example.com,Bob,Smith\ncy@example.com,"Cy\ndee@example.com,Dee\n',
  )
  await ui.openAndWait(path, 3)
  const banner = ui.fileWarnings
  await expect(banner).toBeVisible()
  await expect(ui.fileWarningLines).toHaveCount(2)
  await expect(banner).toContainText('contacts.csv, row 4, column "Name": a quote opens there and is never closed')
  await expect(banner).toContainText('row 3 has more cells than the header')
  await ui.screenshot('file-warnings')
  await app.page.screenshot({ path: '/tmp/file-warnings.png' })

  // In German the same problems read in German, the file's and the column's names as they are; so do the notices.
  await ui.switchLanguage('de')
  await expect(banner).toContainText(
    'contacts.csv, Zeile 4, Spalte „Name“: Dort beginnt ein Anführungszeichen, das nie geschlossen wird.',
  )
  await expect(banner).toContainText(
    'contacts.csv: Zeile 3 hat mehr Zellen, als die Kopfzeile Spalten hat (2); der überzählige Text steht in „Column C“',
  )
  await expect(banner).not.toContainText('a quote opens there')
  await ui.noticesToggle.click()
  await expect(ui.noticesList).toContainText('Zeile 3 hat 3 Felder, die Kopfzeile hat 2.')
  await ui.screenshot('file-warnings-de')
  await ui.noticesToggle.click()

  const dismiss = ui.fileWarningsDismiss
  await dismiss.focus()
  await expect(dismiss).toBeFocused()
  await app.page.keyboard.press('Enter')
  await expect(banner).toHaveCount(0)
  await expect(ui.cell(0, 'c0')).toHaveText('ada@example.com')
})

test('a web page saved as .xls is refused with what to do', async ({ app }) => {
  const ui = new PreflightPage(app)
  const path = join(app.tempDir, 'export.xls')
  await writeFile(
    path,
    '<!DOCTYPE html><html><body><table><tr><td>Email</td></tr><tr><td>ada@example.com</td></tr></table></body></html>',
  )
  await ui.open(path)
  await expect(ui.errorBanner).toContainText(/export\.xls is a web page \(HTML\).*save it as \.xlsx or \.csv/)
  await ui.switchLanguage('de')
  await expect(ui.errorBanner).toContainText(
    'export.xls ist eine Webseite (HTML), keine CSV-Datei und keine Excel-Arbeitsmappe',
  )
  await ui.screenshot('file-refused-de')
})

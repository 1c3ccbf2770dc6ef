// A consultant opens each kind of client file and sees the right rows and columns.
import { test, expect } from '../fixtures'
import { PreflightPage } from '../pages/preflight-page'

test('opens a UTF-8 CSV with BOM and CRLF: every row, every column, cells as typed', async ({ app }) => {
  const ui = new PreflightPage(app)
  await ui.openAndWait(app.dataFile('people-us.csv'), 10)
  expect(await ui.headers()).toEqual([
    'First Name',
    'Last Name',
    'Email',
    'Phone',
    'Title',
    'City',
    'Company Website',
    'Birthday',
    'Newsletter',
    'Segment',
    'Interests',
    'Engagement',
    'Tags',
  ])
  await expect(ui.cell(0, 'c0')).toHaveText('Ada')
  await expect(ui.cell(0, 'c2')).toHaveText('ADA.LOVELACE@Analytical.io')
  await ui.revealColumn('c12')
  await expect(ui.cell(1, 'c11')).toHaveText('★★★★')
  await expect(ui.cell(6, 'c10')).toHaveText('"Product"')
  await expect(ui.cell(0, 'c12')).toHaveText('vip, early-adopter')
  await ui.scrollToStart()
  await expect(ui.rowNumber(0)).toHaveText('2')
  await expect(ui.rowNumber(9)).toHaveText('11')
  await expect(ui.encoding).toHaveValue('utf-8')
  await expect(ui.delimiter).toHaveValue(',')
  await ui.screenshot('grid-people-csv')
})

test('opens a Windows-1252 CSV separated by semicolons, and the encoding override re-reads it', async ({ app }) => {
  const ui = new PreflightPage(app)
  await ui.openAndWait(app.dataFile('companies-eu.csv'), 6)
  expect(await ui.headers()).toEqual([
    'Firma',
    'Webseite',
    'Mitarbeiter',
    'Jahresumsatz',
    'Straße',
    'PLZ',
    'Ort',
    'Land',
    'Kunde seit',
    'ICP',
  ])
  await expect(ui.encoding).toHaveValue('windows-1252')
  await expect(ui.delimiter).toHaveValue(';')
  await expect(ui.cell(0, 'c0')).toHaveText('Müller & Söhne GmbH')
  await expect(ui.cell(0, 'c3')).toHaveText('1.234.567,89 €')
  await expect(ui.cell(1, 'c4')).toHaveText('12 rue de l’Église')
  await expect(ui.cell(2, 'c6')).toHaveText('København')

  await ui.encoding.selectOption('utf-8')
  await expect(ui.cell(0, 'c0')).toHaveText('M\uFFFDller & S\uFFFDhne GmbH')
  await ui.encoding.selectOption('windows-1252')
  await expect(ui.cell(0, 'c0')).toHaveText('Müller & Söhne GmbH')

  // Forcing the wrong delimiter re-reads the file: the semicolon lines no longer split into columns.
  await ui.delimiter.selectOption(',')
  await ui.expectLoaded(5)
  expect((await ui.headers())[0]).toContain('Müller & Söhne GmbH;www.mueller-soehne.de')
  await ui.delimiter.selectOption(';')
  await ui.expectLoaded(6)
  await ui.screenshot('grid-companies-csv')
})

test('opens an XLSX on its data sheet below the title rows, with Excel dates as dates', async ({ app }) => {
  const ui = new PreflightPage(app)
  await ui.openAndWait(app.dataFile('opportunities.xlsx'), 5)
  await expect(ui.sheet).toHaveValue('Deals')
  await expect(ui.headerRow).toHaveValue('3')
  expect(await ui.headers()).toEqual([
    'Deal',
    'Value',
    'Currency',
    'Expected close',
    'Stage',
    'Contact email',
    'Account domain',
    'Win %',
  ])
  await expect(ui.rowNumber(0)).toHaveText('4')
  await expect(ui.cell(0, 'c3')).toHaveText('2026-09-30')
  await expect(ui.cell(1, 'c3')).toHaveText('2026-11-15')
  await expect(ui.cell(2, 'c3')).toHaveText('2026-12-01')
  await expect(ui.cell(3, 'c3')).toHaveText('next quarter')
  await expect(ui.cell(0, 'c1')).toHaveText('120000')
  await expect(ui.cell(1, 'c1')).toHaveText('75,000.50')
  await ui.screenshot('grid-opportunities-xlsx')

  await ui.sheet.selectOption('Read me')
  await expect(ui.sheet).toHaveValue('Read me')
  await ui.headerRow.fill('1')
  await ui.headerRow.press('Enter')
  await ui.expectLoaded(2)
  expect(await ui.headers()).toEqual(['Pipeline export'])
})

test('opens a legacy XLS workbook', async ({ app }) => {
  const ui = new PreflightPage(app)
  await ui.openAndWait(app.dataFile('legacy-contacts.xls'), 4)
  expect(await ui.headers()).toEqual(['Name', 'E-mail', 'Telephone', 'Employer'])
  await expect(ui.cell(0, 'c0')).toHaveText('Ada Lovelace')
  await expect(ui.cell(1, 'c2')).toHaveText('020 7946 0001')
  await expect(ui.cell(3, 'c1')).toHaveText('')
})

test('opens a file dropped on the window and lists it under recent files', async ({ app }) => {
  test.skip(
    app.target === 'electron',
    'A synthetic drop carries no file-system path in Electron; covered by the harness.',
  )
  const ui = new PreflightPage(app)
  await ui.drop(app.dataFile('legacy-contacts.xls'))
  await ui.expectLoaded(4)
  await app.page.reload()
  await expect(ui.recentItems.first()).toContainText('legacy-contacts.xls')
  await ui.recentItems.first().click()
  await ui.expectLoaded(4)
})

// From the keyboard: a file opens with the keyboard in the grid, and F6 moves between the grid and the side
// panels (issues, column tools, ...) in one press each, Shift+F6 back, focus returning to the cell it left.
import { expect, test } from '../fixtures'
import { ColumnToolsPage } from '../pages/column-tools-page'
import { IssuesPage } from '../pages/issues-page'
import { PreflightPage } from '../pages/preflight-page'

test('a file opens with the keyboard in the grid, and F6 moves between the grid and the panels', async ({ app }) => {
  const ui = new PreflightPage(app)
  const issues = new IssuesPage(app.page)
  await ui.openAndWait(app.dataFile('people-us.csv'), 10)
  await expect(issues.status).toHaveAttribute('data-status', 'done')
  const inGrid = () => app.page.evaluate(() => document.activeElement?.closest('[data-testid="grid-root"]') !== null)
  const panel = () =>
    app.page.evaluate(
      () => document.activeElement?.closest('.app-side > [data-section]')?.getAttribute('data-section') ?? null,
    )
  await expect.poll(inGrid).toBe(true)
  await expect(ui.focusedCell).toHaveCount(1)

  // Arrow keys work at once; the cell left is remembered.
  await app.page.keyboard.press('ArrowDown')
  await app.page.keyboard.press('ArrowRight')
  const left = await ui.focusedCell.getAttribute('col-id')

  await app.page.keyboard.press('F6')
  await expect.poll(panel).toBe('cell')
  const visited: (string | null)[] = []
  for (let i = 0; i < 8 && !(await inGrid()); i++) {
    const where = await panel()
    if (where !== null) visited.push(where)
    await app.page.keyboard.press('F6')
  }
  // Every panel with a control is one press away, column tools among them; the round goes by the toolbar and
  // ends in the grid.
  expect(visited).toEqual(expect.arrayContaining(['cell', 'issues', 'column-tools', 'history']))
  expect(await inGrid()).toBe(true)
  await expect(ui.focusedCell).toHaveAttribute('col-id', left!)
  await expect(ui.focusedRowNumber).toHaveText('3')

  // Shift+F6 goes the other way: from the grid to the toolbar, and from there round to the last panel.
  await app.page.keyboard.press('Shift+F6')
  await expect
    .poll(() => app.page.evaluate(() => document.activeElement?.closest('[data-testid="toolbar-root"]') !== null))
    .toBe(true)
  await app.page.keyboard.press('Shift+F6')
  await expect.poll(panel).toBe(visited.at(-1)!)
  await ui.screenshot('keyboard-f6-panel')

  // A section folds to one line (the panel then fits the window) and unfolds again from the keyboard.
  const tools = new ColumnToolsPage(app.page)
  await ui.foldSection('column-tools')
  await expect(tools.root).toHaveCount(0)
  await expect(ui.unfoldButton('column-tools')).toHaveText(/Fix a column/)
  await ui.screenshot('side-panel-folded')
  await ui.unfoldButton('column-tools').focus()
  await app.page.keyboard.press('Enter')
  await expect(tools.root).toBeVisible()
})

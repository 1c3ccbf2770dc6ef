// Page object for the open-and-browse screens: the start screen, opening a file (dialog, drop, progress), the
// toolbar (source settings, language, primary step), the grid (cells, row numbers, focus, tooltip, typing into a
// cell), the side sections and the banners above the grid. What a user clicks and reads, by data-testid.
import { expect, type Locator, type Page } from '@playwright/test'
import type { AppDriver } from '../fixtures'

export class PreflightPage {
  readonly openButton: Locator
  /** The start screen's own Open button (the toolbar's replaces it once a file is open). */
  readonly startOpenButton: Locator
  /** The start screen's line saying which files open and how large. */
  readonly accepts: Locator
  readonly dropzone: Locator
  readonly progress: Locator
  /** The progress line's words ("Reading the workbook…", rows read so far). */
  readonly progressRows: Locator
  readonly cancelButton: Locator
  readonly grid: Locator
  readonly rowCount: Locator
  readonly errorBanner: Locator
  readonly notices: Locator
  readonly noticesToggle: Locator
  readonly noticesList: Locator
  /** The banner above the grid naming problems with the file itself, until dismissed. */
  readonly fileWarnings: Locator
  /** One line per problem in that banner. */
  readonly fileWarningLines: Locator
  readonly fileWarningsDismiss: Locator
  readonly toolbar: Locator
  /** The toolbar's one primary button: the next step it puts forward. */
  readonly primaryStep: Locator
  /** The open file's name in the toolbar (shortened, whole in its tooltip). */
  readonly fileName: Locator
  readonly encoding: Locator
  readonly delimiter: Locator
  readonly sheet: Locator
  readonly headerRow: Locator
  readonly recentItems: Locator
  readonly language: Locator
  /** The cell that has the keyboard. */
  readonly focusedCell: Locator
  /** The grid's tooltip while it is shown (not the one fading out). */
  readonly tooltip: Locator
  /** The spreadsheet row numbers of the rows the grid shows (its pinned first column). */
  readonly rowNumbers: Locator
  /** The row number of the row holding the focused cell. */
  readonly focusedRowNumber: Locator

  constructor(
    readonly app: AppDriver,
    readonly page: Page = app.page,
  ) {
    // The start screen and the toolbar above a table each have an Open button; one is shown at a time.
    this.openButton = page.getByTestId('open-button').or(page.getByTestId('toolbar-open-button'))
    this.startOpenButton = page.getByTestId('open-button')
    this.accepts = page.getByTestId('open-accepts')
    this.dropzone = page.getByTestId('open-dropzone')
    this.progress = page.getByTestId('open-progress')
    this.progressRows = page.getByTestId('open-progress-rows')
    this.cancelButton = page.getByTestId('open-cancel-button')
    this.grid = page.getByTestId('grid-root')
    this.rowCount = page.getByTestId('grid-row-count')
    this.errorBanner = page.getByTestId('error-banner')
    this.notices = page.getByTestId('notices-panel')
    this.noticesToggle = page.getByTestId('notices-toggle')
    this.noticesList = page.getByTestId('notices-list')
    this.fileWarnings = page.getByTestId('file-warnings')
    this.fileWarningLines = this.fileWarnings.getByTestId('file-warning')
    this.fileWarningsDismiss = this.fileWarnings.getByTestId('file-warnings-dismiss')
    this.toolbar = page.getByTestId('toolbar-root')
    this.primaryStep = this.toolbar.locator('.pf-button-primary')
    this.fileName = page.getByTestId('toolbar-file-name')
    this.encoding = page.getByTestId('toolbar-encoding')
    this.delimiter = page.getByTestId('toolbar-delimiter')
    this.sheet = page.getByTestId('toolbar-sheet')
    this.headerRow = page.getByTestId('toolbar-header-row')
    this.recentItems = page.getByTestId('open-recent-item')
    this.language = page.getByTestId('language-select')
    this.focusedCell = page.locator('.ag-cell-focus')
    this.tooltip = page.locator('.ag-tooltip:not(.ag-tooltip-hiding)')
    this.rowNumbers = page.locator('.ag-cell[col-id="preflight-source-row"]')
    this.focusedRowNumber = page.locator('.ag-row:has(.ag-cell-focus) [col-id="preflight-source-row"]')
  }

  /** Opens a file the way a user does: the Open button, then the native dialog answers with `path`. */
  async open(path: string): Promise<void> {
    await this.app.pickNext(path)
    await this.openButton.click()
  }

  async openAndWait(path: string, rows: number): Promise<void> {
    await this.open(path)
    await this.expectLoaded(rows)
  }

  async expectLoaded(rows: number): Promise<void> {
    await expect(this.rowCount).toHaveText(new RegExp(`^${rows.toLocaleString('en-US')} rows?$`))
  }

  /**
   * Header names of the grid's data columns, in order (the pinned row-number column excluded). The grid
   * renders only the columns in view, so this scrolls across the table like a user would.
   */
  async headers(): Promise<string[]> {
    const found = new Map<number, string>()
    const scroller = this.grid.locator('.ag-body-horizontal-scroll-viewport')
    for (let step = 0; step < 200; step++) {
      const visible = await this.grid
        .locator('[role="columnheader"]:not([col-id="preflight-source-row"])')
        .evaluateAll((cells) =>
          cells.map((cell) => [Number(cell.getAttribute('aria-colindex')), cell.textContent?.trim() ?? ''] as const),
        )
      for (const [index, name] of visible) found.set(index, name)
      const moved = await scroller.evaluate((el) => {
        const before = el.scrollLeft
        el.scrollLeft = Math.min(el.scrollWidth, before + Math.max(100, el.clientWidth - 100))
        el.dispatchEvent(new Event('scroll'))
        return el.scrollLeft !== before
      })
      if (!moved) break
      await this.page.waitForTimeout(50)
    }
    await this.scrollToStart()
    return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, name]) => name)
  }

  /** Scrolls the grid sideways until column `columnId` is rendered. */
  async revealColumn(columnId: string): Promise<void> {
    const scroller = this.grid.locator('.ag-body-horizontal-scroll-viewport')
    for (let step = 0; step < 200; step++) {
      if ((await this.grid.locator(`[role="columnheader"][col-id="${columnId}"]`).count()) > 0) return
      await scroller.evaluate((el) => {
        el.scrollLeft += Math.max(100, el.clientWidth - 100)
        el.dispatchEvent(new Event('scroll'))
      })
      await this.page.waitForTimeout(50)
    }
    throw new Error(`column ${columnId} never came into view`)
  }

  async scrollToStart(): Promise<void> {
    await this.grid.locator('.ag-body-horizontal-scroll-viewport').evaluate((el) => {
      el.scrollLeft = 0
      el.dispatchEvent(new Event('scroll'))
    })
    await this.page.waitForTimeout(50)
  }

  /** The text of the cell at grid row `rowIndex` (0-based, in display order) in column id `columnId`. */
  cell(rowIndex: number, columnId: string): Locator {
    return this.grid.locator(`[role="row"][row-index="${rowIndex}"] [role="gridcell"][col-id="${columnId}"]`)
  }

  /** The first grid row showing `text` in any cell. */
  rowWith(text: string): Locator {
    return this.page.locator('.ag-row').filter({ hasText: text }).first()
  }

  /** The spreadsheet row number shown for grid row `rowIndex`. */
  rowNumber(rowIndex: number): Locator {
    return this.cell(rowIndex, 'preflight-source-row')
  }

  /** A section of the side panel beside the grid ('issues', 'column-tools', 'history'…), folded or not. */
  sideSection(name: string): Locator {
    return this.page.locator(`.app-side > [data-section="${name}"]`)
  }

  /** Folds a side section to one line. */
  async foldSection(name: string): Promise<void> {
    await this.sideSection(name).getByTestId('side-section-fold').click()
  }

  /** A folded side section's unfold button (its title). */
  unfoldButton(name: string): Locator {
    return this.sideSection(name).getByTestId('side-section-unfold')
  }

  /** Focuses a cell, starts editing with Enter, replaces its text and commits with Enter. */
  async typeInCell(rowIndex: number, columnId: string, text: string): Promise<void> {
    await this.cell(rowIndex, columnId).click()
    await this.page.keyboard.press('Enter')
    await this.page.keyboard.press('ControlOrMeta+a')
    await this.page.keyboard.type(text)
    await this.page.keyboard.press('Enter')
  }

  /** Switches the app's language with the toolbar's select (`code`: en, ru, de, fr, es, pt). */
  async switchLanguage(code: string): Promise<void> {
    await this.language.selectOption(code)
  }

  /** Drops a file on the window (the harness maps the dropped file's name to its path). */
  async drop(path: string): Promise<void> {
    const name = path.split('/').pop()!
    await this.page.evaluate(
      ({ name, path }) => {
        ;(window as unknown as { __preflightHarness: { dropped: Record<string, string> } }).__preflightHarness.dropped[
          name
        ] = path
        const transfer = new DataTransfer()
        transfer.items.add(new File(['x'], name))
        const target = document.querySelector('[data-testid="open-dropzone"]') ?? document.body
        for (const type of ['dragenter', 'dragover', 'drop']) {
          target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
        }
      },
      { name, path },
    )
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/.artifacts/screens/${this.app.target}-${name}.png` })
  }
}

// Page object for the issue panel beside the grid: the check's status line, each issue code per column with its
// actions (fix all, merge duplicates), the filter it puts on the grid, column notes and the country offers.
import type { Locator, Page } from '@playwright/test'

export class IssuesPage {
  readonly root: Locator
  readonly title: Locator
  readonly status: Locator
  readonly errorsOnly: Locator
  readonly clearFilter: Locator
  readonly filterLabel: Locator
  readonly fixEverythingButton: Locator
  readonly columnNotes: Locator
  readonly useCountryColumn: Locator
  readonly stopCountryColumn: Locator
  readonly useDefaultCountry: Locator
  readonly countryUsing: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('issues-panel')
    this.title = this.root.locator('#issues-title')
    this.status = page.getByTestId('check-status')
    this.errorsOnly = page.getByTestId('issues-errors-only')
    this.clearFilter = page.getByTestId('issues-clear-filter')
    this.filterLabel = page.getByTestId('issues-filter-label')
    this.fixEverythingButton = page.getByTestId('issues-fix-everything')
    this.columnNotes = page.getByTestId('issues-column-note')
    this.useCountryColumn = page.getByTestId('issues-use-country-column')
    this.stopCountryColumn = page.getByTestId('issues-stop-country-column')
    this.useDefaultCountry = page.getByTestId('issues-use-default-country')
    this.countryUsing = page.getByTestId('issues-country-using')
  }

  code(column: string, code: string): Locator {
    return this.root.locator(`[data-testid="issues-code"][data-column="${column}"][data-code="${code}"]`)
  }

  /** "Fix all" for one issue code in one column: its suggestion applied to every such cell as one step. */
  async fixAll(column: string, code: string): Promise<void> {
    await this.page.locator(`[data-testid="issues-fix-all"][data-column="${column}"][data-code="${code}"]`).click()
  }

  /** Every suggested fix in every column, as one step. */
  async fixEverything(): Promise<void> {
    await this.fixEverythingButton.click()
  }

  /** Merges the rows that repeat a value of `column` (one record per group). */
  async mergeDuplicates(column: string): Promise<void> {
    await this.page.locator(`[data-testid="issues-merge-duplicates"][data-column="${column}"]`).click()
  }

  /** The check's note about one column. */
  columnNote(column: string): Locator {
    return this.columnNotes.and(this.page.locator(`[data-column="${column}"]`))
  }
}

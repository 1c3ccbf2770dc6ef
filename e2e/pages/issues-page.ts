// Page object for the issue panel beside the grid.
import type { Locator, Page } from '@playwright/test'

export class IssuesPage {
  readonly root: Locator
  readonly status: Locator
  readonly errorsOnly: Locator
  readonly clearFilter: Locator
  readonly filterLabel: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('issues-panel')
    this.status = page.getByTestId('issues-status')
    this.errorsOnly = page.getByTestId('issues-errors-only')
    this.clearFilter = page.getByTestId('issues-clear-filter')
    this.filterLabel = page.getByTestId('issues-filter-label')
  }

  code(column: string, code: string): Locator {
    return this.root.locator(`[data-testid="issues-code"][data-column="${column}"][data-code="${code}"]`)
  }
}

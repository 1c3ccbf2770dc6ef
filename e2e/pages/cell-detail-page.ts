// Page object for the cell detail beside the grid: the focused cell in words (its row and column, the file's
// value, the value Twenty will receive, and the check's state and message), read without hovering.
import type { Locator, Page } from '@playwright/test'

export class CellDetailPage {
  readonly root: Locator
  /** "Row 2 · Email": the focused cell's row and column. */
  readonly heading: Locator
  readonly fileValue: Locator
  readonly received: Locator
  /** The check's verdict, with data-state ok, fixed, warning or error. */
  readonly state: Locator
  readonly message: Locator
  readonly notImported: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('cell-detail')
    this.heading = this.root.getByRole('heading')
    this.fileValue = this.root.getByTestId('cell-detail-file')
    this.received = this.root.getByTestId('cell-detail-received')
    this.state = this.root.getByTestId('cell-detail-state')
    this.message = this.root.getByTestId('cell-detail-message')
    this.notImported = this.root.getByTestId('cell-detail-not-imported')
  }
}

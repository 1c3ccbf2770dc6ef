// Page object for the history panel: the list of undoable steps (one per user gesture) and its Undo button.
import type { Locator, Page } from '@playwright/test'

export class HistoryPage {
  readonly root: Locator
  readonly steps: Locator
  readonly undoButton: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('history-panel')
    this.steps = page.getByTestId('history-step')
    this.undoButton = page.getByTestId('history-undo')
  }

  /** The most recent step. */
  get last(): Locator {
    return this.steps.last()
  }

  /** Clicks Undo `times` times, one step each. */
  async undo(times = 1): Promise<void> {
    for (let i = 0; i < times; i++) await this.undoButton.click()
  }
}

// Page object for "Migrate a folder…" and the links panel of the project it opens: one line per link between
// files with its count, the values that name no row (each one keystroke from its row), and checking again.
import type { Locator, Page } from '@playwright/test'
import type { AppDriver } from '../fixtures'

export class MigratePage {
  readonly folderButton: Locator
  readonly links: Locator
  readonly linksButton: Locator
  readonly lines: Locator
  readonly unresolved: Locator
  readonly refreshButton: Locator
  readonly reused: Locator

  constructor(
    readonly app: AppDriver,
    readonly page: Page = app.page,
  ) {
    this.folderButton = page.getByTestId('migrate-folder-button')
    this.links = page.getByTestId('migrate-links')
    this.linksButton = page.getByTestId('migrate-links-button')
    this.lines = page.getByTestId('migrate-link-line')
    this.unresolved = page.getByTestId('migrate-unresolved')
    this.refreshButton = page.getByTestId('migrate-links-refresh')
    this.reused = page.getByTestId('migrate-links-reused')
  }

  /** "Migrate a folder…" on the start screen, the folder dialog answered with `folder`. */
  async migrateFolder(folder: string): Promise<void> {
    await this.app.pickFolderNext(folder)
    await this.folderButton.click()
  }

  /** Checks the links again. */
  async refresh(): Promise<void> {
    await this.refreshButton.click()
  }

  /** Goes to a value that names no row the way a keyboard user does: focus it, press Enter. */
  async goToUnresolved(index = 0): Promise<void> {
    await this.unresolved.nth(index).focus()
    await this.page.keyboard.press('Enter')
  }
}

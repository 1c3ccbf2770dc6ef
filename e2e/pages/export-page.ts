// Page object for exporting: the Export button and its readiness dialog (rows going, rows kept out and why, the
// fix sheet's language, write), the note saying what was written, a whole project's export, and merging a
// returned fix sheet back. The folder is answered through the app driver, as the native dialog would be.
import type { Locator, Page } from '@playwright/test'
import type { AppDriver } from '../fixtures'

export class ExportPage {
  readonly button: Locator
  readonly projectButton: Locator
  readonly readiness: Locator
  readonly going: Locator
  readonly keptOut: Locator
  readonly reasons: Locator
  readonly showKeptOut: Locator
  readonly sheetLanguage: Locator
  readonly confirmButton: Locator
  readonly progress: Locator
  readonly cancelButton: Locator
  readonly note: Locator
  readonly mergeButton: Locator
  readonly mergeNote: Locator

  constructor(
    readonly app: AppDriver,
    readonly page: Page = app.page,
  ) {
    this.button = page.getByTestId('export-button')
    this.projectButton = page.getByTestId('export-project-button')
    this.readiness = page.getByTestId('export-readiness')
    this.going = this.readiness.getByTestId('readiness-going')
    this.keptOut = this.readiness.getByTestId('readiness-kept-out')
    this.reasons = this.readiness.getByTestId('readiness-reason')
    this.showKeptOut = this.readiness.getByTestId('readiness-show')
    this.sheetLanguage = this.readiness.getByTestId('fix-sheet-language')
    this.confirmButton = this.readiness.getByTestId('export-confirm')
    this.progress = page.getByTestId('export-progress')
    this.cancelButton = page.getByTestId('export-cancel')
    this.note = page.getByTestId('export-note')
    this.mergeButton = page.getByTestId('merge-fix-sheet-button')
    this.mergeNote = page.getByTestId('merge-note')
  }

  /**
   * The Export button: the readiness dialog opens, nothing written yet. With `folder`, the folder dialog is
   * answered with it first; without, the answer given before (or the harness's default) stands.
   */
  async openDialog(folder?: string): Promise<void> {
    if (folder !== undefined) await this.app.pickFolderNext(folder)
    await this.button.click()
  }

  /** The dialog's field labelled with `label` (the fix sheet's language select reads its label in the app's language). */
  labelled(label: string): Locator {
    return this.readiness.getByLabel(label)
  }

  /** Write: the dialog's confirm button. */
  async write(): Promise<void> {
    await this.confirmButton.click()
  }

  /** Export straight through: the dialog (its folder answered with `folder` when given), then Write. */
  async exportTo(folder?: string): Promise<void> {
    await this.openDialog(folder)
    await this.write()
  }

  /** Cancels the export while it runs. */
  async cancel(): Promise<void> {
    await this.cancelButton.click()
  }

  /** Merges a fix sheet the client sent back, the file dialog answered with `path`. */
  async mergeFixSheet(path: string): Promise<void> {
    await this.app.pickNext(path)
    await this.mergeButton.click()
  }
}

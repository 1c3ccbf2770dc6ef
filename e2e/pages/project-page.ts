// Page object for a project: its bar (the files in import order, each with its state; add, switch, remove),
// saving it and its save state, the note when a changed source was replayed, and the push of the whole project
// (a dry run per file, a bar per file, pause and resume). Files are named by their position in import order or
// by the file name the bar shows.
import { expect, type Locator, type Page } from '@playwright/test'
import type { AppDriver } from '../fixtures'

export class ProjectPage {
  readonly root: Locator
  readonly files: Locator
  readonly addFileButton: Locator
  readonly removeFileButton: Locator
  readonly saveButton: Locator
  readonly saveState: Locator
  readonly replayNote: Locator
  readonly replaySkipped: Locator
  readonly relationsNote: Locator
  readonly pushPlanButton: Locator
  readonly pushFiles: Locator
  readonly pushFilePlans: Locator
  readonly pushChanges: Locator
  readonly pushStartButton: Locator
  readonly pushBars: Locator
  readonly pauseButton: Locator
  readonly resumeButton: Locator
  /** "Undo this push, every file": its dry run's summary, the confirmation and what it did. */
  readonly undoPlanButton: Locator
  readonly undoSummary: Locator
  readonly undoConfirm: Locator
  readonly undoResult: Locator

  constructor(
    readonly app: AppDriver,
    readonly page: Page = app.page,
  ) {
    this.root = page.getByTestId('project-files')
    this.files = page.getByTestId('project-file')
    this.addFileButton = page.getByTestId('project-add-file')
    this.removeFileButton = page.getByTestId('project-file-remove')
    this.saveButton = page.getByTestId('project-save-button')
    this.saveState = page.getByTestId('project-save-state')
    this.replayNote = page.getByTestId('project-replay-note')
    this.replaySkipped = page.getByTestId('project-replay-skipped')
    this.relationsNote = page.getByTestId('project-relations-note')
    this.pushPlanButton = page.getByTestId('project-push-plan')
    this.pushFiles = page.getByTestId('project-push-files')
    this.pushFilePlans = page.getByTestId('project-push-file-plan')
    this.pushChanges = page.getByTestId('project-push-change')
    this.pushStartButton = page.getByTestId('project-push-start')
    this.pushBars = page.getByTestId('project-push-file')
    this.pauseButton = page.getByTestId('project-push-pause')
    this.resumeButton = page.getByTestId('project-push-resume')
    this.undoPlanButton = page.getByTestId('project-undo-plan')
    this.undoSummary = page.getByTestId('project-undo-summary')
    this.undoConfirm = page.getByTestId('project-undo-confirm')
    this.undoResult = page.getByTestId('project-undo-result')
  }

  /** The project bar's entry for the file at `index` in import order (0-based). */
  file(index: number): Locator {
    return this.files.nth(index)
  }

  /** The project bar's entry for the file whose name it shows. */
  fileNamed(name: string): Locator {
    return this.files.filter({ hasText: name })
  }

  /** A file's state in the bar ("ready", "1 row with errors", "pushed"…), by position or by name. */
  stateOf(file: number | string): Locator {
    return (typeof file === 'number' ? this.file(file) : this.fileNamed(file)).getByTestId('project-file-state')
  }

  /** Switches to the file at `index` with a click and waits until the bar marks it current. */
  async switchTo(index: number): Promise<void> {
    await this.file(index).click()
    await this.expectCurrent(index)
  }

  /** Switches to the file at `index` from the keyboard (focus, Enter) and waits until the bar marks it current. */
  async switchWithKeyboard(index: number): Promise<void> {
    await this.file(index).focus()
    await this.page.keyboard.press('Enter')
    await this.expectCurrent(index)
  }

  /** The bar marks the file at `index` as the one open. */
  async expectCurrent(index: number): Promise<void> {
    await expect(this.file(index)).toHaveAttribute('aria-current', 'page')
  }

  /** Adds a file, the open dialog answered with `path` (a project not saved yet asks where to save it first). */
  async addFile(path: string): Promise<void> {
    await this.app.pickNext(path)
    await this.addFileButton.click()
  }

  /** Saves as a project, the save dialog answered with `path`, and waits until the bar says it is saved. */
  async saveAs(path: string): Promise<void> {
    await this.app.pickSaveNext(path)
    await this.saveButton.click()
    await expect(this.saveState).toHaveAttribute('data-state', 'saved')
  }

  /** Removes the file the remove button is shown for (the one not open). */
  async removeFile(): Promise<void> {
    await this.removeFileButton.click()
  }

  /** The dry run of every file of the project. */
  async dryRunAll(): Promise<void> {
    await this.pushPlanButton.click()
  }

  /** The project push's phase ('planned', 'done'…). */
  async expectPushPhase(phase: string): Promise<void> {
    await expect(this.pushFiles).toHaveAttribute('data-phase', phase)
  }

  /** The dry run's summary line of the file at `index`. */
  filePlan(index: number): Locator {
    return this.pushFilePlans.nth(index)
  }

  /** Chooses what the push does with a field a dry run found changed ('fill': only when empty). */
  async setPolicy(change: Locator, policy: string): Promise<void> {
    await change.getByTestId('project-push-policy').selectOption(policy)
  }

  async startPush(): Promise<void> {
    await this.pushStartButton.click()
  }

  /** The push's bar of the file at `index`, with data-object and data-state. */
  bar(index: number): Locator {
    return this.pushBars.nth(index)
  }

  barCount(index: number): Locator {
    return this.bar(index).getByTestId('project-push-count')
  }

  barResult(index: number): Locator {
    return this.bar(index).getByTestId('project-push-result')
  }

  /** The bars, one per file, name these objects in this order. */
  async expectBars(objects: readonly string[]): Promise<void> {
    await expect(this.pushBars).toHaveCount(objects.length)
    for (const [i, object] of objects.entries()) await expect(this.bar(i)).toHaveAttribute('data-object', object)
  }

  async pause(): Promise<void> {
    await this.pauseButton.click()
  }

  async resume(): Promise<void> {
    await this.resumeButton.click()
  }

  /** Asks what undoing every file's push would do (nothing is written yet). */
  async planUndo(): Promise<void> {
    await this.undoPlanButton.click()
  }

  async confirmUndo(): Promise<void> {
    await this.undoConfirm.click()
  }
}

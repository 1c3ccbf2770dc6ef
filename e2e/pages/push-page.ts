// Page object for the Push screen of one file: the workspace picked, the dry run and its counts, the field
// policies, the push with its progress, the rows refused, and "Undo this push". Counts are checked as the
// screen words them ('7 rows'), so a method's expected text is the one a user reads.
import { expect, type Locator, type Page } from '@playwright/test'

export class PushPage {
  readonly openButton: Locator
  readonly title: Locator
  readonly workspace: Locator
  /** The workspace the select shows as chosen. */
  readonly chosenWorkspace: Locator
  readonly planButton: Locator
  readonly planCancel: Locator
  readonly planResult: Locator
  readonly planCreate: Locator
  readonly planUpdate: Locator
  readonly planUnchanged: Locator
  readonly planRejected: Locator
  readonly planRestore: Locator
  readonly planEmpty: Locator
  readonly lookup: Locator
  readonly error: Locator
  readonly changes: Locator
  readonly samples: Locator
  readonly showRejected: Locator
  readonly startButton: Locator
  readonly progress: Locator
  readonly sent: Locator
  readonly failures: Locator
  readonly exportFailures: Locator
  readonly showFailures: Locator
  readonly undoPlan: Locator
  readonly undoSummary: Locator
  readonly undoConfirm: Locator
  readonly undoResult: Locator

  constructor(readonly page: Page) {
    this.openButton = page.getByTestId('toolbar-push-button')
    this.title = page.locator('#push-title')
    this.workspace = page.getByTestId('push-workspace')
    this.chosenWorkspace = this.workspace.locator('option:checked')
    this.planButton = page.getByTestId('push-plan')
    this.planCancel = page.getByTestId('push-plan-cancel')
    this.planResult = page.getByTestId('push-plan-result')
    this.planCreate = page.getByTestId('push-plan-create')
    this.planUpdate = page.getByTestId('push-plan-update')
    this.planUnchanged = page.getByTestId('push-plan-unchanged')
    this.planRejected = page.getByTestId('push-plan-rejected')
    this.planRestore = page.getByTestId('push-plan-restore')
    this.planEmpty = page.getByTestId('push-plan-empty')
    this.lookup = page.getByTestId('push-lookup')
    this.error = page.getByTestId('push-error')
    this.changes = page.getByTestId('push-change')
    this.samples = page.getByTestId('push-samples')
    this.showRejected = page.getByTestId('push-show-rejected')
    this.startButton = page.getByTestId('push-start')
    this.progress = page.getByTestId('push-progress')
    this.sent = page.getByTestId('push-sent')
    this.failures = page.locator('.push-failures')
    this.exportFailures = page.getByTestId('push-export-failures')
    this.showFailures = page.getByTestId('push-show-failures')
    this.undoPlan = page.getByTestId('push-undo-plan')
    this.undoSummary = page.getByTestId('push-undo-summary')
    this.undoConfirm = page.getByTestId('push-undo-confirm')
    this.undoResult = page.getByTestId('push-undo-result')
  }

  /** The toolbar's Push button: the Push screen for the open file (or the project's, when one is open). */
  async open(): Promise<void> {
    await this.openButton.click()
  }

  /** Picks a workspace by the label the select shows: its name and its URL. */
  async chooseWorkspace(name: string, url: string): Promise<void> {
    await this.workspace.selectOption({ label: `${name} (${url})` })
  }

  /** Opens the Push screen and picks the workspace, the first two steps of every push. */
  async openFor(name: string, url: string): Promise<void> {
    await this.open()
    await this.chooseWorkspace(name, url)
  }

  /** Starts the dry run ("Dry run" button). */
  async dryRun(): Promise<void> {
    await this.planButton.click()
  }

  async start(): Promise<void> {
    await this.startButton.click()
  }

  /** The push has finished: its progress says phase `done`. */
  async expectDone(options?: { timeout?: number }): Promise<void> {
    await expect(this.progress).toHaveAttribute('data-phase', 'done', options)
  }

  /** Starts the push and waits until it has finished. */
  async pushAndWait(): Promise<void> {
    await this.start()
    await this.expectDone()
  }

  /** The dry run's line of changes to one field (with its count, samples and policy select). */
  change(field: string): Locator {
    return this.page.locator(`[data-testid="push-change"][data-field="${field}"]`)
  }

  /** Chooses what the push does with a field the workspace already holds ('fill': only when empty). */
  async setPolicy(field: string, policy: string): Promise<void> {
    await this.change(field).getByTestId('push-policy').selectOption(policy)
  }

  /** "Undo this push": plans the undo (the summary appears), nothing deleted yet. */
  async planUndo(): Promise<void> {
    await this.undoPlan.click()
  }

  async confirmUndo(): Promise<void> {
    await this.undoConfirm.click()
  }
}

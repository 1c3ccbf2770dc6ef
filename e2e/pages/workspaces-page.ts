// Page object for the Workspaces screen: what a user clicks, types and reads there, by data-testid.
import { expect, type Locator, type Page } from '@playwright/test'
import type { AppDriver } from '../fixtures'

export class WorkspacesPage {
  readonly openButton: Locator
  readonly screen: Locator
  readonly back: Locator
  readonly list: Locator
  /** The line shown while no workspace is set up. */
  readonly empty: Locator
  readonly items: Locator
  readonly name: Locator
  readonly url: Locator
  readonly urlCheck: Locator
  readonly save: Locator
  readonly key: Locator
  readonly keySave: Locator
  readonly keyClear: Locator
  readonly test: Locator
  readonly status: Locator
  readonly remove: Locator
  readonly removeDialog: Locator
  readonly removeConfirm: Locator

  constructor(
    readonly app: AppDriver,
    readonly page: Page = app.page,
  ) {
    this.openButton = page.getByTestId('workspaces-open-button')
    this.screen = page.getByTestId('workspaces-screen')
    this.back = page.getByTestId('workspaces-back')
    this.list = page.getByTestId('workspaces-list')
    this.empty = page.getByTestId('workspaces-empty')
    this.items = page.getByTestId('workspaces-item')
    this.name = page.getByTestId('workspaces-name')
    this.url = page.getByTestId('workspaces-url')
    this.urlCheck = page.getByTestId('workspaces-url-check')
    this.save = page.getByTestId('workspaces-save')
    this.key = page.getByTestId('workspaces-key')
    this.keySave = page.getByTestId('workspaces-key-save')
    this.keyClear = page.getByTestId('workspaces-key-clear')
    this.test = page.getByTestId('workspaces-test')
    this.status = page.getByTestId('workspaces-status')
    this.remove = page.getByTestId('workspaces-remove')
    this.removeDialog = page.getByTestId('workspaces-remove-dialog')
    this.removeConfirm = page.getByTestId('workspaces-remove-confirm')
  }

  /** Tabs to the Workspaces button (from the grid, where an open file puts focus, Shift+F6 goes to the toolbar first). */
  async openWithKeyboard(): Promise<void> {
    const focused = () => this.openButton.evaluate((el) => el === document.activeElement)
    const inGrid = await this.page.evaluate(() => document.activeElement?.closest('[data-testid="grid-root"]') !== null)
    if (inGrid) await this.page.keyboard.press('Shift+F6')
    for (let i = 0; i < 15 && !(await focused()); i++) await this.page.keyboard.press('Tab')
    await expect(this.openButton).toBeFocused()
    await this.page.keyboard.press('Enter')
    await expect(this.screen).toBeVisible()
  }

  async addWorkspace(name: string, url: string): Promise<void> {
    await this.name.fill(name)
    await this.url.fill(url)
    await this.save.click()
    await expect(this.items.filter({ hasText: name })).toHaveCount(1)
  }

  /** Types a key and stores it; the field must be empty again afterwards. */
  async storeKey(key: string): Promise<void> {
    await this.key.fill(key)
    await this.keySave.click()
    await expect(this.key).toHaveValue('')
    await expect(this.page.getByTestId('workspaces-key-badge')).toBeVisible()
  }

  /** A user's first step before a push: the Workspaces screen from the keyboard, a workspace and its key, then back. */
  async connect(name: string, url: string, key: string): Promise<void> {
    await this.openWithKeyboard()
    await this.addWorkspace(name, url)
    await this.storeKey(key)
    await this.back.click()
  }

  item(name: string): Locator {
    return this.items.filter({ hasText: name })
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e/.artifacts/screens/${this.app.target}-${name}.png` })
  }
}

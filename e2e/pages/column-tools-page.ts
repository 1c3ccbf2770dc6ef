// Page object for the column tools beside the grid: the column they act on (the focused one by default), find
// and replace with its preview, case changes, merging two columns, mapping values, keeping matching rows, and
// finding and merging duplicate rows by chosen columns.
import type { Locator, Page } from '@playwright/test'

export class ColumnToolsPage {
  readonly root: Locator
  readonly column: Locator
  readonly find: Locator
  readonly replace: Locator
  readonly regex: Locator
  readonly preview: Locator
  readonly replaceAllButton: Locator
  readonly upperButton: Locator
  readonly mergeWith: Locator
  readonly mergeName: Locator
  readonly mergeButton: Locator
  readonly map: Locator
  readonly mapApply: Locator
  readonly matchKind: Locator
  readonly matchValue: Locator
  readonly keepRowsButton: Locator
  readonly message: Locator
  readonly duplicates: Locator
  readonly duplicatesFound: Locator
  readonly showDuplicatesButton: Locator
  readonly mergeDuplicatesButton: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('column-tools')
    this.column = page.getByTestId('tools-column')
    this.find = page.getByTestId('tools-find')
    this.replace = page.getByTestId('tools-replace')
    this.regex = page.getByTestId('tools-regex')
    this.preview = page.getByTestId('tools-preview')
    this.replaceAllButton = page.getByTestId('tools-replace-all')
    this.upperButton = page.getByTestId('tools-upper')
    this.mergeWith = page.getByTestId('tools-merge-with')
    this.mergeName = page.getByTestId('tools-merge-name')
    this.mergeButton = page.getByTestId('tools-merge')
    this.map = page.getByTestId('tools-map')
    this.mapApply = page.getByTestId('tools-map-apply')
    this.matchKind = page.getByTestId('tools-match-kind')
    this.matchValue = page.getByTestId('tools-match-value')
    this.keepRowsButton = page.getByTestId('tools-keep-rows')
    this.message = page.getByTestId('tools-message')
    this.duplicates = page.getByTestId('duplicates')
    this.duplicatesFound = this.duplicates.getByTestId('duplicates-found')
    this.showDuplicatesButton = this.duplicates.getByTestId('duplicates-show')
    this.mergeDuplicatesButton = this.duplicates.getByTestId('duplicates-merge')
  }

  /** Points the tools at a column by its id (c0, c1…; x1… for added columns). */
  async chooseColumn(columnId: string): Promise<void> {
    await this.column.selectOption(columnId)
  }

  /** Types what to find and what to put instead; nothing changes until Replace all. */
  async findAndReplace(find: string, replace: string): Promise<void> {
    await this.find.fill(find)
    await this.replace.fill(replace)
  }

  async replaceAll(): Promise<void> {
    await this.replaceAllButton.click()
  }

  async upperCase(): Promise<void> {
    await this.upperButton.click()
  }

  /** Merges column `columnId` with `otherId` into a new column named `name`. */
  async mergeColumns(columnId: string, otherId: string, name: string): Promise<void> {
    await this.chooseColumn(columnId)
    await this.mergeWith.selectOption(otherId)
    await this.mergeName.fill(name)
    await this.mergeButton.click()
  }

  /** Maps values of column `columnId` to new ones (each key a value of the column) and applies the map. */
  async mapValues(columnId: string, mapping: Record<string, string>): Promise<void> {
    await this.chooseColumn(columnId)
    await this.map.locator('summary').click()
    for (const [from, to] of Object.entries(mapping)) {
      await this.page.locator(`[data-testid="tools-map-row"][data-value="${from}"] input`).fill(to)
    }
    await this.mapApply.click()
  }

  /** Keeps only the rows whose value in the chosen column matches (`kind`: contains, equals…) `value`. */
  async keepRowsWhere(kind: string, value: string): Promise<void> {
    await this.matchKind.selectOption(kind)
    await this.matchValue.fill(value)
    await this.keepRowsButton.click()
  }

  /** The duplicates tool's checkbox for column `columnId` (one of the columns rows must share to be duplicates). */
  duplicatesColumn(columnId: string): Locator {
    return this.duplicates.locator(`[data-testid="duplicates-column"][data-column="${columnId}"]`)
  }

  async findDuplicates(): Promise<void> {
    await this.duplicates.getByTestId('duplicates-find').click()
  }

  /** Filters the grid to the duplicate rows found. */
  async showDuplicates(): Promise<void> {
    await this.showDuplicatesButton.click()
  }

  /** Merges each group of duplicates into one row, as one step. */
  async mergeDuplicates(): Promise<void> {
    await this.mergeDuplicatesButton.click()
  }
}

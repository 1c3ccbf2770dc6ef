// Page object for the mapping screen's offer to make the other objects a sheet describes (a deals sheet's
// companies and contacts) files of the project: one checkbox per part, the button adding them, the note after.
import type { Locator, Page } from '@playwright/test'

export class SheetPartsPage {
  readonly root: Locator
  readonly parts: Locator
  readonly addButton: Locator
  readonly added: Locator
  /** The mapping screen's line naming the columns the project's other files of this sheet import. */
  readonly importedElsewhere: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('sheet-parts')
    this.parts = page.getByTestId('sheet-part')
    this.addButton = page.getByTestId('sheet-parts-add')
    this.added = page.getByTestId('sheet-parts-added')
    this.importedElsewhere = page.getByTestId('mapping-imported-elsewhere')
  }

  /** The checkbox of the part creating records of `object` (nameSingular). */
  part(object: string): Locator {
    return this.root.locator(`[data-testid="sheet-part"][data-object="${object}"]`)
  }
}

// Page object for the mapping screen: the object picker, each column's row and field picker, the problems.
import type { Locator, Page } from '@playwright/test'

export class MappingPage {
  readonly root: Locator
  readonly openButton: Locator
  readonly dataButton: Locator
  readonly object: Locator
  readonly search: Locator
  readonly problems: Locator
  readonly ok: Locator
  readonly defaultCountry: Locator
  readonly dateOrder: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('mapping-root')
    this.openButton = page.getByTestId('toolbar-mapping-button')
    this.dataButton = page.getByTestId('toolbar-data-button')
    this.object = page.getByTestId('mapping-object')
    this.search = page.getByTestId('mapping-search')
    this.problems = page.getByTestId('mapping-problem')
    this.ok = page.getByTestId('mapping-ok')
    this.defaultCountry = page.getByTestId('mapping-default-country')
    this.dateOrder = page.getByTestId('mapping-date-order')
  }

  row(column: string): Locator {
    return this.root.locator(`[data-testid="mapping-row"][data-column="${column}"]`)
  }

  field(column: string): Locator {
    return this.row(column).getByTestId('mapping-field-select')
  }

  reason(column: string): Locator {
    return this.row(column).getByTestId('mapping-reason')
  }
}

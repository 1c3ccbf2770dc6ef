// Page object for the mapping screen: the object picker, each column's row and field picker, the problems, the
// file's settings (country, date order, time zone).
import type { Locator, Page } from '@playwright/test'

export class MappingPage {
  readonly root: Locator
  readonly title: Locator
  /** One row per source column. */
  readonly rows: Locator
  readonly openButton: Locator
  readonly dataButton: Locator
  readonly object: Locator
  readonly search: Locator
  readonly problems: Locator
  readonly ok: Locator
  /** The line naming the columns that will not be imported. */
  readonly leftOut: Locator
  readonly defaultCountry: Locator
  readonly dateOrder: Locator
  readonly timeZone: Locator
  readonly timeZoneError: Locator
  readonly templateName: Locator
  /** The select of the workspace whose data model the mapping uses (the stock model when none). */
  readonly workspace: Locator
  readonly modelNote: Locator
  readonly templateMessage: Locator
  /** The offer of a saved template whose headers match the file's. */
  readonly templateOffer: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('mapping-root')
    this.title = page.locator('#mapping-title')
    this.rows = page.getByTestId('mapping-row')
    this.openButton = page.getByTestId('toolbar-mapping-button')
    this.dataButton = page.getByTestId('toolbar-data-button')
    this.object = page.getByTestId('mapping-object')
    this.search = page.getByTestId('mapping-search')
    this.problems = page.getByTestId('mapping-problem')
    this.ok = page.getByTestId('mapping-ok')
    this.leftOut = page.getByTestId('mapping-left-out')
    this.defaultCountry = page.getByTestId('mapping-default-country')
    this.dateOrder = page.getByTestId('mapping-date-order')
    this.timeZone = page.getByTestId('mapping-time-zone')
    this.timeZoneError = page.getByTestId('mapping-time-zone-error')
    this.templateName = page.getByTestId('template-name')
    this.workspace = page.getByTestId('mapping-workspace')
    this.modelNote = page.getByTestId('mapping-model-note')
    this.templateMessage = page.getByTestId('template-message')
    this.templateOffer = page.getByTestId('template-offer')
  }

  /** The check's note about a column's date-times without a zone (by column name and issue code). */
  timeZoneNote(column: string, code: string): Locator {
    return this.root.locator(`[data-testid="mapping-time-zone-note"][data-column="${column}"][data-code="${code}"]`)
  }

  /** The time-zone search box's suggestion for `zone`. */
  timeZoneOption(zone: string): Locator {
    return this.page.locator(`#mapping-time-zones option[value="${zone}"]`)
  }

  /** A problem the mapping has, by its issue code. */
  problem(code: string): Locator {
    return this.problems.and(this.page.locator(`[data-code="${code}"]`))
  }

  /** The one-click fix a problem offers. */
  problemFix(code: string): Locator {
    return this.problem(code).getByTestId('mapping-problem-fix')
  }

  /** Types a zone into the time-zone search box and takes it, as a user picking from its list does. */
  async chooseTimeZone(zone: string): Promise<void> {
    await this.timeZone.fill(zone)
    await this.timeZone.press('Enter')
  }

  /** Saves the mapping and the file's settings as a template named `name`. */
  async saveTemplate(name: string): Promise<void> {
    await this.templateName.fill(name)
    await this.page.getByTestId('template-save').click()
  }

  /** Applies the template offered. */
  async applyTemplateOffer(): Promise<void> {
    await this.page.getByTestId('template-offer-apply').click()
  }

  /** The offer of another object the file's columns fit. */
  fit(object: string): Locator {
    return this.root.locator(`[data-testid="mapping-fit"][data-object="${object}"]`)
  }

  row(column: string): Locator {
    return this.root.locator(`[data-testid="mapping-row"][data-column="${column}"]`)
  }

  /** The field picker on the mapping's row at `index` (0-based, in the file's column order). */
  fieldAt(index: number): Locator {
    return this.rows.nth(index).getByTestId('mapping-field-select')
  }

  field(column: string): Locator {
    return this.row(column).getByTestId('mapping-field-select')
  }

  reason(column: string): Locator {
    return this.row(column).getByTestId('mapping-reason')
  }
}

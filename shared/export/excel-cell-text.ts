// What Excel keeps of a cell's text, so a value sent out in a fix sheet and returned untouched is recognised
// as untouched: Excel holds at most 32,767 characters per cell and may store a line break as LF alone.

/** The most characters Excel holds in one cell; it cannot open a file with a longer one without repairing it. */
export const EXCEL_MAX_CELL_CHARS = 32_767

/** `text` cut to what one Excel cell holds (never splitting a surrogate pair). */
export function excelCellText(text: string): string {
  if (text.length <= EXCEL_MAX_CELL_CHARS) return text
  const cut = text.slice(0, EXCEL_MAX_CELL_CHARS)
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut
}

/**
 * True when `returned` is what a round trip through Excel makes of `sent` without anyone editing it: the same
 * text, up to CRLF stored as LF and the cut at Excel's cell limit. Any other difference is a real edit.
 */
export function unchangedByRoundTrip(sent: string, returned: string): boolean {
  if (sent === returned) return true
  return lineFeeds(excelCellText(sent)) === lineFeeds(returned)
}

const lineFeeds = (text: string): string => text.replace(/\r\n/g, '\n')

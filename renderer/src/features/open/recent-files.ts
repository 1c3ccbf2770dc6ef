// How a recent file is described in the start screen's list.
import type { OpenOptions } from '../../../../shared/files/open-file'
import { formatDateTime } from '../../format'
import { t } from '../../i18n'

const DELIMITER_WORDS: Record<string, string> = {
  ',': 'open.sep.comma',
  ';': 'open.sep.semicolon',
  '\t': 'open.sep.tab',
  '|': 'open.sep.pipe',
}

/** The options a recent file reopens with, in words ('' when everything is detected). */
export function describeSavedOptions(options: OpenOptions): string {
  const parts: string[] = []
  if (options.sheet !== undefined) parts.push(t('open.savedSheet', { sheet: options.sheet }))
  if (options.encoding !== undefined) parts.push(options.encoding.toUpperCase())
  if (options.delimiter !== undefined) {
    const words = DELIMITER_WORDS[options.delimiter]
    parts.push(words ? t(words) : t('open.sep.other', { delimiter: options.delimiter }))
  }
  if (options.headerRow !== undefined) parts.push(t('open.savedHeaderRow', { row: options.headerRow }))
  return parts.join(' · ')
}

/** "Mar 2, 2025, 2:05 PM" in the app's language; the raw text when it is not a date. */
export function formatOpenedAt(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return formatDateTime(date)
}

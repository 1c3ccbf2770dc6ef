// How a recent file is described in the start screen's list.
import type { OpenOptions } from '../../../../shared/files/open-file'

const DELIMITER_WORDS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }

/** The options a recent file reopens with, in words ('' when everything is detected). */
export function describeSavedOptions(options: OpenOptions): string {
  const parts: string[] = []
  if (options.sheet !== undefined) parts.push(`sheet “${options.sheet}”`)
  if (options.encoding !== undefined) parts.push(options.encoding.toUpperCase())
  if (options.delimiter !== undefined) parts.push(`${DELIMITER_WORDS[options.delimiter] ?? options.delimiter} separated`)
  if (options.headerRow !== undefined) parts.push(`header on row ${options.headerRow}`)
  return parts.join(' · ')
}

/** "2 Mar 2025, 14:05" in the user's locale; the raw text when it is not a date. */
export function formatOpenedAt(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

// The row id a fix sheet carries for each row: `R<table row id>-<check letter>`. The check letter (a weighted
// sum of the digits, mod 11) makes an id that was mistyped, filled down or retyped fail to parse, so a client's
// edit to the id column is reported instead of landing the row's corrections on another row.
import { z } from 'zod'

/** Eleven letters for the eleven remainders; no I, which reads like a 1. */
const CHECK_LETTERS = 'ABCDEFGHJKL'
/** Row ids index Uint32 arrays (a table's source rows), so they never exceed this. */
const MAX_ROW_ID = 0xffff_ffff
const ID_TEXT = /^R(0|[1-9]\d{0,9})-([A-HJ-L])$/

// Weights 1..10 from the right are all non-zero mod 11 and differ by one between neighbours, so any single
// wrong digit and any swap of two adjacent digits changes the letter.
function checkLetter(digits: string): string {
  let sum = 0
  for (let i = 0; i < digits.length; i++) sum += Number(digits[digits.length - 1 - i]) * (i + 1)
  return CHECK_LETTERS[sum % 11]!
}

/**
 * The text shown in a fix sheet's id column for a table's 0-based row id, e.g. `R41-K`.
 * Throws for a value that is not a row id (a programmer error).
 */
export function fixRowIdText(rowId: number): string {
  if (!Number.isSafeInteger(rowId) || rowId < 0 || rowId > MAX_ROW_ID) throw new Error(`not a row id: ${rowId}`)
  const digits = String(rowId)
  return `R${digits}-${checkLetter(digits)}`
}

/**
 * Parses the text of a fix sheet's id cell back to the table's row id. Surrounding spaces and letter case are
 * forgiven (Excel's autocorrect may change case); anything else that was changed fails with a message.
 */
export const FixRowIdSchema = z.string().transform((text, ctx) => {
  const match = ID_TEXT.exec(text.trim().toUpperCase())
  const rowId = match ? Number(match[1]) : Number.NaN
  if (!match || rowId > MAX_ROW_ID || checkLetter(match[1]!) !== match[2]) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a row id Preflight wrote` })
    return z.NEVER
  }
  return rowId
})

// What a normaliser knows about the column a cell is in. Some decisions are per column, never per cell:
// the decimal separator and the day/month order come from evidence across the column (or the user).
import type { SelectOption } from '../model/workspace-model'
import type { CellIssue, CellResult } from './cell-result'
import type { TargetKind } from './targets'

export type DateOrder = 'dmy' | 'mdy' | 'ymd'

export type DecimalEvidence = 'dot' | 'comma' | 'mixed' | 'ambiguous' | 'none'

export interface ColumnContext {
  readonly kind: TargetKind
  /** The decimal separator decided for the column ('.' when there is no evidence either way). */
  readonly decimalSeparator: '.' | ','
  /**
   * For number and amount columns, what the column's own values say about the separator: they prove a
   * decimal point or comma, they prove both (`mixed`), they hold only numbers that read either way
   * (`ambiguous`: settled by the file's other columns when those agree, shared/check/file-decimal.ts), or
   * nothing (`none`: whole numbers without separators).
   */
  readonly decimalEvidence?: DecimalEvidence
  /** Day/month order for slashed or dotted dates; null when the column gave no evidence (and nobody chose). */
  readonly dateOrder: DateOrder | null
  /** ISO 3166 alpha-2 country to read national phone numbers in, when no row country says otherwise. */
  readonly defaultCountry: string | null
  /** SELECT / MULTI_SELECT options of the target field. */
  readonly options: readonly SelectOption[]
  /** Boolean columns written as `x` or blank: blank means false there, and nowhere else. */
  readonly blankIsFalse: boolean
  /** IANA zone date-times without an offset are read in (CheckSettings.timeZone); absent: this computer's. */
  readonly timeZone?: string
}

/** Values from other columns of the same row that a cell may depend on. */
export interface RowContext {
  /** The row's country (from a mapped country column), as written: a name or an ISO code. */
  readonly country?: string | null
  /**
   * The row's cell in the phone's own country column (PHONES primaryPhoneCountryCode), as written: Twenty stores
   * it with the number, so national numbers are read in it and an international number must agree with it.
   */
  readonly phoneCountry?: string
  /** The row's cell in the phone's number column (PHONES primaryPhoneNumber), as written. */
  readonly phoneNumber?: string
  /**
   * For a relation key column after the relation's first: the row's cells in its id column and earlier key
   * columns, trimmed and joined ('' when all are empty: the row then connects by this column's key).
   */
  readonly relationKeyBefore?: string
}

/** A finding about a whole column, reported once (e.g. DATE_AMBIGUOUS), with the evidence behind it. */
export interface ColumnIssue extends CellIssue {
  /** A few of the column's values that show the problem. */
  readonly evidence: readonly string[]
}

export type Normalizer = (raw: string, context: ColumnContext, row?: RowContext) => CellResult

/** Settings a user (or the CLI) gives for a file; they override column evidence. */
export interface CheckSettings {
  readonly dateOrder?: 'dmy' | 'mdy'
  /** ISO 3166 alpha-2. */
  readonly defaultCountry?: string
  /**
   * IANA time zone (`Europe/Berlin`) that date-times written without an offset are read in; absent: this
   * computer's (Intl's resolved zone). Values with `Z` or an offset keep theirs; DATE fields are not affected.
   */
  readonly timeZone?: string
  /**
   * The decimal separator the file's other number columns prove (they agree): it settles a column whose own
   * values read either way (`1.250`). Set by the check itself (shared/check/file-decimal.ts), not by users.
   */
  readonly fileDecimalSeparator?: '.' | ','
}

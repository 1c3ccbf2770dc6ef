// Every issue and fix code the scalar normalisers and analyzeColumn emit. Codes are stable forever: users
// filter on them and saved reports name them. Add new codes; never rename or reuse one.

/** Issue codes (CellIssue.code / ColumnIssue.code). Column-level codes are marked. */
export const ISSUE = {
  NUMBER_INVALID: 'NUMBER_INVALID',
  NUMBER_ABBREVIATED: 'NUMBER_ABBREVIATED',
  NUMBER_CURRENCY_REMOVED: 'NUMBER_CURRENCY_REMOVED',
  NUMBER_SEPARATOR_MISMATCH: 'NUMBER_SEPARATOR_MISMATCH',
  NUMBER_LEADING_ZERO: 'NUMBER_LEADING_ZERO',
  NUMBER_PRECISION_LOST: 'NUMBER_PRECISION_LOST',
  /** Column: only values like `1.200` or `1,234`, which read differently with either decimal separator. */
  NUMBER_SEPARATOR_AMBIGUOUS: 'NUMBER_SEPARATOR_AMBIGUOUS',
  /** Column: some values prove a decimal comma, others a decimal point. */
  NUMBER_SEPARATOR_CONFLICT: 'NUMBER_SEPARATOR_CONFLICT',
  /** Column: `40%` (read as 0.4) next to plain numbers above 1 (`60`). */
  NUMBER_PERCENT_SCALE_MIXED: 'NUMBER_PERCENT_SCALE_MIXED',
  BOOLEAN_INVALID: 'BOOLEAN_INVALID',
  DATE_INVALID: 'DATE_INVALID',
  DATE_INCOMPLETE: 'DATE_INCOMPLETE',
  DATE_WEEKDAY_MISMATCH: 'DATE_WEEKDAY_MISMATCH',
  /** Column: day/month order unproven; ambiguous values read in a documented default order. */
  DATE_AMBIGUOUS: 'DATE_AMBIGUOUS',
  /** Column: values prove both orders, or contradict the order chosen in the settings. */
  DATE_ORDER_CONFLICT: 'DATE_ORDER_CONFLICT',
  /** Column: date-times without an offset, read in the file's time zone. */
  DATETIME_NO_TIMEZONE: 'DATETIME_NO_TIMEZONE',
  /** Column: dates without a time in a date-time field, stored as midnight in the file's time zone. */
  DATETIME_DATE_ONLY: 'DATETIME_DATE_ONLY',
  /** A local date-time the file's time zone skipped (clocks forward): read as after the change. */
  DATETIME_NONEXISTENT: 'DATETIME_NONEXISTENT',
  /** A local date-time the file's time zone lived twice (clocks back): read as the first. */
  DATETIME_AMBIGUOUS: 'DATETIME_AMBIGUOUS',
  UUID_INVALID: 'UUID_INVALID',
  /** A UUID of a version Twenty refuses in a UUID field (not 1-5, or a variant other than 8/9/a/b; the nil UUID). */
  UUID_VERSION_UNSUPPORTED: 'UUID_VERSION_UNSUPPORTED',
  /** A record's own `id` that is not a version 4 UUID (Twenty refuses v7, v1... and the nil UUID as ids). */
  RECORD_ID_NOT_V4: 'RECORD_ID_NOT_V4',
  JSON_INVALID: 'JSON_INVALID',
  JSON_SCALAR: 'JSON_SCALAR',
  /** A bare number, boolean, or text that is not JSON itself: Twenty refuses it in a RAW_JSON field. */
  JSON_SCALAR_REFUSED: 'JSON_SCALAR_REFUSED',
  ARRAY_INVALID: 'ARRAY_INVALID',
  RATING_INVALID: 'RATING_INVALID',
  SELECT_UNKNOWN_OPTION: 'SELECT_UNKNOWN_OPTION',
  SELECT_AMBIGUOUS_OPTION: 'SELECT_AMBIGUOUS_OPTION',
  MULTI_SELECT_UNKNOWN_OPTION: 'MULTI_SELECT_UNKNOWN_OPTION',
  CURRENCY_AMOUNT_INVALID: 'CURRENCY_AMOUNT_INVALID',
  CURRENCY_AMOUNT_ABBREVIATED: 'CURRENCY_AMOUNT_ABBREVIATED',
  CURRENCY_AMOUNT_PRECISION_LOST: 'CURRENCY_AMOUNT_PRECISION_LOST',
  CURRENCY_CODE_MISSING: 'CURRENCY_CODE_MISSING',
  CURRENCY_CODE_UNKNOWN: 'CURRENCY_CODE_UNKNOWN',
  CURRENCY_CODE_NOT_IN_TWENTY: 'CURRENCY_CODE_NOT_IN_TWENTY',
  CURRENCY_CODE_CONFLICT: 'CURRENCY_CODE_CONFLICT',
  /** Cell error for `kr`; column warning for `$` and `¥` (read as USD / JPY unless a country says otherwise). */
  CURRENCY_SYMBOL_AMBIGUOUS: 'CURRENCY_SYMBOL_AMBIGUOUS',
} as const

/** Fix codes (CellFix.code): safe changes that were applied. */
export const FIX = {
  TEXT_TRIMMED: 'TEXT_TRIMMED',
  TEXT_INVISIBLE_REMOVED: 'TEXT_INVISIBLE_REMOVED',
  TEXT_SPACES_NORMALISED: 'TEXT_SPACES_NORMALISED',
  TEXT_EXPORT_MARKER_REMOVED: 'TEXT_EXPORT_MARKER_REMOVED',
  NUMBER_REFORMATTED: 'NUMBER_REFORMATTED',
  NUMBER_PERCENT_CONVERTED: 'NUMBER_PERCENT_CONVERTED',
  BOOLEAN_MAPPED: 'BOOLEAN_MAPPED',
  BOOLEAN_BLANK_FALSE: 'BOOLEAN_BLANK_FALSE',
  DATE_REFORMATTED: 'DATE_REFORMATTED',
  DATE_SERIAL_CONVERTED: 'DATE_SERIAL_CONVERTED',
  DATE_TIME_DROPPED: 'DATE_TIME_DROPPED',
  DATE_YEAR_EXPANDED: 'DATE_YEAR_EXPANDED',
  DATETIME_REFORMATTED: 'DATETIME_REFORMATTED',
  UUID_LOWERCASED: 'UUID_LOWERCASED',
  UUID_WRAPPER_REMOVED: 'UUID_WRAPPER_REMOVED',
  UUID_DASHES_ADDED: 'UUID_DASHES_ADDED',
  RATING_MAPPED: 'RATING_MAPPED',
  SELECT_LABEL_MAPPED: 'SELECT_LABEL_MAPPED',
  LIST_SPLIT: 'LIST_SPLIT',
  LIST_ITEM_UNQUOTED: 'LIST_ITEM_UNQUOTED',
  LIST_DUPLICATE_REMOVED: 'LIST_DUPLICATE_REMOVED',
  ARRAY_ITEMS_STRINGIFIED: 'ARRAY_ITEMS_STRINGIFIED',
  CURRENCY_AMOUNT_REFORMATTED: 'CURRENCY_AMOUNT_REFORMATTED',
  CURRENCY_CODE_UPPERCASED: 'CURRENCY_CODE_UPPERCASED',
  CURRENCY_SYMBOL_MAPPED: 'CURRENCY_SYMBOL_MAPPED',
  CURRENCY_MARKER_REMOVED: 'CURRENCY_MARKER_REMOVED',
} as const

export type ScalarIssueCode = (typeof ISSUE)[keyof typeof ISSUE]
export type ScalarFixCode = (typeof FIX)[keyof typeof FIX]

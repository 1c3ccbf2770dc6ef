// Number and size formatting for what the user reads. A fixed locale keeps "12,345" stable on every machine.
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

/** 12345 -> "12,345". */
export function formatCount(value: number): string {
  return integer.format(value)
}

/** 12345 -> "12,345 rows"; 1 -> "1 row". */
export function formatRows(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'row' : 'rows'}`
}

/** 1536 -> "1.5 KB"; binary units, one decimal above KB. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return unit === 0 ? `${formatCount(value)} ${units[0]}` : `${value.toFixed(1)} ${units[unit]}`
}

/** The last segment of a Windows or POSIX path. */
export function fileNameOf(path: string): string {
  const parts = path.split(/[\\/]/)
  return parts[parts.length - 1] || path
}

/** Time left as a push shows it: "40 s left", "12 min left"; empty while unknown. */
export function formatEta(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return ''
  return seconds < 90 ? `${Math.ceil(seconds)} s left` : `${Math.ceil(seconds / 60)} min left`
}

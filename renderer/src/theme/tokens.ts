// The app's design tokens, each written once: the palette, the font stack and the type sizes. The window's
// sheet (base.css) and every component read them as CSS custom properties (`--pf-<name>`, from the camelCase
// key) that applyTokens puts on the document root before the app mounts; the grid's theme
// (features/grid/grid-theme.ts) reads the same values, so a colour changed here changes everywhere.

/** The palette. Light only (`colorScheme`). */
export const colors = {
  bg: '#ffffff',
  surface: '#f6f8fa',
  hover: '#eef1f4',
  track: '#e4e8ec',
  border: '#d8dee4',
  borderStrong: '#c3cbd3',
  text: '#1f2328',
  muted: '#5d6670',
  accent: '#2f5bd3',
  accentHover: '#264bb3',
  accentSoft: '#eef3fd',
  /** Text and icons on an accent, error or warning fill. */
  onAccent: '#ffffff',
  warnBg: '#fff8e6',
  warnBorder: '#f0dfae',
  warnText: '#6b4d00',
  errorBg: '#fdf0ef',
  errorBorder: '#f2c8c4',
  errorText: '#a4221a',
  /** A failure said inline (a failed step, a refused row), not in a banner. */
  danger: '#b42318',
  /** A success said inline (connected, saved, matched). */
  success: '#1a7f37',
  /** A value the check changed or only guessed at, in the cell detail. */
  caution: '#8a5a00',
  /** The badge of something stored and working (a saved key, a passed test). */
  okBg: '#eefaf1',
  okBorder: '#b7dfc3',
  okText: '#1d6b35',
  /** Cell and issue marks by state: the bar beside a cell or an issue, and a marked cell's fill. */
  markError: '#d1242f',
  markWarning: '#d4a72c',
  markFixed: '#2da44e',
  cellErrorBg: '#fdecec',
  cellWarningBg: '#fff6dd',
  /** Every other grid row. */
  stripe: '#fbfcfd',
} as const

export type ColorToken = keyof typeof colors

/** The system's own UI font on each platform. */
export const SYSTEM_FONT: readonly string[] = [
  'system-ui',
  '-apple-system',
  'Segoe UI',
  'Roboto',
  'Helvetica Neue',
  'Arial',
  'sans-serif',
]

/** Type sizes in px: body text, and controls, notes and the grid. */
export const fontSizes = { base: 14, small: 13 } as const

export const colorScheme = 'light'

/** `accentHover` -> `--pf-accent-hover`. */
export function cssVariableName(token: string): string {
  return `--pf-${token.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`
}

/** The font stack as CSS writes it: names with a space quoted. */
export function cssFontFamily(fonts: readonly string[]): string {
  return fonts.map((font) => (font.includes(' ') ? `'${font}'` : font)).join(', ')
}

/** Every token as a CSS custom property and its value. */
export function tokenProperties(): Record<string, string> {
  const properties: Record<string, string> = {}
  for (const [token, value] of Object.entries(colors)) properties[cssVariableName(token)] = value
  properties['--pf-font'] = cssFontFamily(SYSTEM_FONT)
  properties['--pf-font-size'] = `${fontSizes.base}px`
  properties['--pf-font-size-small'] = `${fontSizes.small}px`
  return properties
}

/** Puts the tokens on `root` (the document element), where every sheet's `var(--pf-…)` finds them. */
export function applyTokens(root: { readonly style: Pick<CSSStyleDeclaration, 'setProperty'> }): void {
  for (const [name, value] of Object.entries(tokenProperties())) root.style.setProperty(name, value)
  root.style.setProperty('color-scheme', colorScheme)
}

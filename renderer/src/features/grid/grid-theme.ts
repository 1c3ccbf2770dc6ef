// The grid's look through AG Grid's Theming API: Quartz with the app's palette and the system font.
import { themeQuartz } from 'ag-grid-community'

export const SYSTEM_FONT = [
  'system-ui',
  '-apple-system',
  'Segoe UI',
  'Roboto',
  'Helvetica Neue',
  'Arial',
  'sans-serif',
]

export const gridTheme = themeQuartz.withParams({
  accentColor: '#2f5bd3',
  foregroundColor: '#1f2328',
  backgroundColor: '#ffffff',
  borderColor: '#d8dee4',
  chromeBackgroundColor: '#f6f8fa',
  headerBackgroundColor: '#f6f8fa',
  oddRowBackgroundColor: '#fbfcfd',
  fontFamily: SYSTEM_FONT,
  fontSize: 13,
  headerFontWeight: 600,
  spacing: 6,
  rowHeight: 30,
  headerHeight: 34,
  wrapperBorder: false,
  wrapperBorderRadius: 0,
  browserColorScheme: 'light',
})

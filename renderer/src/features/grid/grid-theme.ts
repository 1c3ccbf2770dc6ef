// The grid's look through AG Grid's Theming API: Quartz with the app's design tokens (theme/tokens.ts), the
// same palette and font the rest of the window reads as CSS custom properties.
import { themeQuartz } from 'ag-grid-community'
import { colorScheme, colors, fontSizes, SYSTEM_FONT } from '../../theme/tokens'

export const gridTheme = themeQuartz.withParams({
  accentColor: colors.accent,
  foregroundColor: colors.text,
  backgroundColor: colors.bg,
  borderColor: colors.border,
  chromeBackgroundColor: colors.surface,
  headerBackgroundColor: colors.surface,
  oddRowBackgroundColor: colors.stripe,
  fontFamily: [...SYSTEM_FONT],
  fontSize: fontSizes.small,
  headerFontWeight: 600,
  spacing: 6,
  rowHeight: 30,
  headerHeight: 34,
  wrapperBorder: false,
  wrapperBorderRadius: 0,
  browserColorScheme: colorScheme,
})

import { describe, expect, it } from 'vitest'
import { applyTokens, colors, cssFontFamily, cssVariableName, SYSTEM_FONT, tokenProperties } from './tokens'

describe('design tokens', () => {
  it('names each token as the --pf-* custom property the sheets read', () => {
    expect(cssVariableName('bg')).toBe('--pf-bg')
    expect(cssVariableName('accentHover')).toBe('--pf-accent-hover')
    expect(cssVariableName('borderStrong')).toBe('--pf-border-strong')
  })

  it('writes the font stack as CSS does, names with a space quoted', () => {
    expect(cssFontFamily(SYSTEM_FONT)).toBe("system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif")
  })

  it('gives every colour a property with its value, and the font and sizes', () => {
    const properties = tokenProperties()
    expect(properties['--pf-accent']).toBe(colors.accent)
    expect(properties['--pf-warn-text']).toBe('#6b4d00')
    expect(properties['--pf-font-size']).toBe('14px')
    expect(properties['--pf-font-size-small']).toBe('13px')
    expect(Object.keys(properties).filter((name) => name.startsWith('--pf-')).length).toBe(Object.keys(colors).length + 3)
  })

  it('puts the properties and the light colour scheme on the root it is given', () => {
    const set = new Map<string, string>()
    applyTokens({ style: { setProperty: (name: string, value: string | null) => void set.set(name, value ?? '') } })
    expect(set.get('--pf-bg')).toBe('#ffffff')
    expect(set.get('--pf-font')).toBe(cssFontFamily(SYSTEM_FONT))
    expect(set.get('color-scheme')).toBe('light')
  })
})

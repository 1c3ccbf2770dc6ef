import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyTokens, colors, cssFontFamily, cssVariableName, SYSTEM_FONT, tokenProperties } from './tokens'

/** Every .vue and .css file under the renderer's source. */
function sheets(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sheets(path)
    return /\.(vue|css)$/.test(name) ? [path] : []
  })
}

describe('design tokens', () => {
  it('names each token as the --pf-* custom property the sheets read', () => {
    expect(cssVariableName('bg')).toBe('--pf-bg')
    expect(cssVariableName('accentHover')).toBe('--pf-accent-hover')
    expect(cssVariableName('borderStrong')).toBe('--pf-border-strong')
  })

  it('writes the font stack as CSS does, names with a space quoted', () => {
    expect(cssFontFamily(SYSTEM_FONT)).toBe(
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    )
  })

  it('gives every colour a property with its value, and the font and sizes', () => {
    const properties = tokenProperties()
    expect(properties['--pf-accent']).toBe(colors.accent)
    expect(properties['--pf-warn-text']).toBe('#6b4d00')
    expect(properties['--pf-font-size']).toBe('14px')
    expect(properties['--pf-font-size-small']).toBe('13px')
    expect(Object.keys(properties).filter((name) => name.startsWith('--pf-')).length).toBe(
      Object.keys(colors).length + 3,
    )
  })

  it('puts the properties and the light colour scheme on the root it is given', () => {
    const set = new Map<string, string>()
    applyTokens({ style: { setProperty: (name: string, value: string | null) => void set.set(name, value ?? '') } })
    expect(set.get('--pf-bg')).toBe('#ffffff')
    expect(set.get('--pf-font')).toBe(cssFontFamily(SYSTEM_FONT))
    expect(set.get('color-scheme')).toBe('light')
  })

  it('defines every --pf-* property a component or sheet reads', () => {
    const defined = new Set(Object.keys(tokenProperties()))
    const undefinedNames = sheets(join(import.meta.dirname, '..')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/var\((--pf-[a-z0-9-]+)/g)]
        .map((match) => match[1]!)
        .filter((name) => !defined.has(name))
        .map((name) => `${file}: ${name}`),
    )
    expect(undefinedNames).toEqual([])
  })
})

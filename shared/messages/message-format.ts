// Renders a message of the message files (renderer/src/locales/<language>.json) outside vue-i18n: in the check's
// threads, in main (the fix sheet) and in the CLI. The syntax is the subset of vue-i18n's the message files use:
// `{name}` is a parameter, `{'text'}` is literal text (how `@`, `|` and braces are written), and ` | ` separates
// plural forms, chosen by the parameter `n` with the language's plural rule.
// Invariant: for every message of every file, the result equals vue-i18n's (renderer/src/locales/locales.test.ts).
import { pluralIndex, type Language } from './languages'

export type MessageParams = Readonly<Record<string, string | number>>

type Part = string | { readonly param: string }
type Compiled = readonly (readonly Part[])[]

const compiled = new Map<string, Compiled>()
const TOKEN = /\{'([^']*)'\}|\{(\w+)\}/g

function compileForm(form: string): Part[] {
  const parts: Part[] = []
  let text = ''
  let last = 0
  for (const match of form.matchAll(TOKEN)) {
    text += form.slice(last, match.index)
    if (match[1] !== undefined) text += match[1]
    else {
      if (text !== '') parts.push(text)
      text = ''
      parts.push({ param: match[2]! })
    }
    last = match.index + match[0].length
  }
  text += form.slice(last)
  if (text !== '') parts.push(text)
  return parts
}

/** Plural forms are separated by ` | ` outside literals; a message without one has one form. */
function compile(message: string): Compiled {
  let done = compiled.get(message)
  if (done === undefined) {
    const forms: string[] = []
    let start = 0
    const literals = [...message.matchAll(/\{'[^']*'\}/g)].map((m) => [m.index, m.index + m[0].length] as const)
    for (let at = message.indexOf(' | '); at >= 0; at = message.indexOf(' | ', at + 1)) {
      if (literals.some(([from, to]) => at >= from && at < to)) continue
      forms.push(message.slice(start, at))
      start = at + 3
    }
    forms.push(message.slice(start))
    done = forms.map(compileForm)
    compiled.set(message, done)
  }
  return done
}

/** `message` with its parameters filled from `params` (a missing one is left as `{name}`). */
export function formatMessage(message: string, params: MessageParams, language: Language): string {
  const forms = compile(message)
  const count = params['n']
  const form =
    forms.length === 1
      ? forms[0]!
      : forms[pluralIndex(language, typeof count === 'number' ? count : Number(count ?? 0), forms.length)]!
  let out = ''
  for (const part of form) {
    if (typeof part === 'string') out += part
    else {
      const value = params[part.param]
      out += value === undefined ? `{${part.param}}` : String(value)
    }
  }
  return out
}

import { describe, it } from 'vitest'
import { normalizeFullName, normalizeNamePart } from './full-name'
import { check, label, type Case } from './contact-cases.test-support'

function name(
  raw: string,
  firstName: string,
  lastName: string,
  issues: readonly string[] = [],
  fixes: readonly string[] = [],
): Case {
  const parts = { firstName, lastName }
  return { raw, value: parts, parts, issues, fixes }
}

const NAMES: readonly Case[] = [
  // legacy-contacts.xls full names and people-us.csv people
  name('Ada Lovelace', 'Ada', 'Lovelace'),
  name('Charles Babbage', 'Charles', 'Babbage'),
  name('Grace Hopper', 'Grace', 'Hopper'),
  name('Tim Berners-Lee', 'Tim', 'Berners-Lee'),
  name('Lovelace, Ada', 'Ada', 'Lovelace', [], ['NAME_REORDERED']),
  name('Berners-Lee,Tim', 'Tim', 'Berners-Lee', [], ['NAME_REORDERED']),
  name('Dr. Ada Lovelace', 'Ada', 'Lovelace', [], ['NAME_TITLE_REMOVED']),
  name('Prof. Dr. Edsger Dijkstra', 'Edsger', 'Dijkstra', [], ['NAME_TITLE_REMOVED']),
  name('Mrs Grace Hopper', 'Grace', 'Hopper', [], ['NAME_TITLE_REMOVED']),
  name('Herr Dipl.-Ing. Konrad Zuse', 'Konrad', 'Zuse', [], ['NAME_TITLE_REMOVED']),
  name('Mme Marie Curie', 'Marie', 'Curie', [], ['NAME_TITLE_REMOVED']),
  name('Barbara Liskov PhD', 'Barbara', 'Liskov', [], ['NAME_TITLE_REMOVED']),
  name('Liskov, Barbara, Ph.D.', 'Barbara', 'Liskov', [], ['NAME_TITLE_REMOVED', 'NAME_REORDERED']),
  name('Lovelace, Dr. Ada', 'Ada', 'Lovelace', [], ['NAME_TITLE_REMOVED', 'NAME_REORDERED']),
  name('Ada King Lovelace', 'Ada', 'King Lovelace', ['NAME_SPLIT_GUESSED']),
  name('Katherine Coleman Goble Johnson', 'Katherine', 'Coleman Goble Johnson', ['NAME_SPLIT_GUESSED']),
  name('Ludwig van Beethoven', 'Ludwig', 'van Beethoven'),
  name('Charles de Gaulle', 'Charles', 'de Gaulle'),
  name('Vincent van Gogh', 'Vincent', 'van Gogh'),
  name('Johann Wolfgang von Goethe', 'Johann Wolfgang', 'von Goethe'),
  name('Leonardo da Vinci', 'Leonardo', 'da Vinci'),
  name('Robert De Niro', 'Robert', 'De Niro'),
  name('Maria dos Santos', 'Maria', 'dos Santos'),
  name('Jean de la Fontaine', 'Jean', 'de la Fontaine'),
  name('Ursula von der Leyen', 'Ursula', 'von der Leyen'),
  name('J. R. R. Tolkien', 'J. R. R.', 'Tolkien'),
  name('John F. Kennedy', 'John F.', 'Kennedy'),
  name('Martin Luther King Jr.', 'Martin', 'Luther King Jr.', ['NAME_SPLIT_GUESSED']),
  name('King, Martin Luther, Jr.', 'Martin Luther', 'King Jr.', [], ['NAME_REORDERED']),
  name('Sammy Davis Jr.', 'Sammy', 'Davis Jr.'),
  name('LOVELACE Ada', 'Ada', 'LOVELACE', ['NAME_SPLIT_GUESSED']),
  name('DE GAULLE Charles', 'Charles', 'DE GAULLE', ['NAME_SPLIT_GUESSED']),
  name('ADA LOVELACE', 'ADA', 'LOVELACE'),
  name('Plato', 'Plato', '', ['NAME_SINGLE_WORD']),
  name('Dr. Who', 'Who', '', ['NAME_SINGLE_WORD'], ['NAME_TITLE_REMOVED']),
  name('Madonna', 'Madonna', '', ['NAME_SINGLE_WORD']),
  name('  Ada   Lovelace ', 'Ada', 'Lovelace', [], ['WHITESPACE_TRIMMED', 'WHITESPACE_COLLAPSED']),
  name('Søren Kierkegaard', 'Søren', 'Kierkegaard'),
  name('José María Aznar', 'José', 'María Aznar', ['NAME_SPLIT_GUESSED']),
  name('Yo-Yo Ma', 'Yo-Yo', 'Ma'),
]

describe('normalizeFullName', () => {
  it.each(NAMES.map((c) => [label(c), c] as const))('%s', (_, c) => {
    check(normalizeFullName, 'fullName', c)
  })
})

const PARTS: readonly Case[] = [
  { raw: 'Ada', value: 'Ada' },
  { raw: ' Ada ', value: 'Ada', fixes: ['WHITESPACE_TRIMMED'] },
  { raw: 'van  Beethoven', value: 'van Beethoven', fixes: ['WHITESPACE_COLLAPSED'] },
  { raw: '', value: null },
]

describe('normalizeNamePart', () => {
  it.each(PARTS.map((c) => [label(c), c] as const))('%s', (_, c) => {
    check(normalizeNamePart, 'firstName', c)
  })
})

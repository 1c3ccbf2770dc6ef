// Month and weekday names in en, de, fr, es, it, nl and pt, full and abbreviated, folded (lower case, no accents).
// Invariant: no spelling maps to two different months; weekday spellings that are also months (`mar`, French
// and Spanish for Tuesday) are only found with `orMonth`.
import { foldKey } from './wording'

const MONTH_SPELLINGS: readonly (readonly string[])[] = [
  [
    'january',
    'jan',
    'januar',
    'janner',
    'jan',
    'janvier',
    'janv',
    'enero',
    'ene',
    'gennaio',
    'gen',
    'januari',
    'janeiro',
  ],
  ['february', 'feb', 'februar', 'feber', 'fevrier', 'fevr', 'fev', 'febrero', 'febbraio', 'februari', 'fevereiro'],
  ['march', 'mar', 'marz', 'maerz', 'mrz', 'mars', 'marzo', 'maart', 'mrt', 'marco'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set', 'settembre', 'setembro'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'decembre', 'diciembre', 'dic', 'dicembre', 'dezembro'],
]

const WEEKDAY_SPELLINGS: readonly (readonly string[])[] = [
  ['sunday', 'sun', 'sonntag', 'so', 'dimanche', 'dim', 'domingo', 'dom', 'domenica', 'zondag', 'zo'],
  [
    'monday',
    'mon',
    'montag',
    'mo',
    'lundi',
    'lun',
    'lunes',
    'lunedi',
    'maandag',
    'ma',
    'segunda',
    'segunda-feira',
    'seg',
  ],
  [
    'tuesday',
    'tue',
    'tues',
    'dienstag',
    'di',
    'mardi',
    'mar',
    'martes',
    'martedi',
    'dinsdag',
    'terca',
    'terca-feira',
    'ter',
  ],
  [
    'wednesday',
    'wed',
    'mittwoch',
    'mi',
    'mercredi',
    'mer',
    'miercoles',
    'mie',
    'mercoledi',
    'woensdag',
    'wo',
    'quarta',
    'quarta-feira',
    'qua',
  ],
  [
    'thursday',
    'thu',
    'thur',
    'thurs',
    'donnerstag',
    'do',
    'jeudi',
    'jeu',
    'jueves',
    'jue',
    'giovedi',
    'gio',
    'donderdag',
    'quinta',
    'quinta-feira',
    'qui',
  ],
  [
    'friday',
    'fri',
    'freitag',
    'fr',
    'vendredi',
    'ven',
    'viernes',
    'vie',
    'venerdi',
    'vrijdag',
    'vr',
    'sexta',
    'sexta-feira',
    'sex',
  ],
  ['saturday', 'sat', 'samstag', 'sonnabend', 'sa', 'samedi', 'sam', 'sabado', 'sabato', 'sab', 'zaterdag', 'za'],
]

function buildMonths(): ReadonlyMap<string, number> {
  const map = new Map<string, number>()
  MONTH_SPELLINGS.forEach((spellings, index) => {
    for (const spelling of spellings) {
      const known = map.get(spelling)
      if (known !== undefined && known !== index + 1) throw new Error(`Month spelling ${spelling} names two months`)
      map.set(spelling, index + 1)
    }
  })
  return map
}

function buildWeekdays(): ReadonlyMap<string, number> {
  const map = new Map<string, number>()
  WEEKDAY_SPELLINGS.forEach((spellings, index) => {
    for (const spelling of spellings) map.set(spelling, index)
  })
  return map
}

const MONTHS = buildMonths()
const TRAILING_DOT = /\.$/
const WEEKDAYS = buildWeekdays()

/** 1-12 for a month name or abbreviation in any supported language (`März`, `mars`, `Sept.`), else undefined. */
export function monthNumber(word: string): number | undefined {
  return monthOfKey(foldKey(word))
}

/** monthNumber for a word already folded with foldKey. */
export function monthOfKey(folded: string): number | undefined {
  return MONTHS.get(folded.replace(TRAILING_DOT, ''))
}

/**
 * 0 (Sunday) - 6 for a weekday name or abbreviation, else undefined. Spellings that are also months count only
 * with `orMonth` (for a word before a full date, where the month is elsewhere).
 */
export function weekdayNumber(word: string, orMonth = false): number | undefined {
  return weekdayOfKey(foldKey(word), orMonth)
}

/** weekdayNumber for a word already folded with foldKey. */
export function weekdayOfKey(folded: string, orMonth = false): number | undefined {
  const key = folded.replace(TRAILING_DOT, '')
  return !orMonth && MONTHS.has(key) ? undefined : WEEKDAYS.get(key)
}

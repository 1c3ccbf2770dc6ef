// The contact fields' issues and fixes in other languages: real normaliser results worded through the message
// files (shared/messages/catalogues.ts), so a key the files lack or a param a message misses fails here.
import { describe, expect, it } from 'vitest'
import type { CellResult } from '../cell-result'
import type { RowContext } from '../column-context'
import { issueIn, fixIn } from '../../messages/catalogues'
import { LANGUAGES } from '../../messages/languages'
import { contactNormalizers, normalizeAddressCountry, type ContactKind } from './index'
import { contextFor } from './contact-cases.test-support'

function read(kind: ContactKind, raw: string, country: string | null = null, row?: RowContext): CellResult {
  return contactNormalizers[kind](raw, contextFor(kind, country), row)
}

describe('contact messages in German and Russian', () => {
  it('word an email typo and a bad domain', () => {
    const typo = read('email', 'ada@gmial.com').issues[0]!
    expect(issueIn(typo, 'de')).toBe(
      "'ada@gmial.com' sieht nach einem Tippfehler für 'ada@gmail.com' aus. Prüfen Sie die Adresse und übernehmen Sie den Vorschlag, wenn er stimmt.",
    )
    expect(issueIn(typo, 'ru')).toBe(
      "'ada@gmial.com' похоже на опечатку в 'ada@gmail.com'. Проверьте адрес и примите предложение, если оно верно.",
    )
    const domain = read('email', 'ada@x_y.com').issues[0]!
    expect(domain.key).toBe('EMAIL_INVALID.hostChar')
    expect(issueIn(domain, 'de')).toBe(
      "Die Domain 'x_y.com' in 'ada@x_y.com' enthält das Zeichen '_', das in einer Domain nicht erlaubt ist. Klären Sie die Adresse mit dem Kunden.",
    )
  })

  it('count addresses and digits with each language’s plural forms', () => {
    const several = read('email', 'a@b.com, c@d.com, e@f.com, g@h.com, i@j.com').issues[0]!
    expect(issueIn(several, 'ru')).toMatch(/^В '.*' 5 адресов email, а это поле принимает один\./)
    const digits = read('phone', '0301234567891234567890', 'DE').issues[0]!
    expect(issueIn(digits, 'ru')).toBe(
      "В '0301234567891234567890' 22 цифры — больше, чем в любом номере телефона. Исправьте его или очистите ячейку.",
    )
    expect(issueIn(digits, 'de')).toBe(
      "'0301234567891234567890' hat 22 Ziffern, mehr als jede Telefonnummer. Korrigieren Sie sie oder leeren Sie die Zelle.",
    )
  })

  it('word phone fixes and warnings with the number’s parts', () => {
    const result = read('phone', '030 1234567 x12', 'DE')
    expect(fixIn(result.fixes[0]!, 'de')).toBe(
      "'030 1234567 x12' als Nummer 301234567, Land DE, Ländervorwahl +49 geschrieben.",
    )
    expect(issueIn(result.issues[0]!, 'ru')).toBe(
      "В Twenty негде хранить добавочный номер: '030 1234567 x12' импортируется как +49 301234567 без добавочного 12. Если он важен, запишите его в другом месте (в заметке или текстовом поле).",
    )
    const noCountry = read('phone', '0301234567', null, { country: 'Narnia' }).issues[0]!
    expect(issueIn(noCountry, 'de')).toContain("das Land der Zeile, 'Narnia', erkennt Preflight nicht")
  })

  it('word a list error with its JSON example, and a cleaned cell', () => {
    const list = read('phoneList', '[{"x":1}]', 'DE').issues[0]!
    expect(issueIn(list, 'de')).toBe(
      `'[{"x":1}]' ist eine JSON-Liste, aber ein Eintrag hat kein "number". Schreiben Sie sie als [{"number":"612345678","countryCode":"FR","callingCode":"+33"}].`,
    )
    expect(fixIn(read('email', ' ada@x.io').fixes[0]!, 'ru')).toBe(
      'Удалены пробелы или невидимые символы вокруг значения.',
    )
  })

  it('word name fixes by the number of titles removed', () => {
    const fixes = read('fullName', 'Prof. Dr. Ada Lovelace, PhD').fixes
    expect(fixes[0]!.key).toBe('NAME_TITLE_REMOVED.three')
    expect(fixIn(fixes[0]!, 'ru')).toBe(
      "Из 'Prof. Dr. Ada Lovelace, PhD' удалены 'PhD', 'Prof.' и 'Dr.': в Twenty нет поля для титулов.",
    )
  })

  it('word link and domain rewrites by the set of changes made', () => {
    const link = read('link', 'HTTP://X.COM:80/').fixes[0]!
    expect(link.key).toBe('LINK_NORMALISED.schemeCasePortSlash')
    expect(fixIn(link, 'de')).toBe(
      "'HTTP://X.COM:80/' als 'http://x.com' geschrieben: Schema kleingeschrieben, Domain kleingeschrieben, Standardport :80 entfernt, abschließenden / entfernt, wie Twenty es tut.",
    )
    const domain = read('domain', 'http://www.Acme.com/about').fixes[0]!
    expect(domain.key).toBe('DOMAIN_CANONICALISED.replacedCaseWwwPath')
    expect(fixIn(domain, 'ru')).toBe(
      "'http://www.Acme.com/about' записано как 'https://acme.com' ('http://' заменено на 'https://', переведено в нижний регистр, удалено 'www.', удалено '/about' после домена) — в такой форме Twenty сравнивает домены компаний.",
    )
    // A rare change set (here a port) keeps its English words only.
    expect(read('domain', 'acme.com:8080').fixes[0]!.key).toBeUndefined()
  })

  it('render every worded message of many cells in every language, with all its params', () => {
    const cells: [ContactKind, string, string | null][] = [
      ['email', 'ADA@X.IO', null],
      ['email', 'jörg@x.de', null],
      ['email', 'a b@x.com', null],
      ['email', 'ada(at)x.com', null],
      ['email', '"Ada" <ada@x.io>', null],
      ['email', 'ada@x,com', null],
      ['email', 'ada@münchen.de', null],
      ['email', 'a@x.c0m', null],
      ['emailList', '["a@x.com", 3]', null],
      ['emailList', 'a@x.com; a@x.com', null],
      ['emailList', '[', null],
      ['phone', '+800 1234 5678', null],
      ['phone', '+49 1234', null],
      ['phone', '12', 'DE'],
      ['phone', '030 1234567 / 0171 7654321', 'DE'],
      ['phoneCountry', '+33', null],
      ['phoneCountry', 'Narnia', null],
      ['phoneCallingCode', 'Germany', null],
      ['phoneCallingCode', '999', null],
      ['link', 'ftp://x.com', null],
      ['link', 'http://u:p@x.com', null],
      ['link', 'x.com y.com', null],
      ['link', 'https://-x.com', null],
      ['linkList', '[{"nourl":1}]', null],
      ['linkList', 'x.com, x.com', null],
      ['domain', 'x.com y.com', null],
      ['domain', 'ada@acme.com', null],
      ['domain', 'https://x', null],
      ['domain', 'ACME.com/', null],
      ['link', 'WWW.X.COM/a/', null],
      ['fullName', 'LOVELACE Ada', null],
      ['fullName', 'Ada King Lovelace', null],
      ['fullName', 'Lovelace, Ada', null],
      ['fullName', 'Ada', null],
      ['address', 'Königsallee 12, 40212 Düsseldorf, Deutschland', null],
      ['address', 'somewhere', null],
    ]
    const results = cells.map(([kind, raw, country]) => read(kind, raw, country))
    results.push(
      normalizeAddressCountry('Narnia', contextFor('addressPart'), undefined),
      normalizeAddressCountry('DE', contextFor('addressPart'), undefined),
    )
    let worded = 0
    for (const result of results) {
      for (const item of [...result.issues, ...result.fixes]) {
        expect(item.key, item.message).toBeDefined()
        worded++
        for (const language of LANGUAGES) {
          const text = 'severity' in item ? issueIn(item, language) : fixIn(item, language)
          expect(text, `${item.key} in ${language}`).not.toMatch(/\{\w+\}/)
          if (language === 'en') expect(text).toBe(item.message)
          else expect(text, `${item.key} in ${language}`).not.toBe(item.message)
        }
      }
    }
    expect(worded).toBeGreaterThan(30)
  })
})

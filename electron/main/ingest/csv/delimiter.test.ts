import { describe, expect, it } from 'vitest'
import { countFields, detectDelimiter, fallbackDelimiter } from './delimiter'

const utf8 = (text: string) => new TextEncoder().encode(text)
const detect = (text: string, complete = true, fallback: ',' | '\t' = ',') =>
  detectDelimiter(utf8(text), complete, fallback)

describe('countFields', () => {
  it('counts fields per non-empty record, ignoring delimiters and line breaks inside quotes', () => {
    expect(countFields(utf8('a,b,c\r\n\r\n"x,y","1\n2",""""\n"a""b,c",d\n'), 0x2c, 50, true)).toEqual([3, 3, 2])
  })
  it('leaves out a last record cut off by the end of a partial sample', () => {
    expect(countFields(utf8('a,b\n1,2\n3,'), 0x2c, 50, false)).toEqual([2, 2])
    expect(countFields(utf8('a,b\n1,2\n3,'), 0x2c, 50, true)).toEqual([2, 2, 2])
  })
  it('stops after the records it was asked for', () => {
    expect(countFields(utf8('a\nb\nc\nd\n'), 0x2c, 2, true)).toEqual([1, 1])
  })
})

describe('detectDelimiter', () => {
  it('finds each candidate in a plain file', () => {
    expect(detect('a,b,c\n1,2,3\n')).toBe(',')
    expect(detect('a;b;c\n1;2;3\n')).toBe(';')
    expect(detect('a\tb\tc\n1\t2\t3\n')).toBe('\t')
    expect(detect('a|b|c\n1|2|3\n')).toBe('|')
  })
  it('prefers the consistent split over one that merely splits more', () => {
    const euro = 'Firma;Umsatz;Ort\nMüller;1.234,56 €;Köln\nSchmidt;2,5 Mio.;Bonn\nWeber;700,00;Ulm, Donau\n'
    expect(detect(euro)).toBe(';')
  })
  it('prefers more fields among consistent candidates', () => {
    expect(detect('a;b,c,d\n1;2,3,4\n5;6,7,8\n')).toBe(',')
  })
  it('is not fooled by delimiters inside quotes', () => {
    expect(detect('name,notes\n"Ada","a;b;c;d"\n"Alan","x;y;z;w"\n')).toBe(',')
  })
  it('tolerates title rows above the header', () => {
    expect(detect('Export 2026\n\nid;name;city\n1;a;b\n2;c;d\n3;e;f\n4;g;h\n5;i;j\n6;k;l\n7;m;n\n')).toBe(';')
  })
  it('falls back when nothing splits the records, and on ties', () => {
    expect(detect('email\na@b.c\n')).toBe(',')
    expect(detect('email\na@b.c\n', true, '\t')).toBe('\t')
    expect(detect('a,b\tc\n1,2\t3\n', true, '\t')).toBe('\t')
  })
})

describe('fallbackDelimiter', () => {
  it('is a tab for .tsv files and a comma otherwise', () => {
    expect(fallbackDelimiter('export.TSV')).toBe('\t')
    expect(fallbackDelimiter('export.csv')).toBe(',')
    expect(fallbackDelimiter('export.txt')).toBe(',')
  })
})

import { describe, expect, it } from 'vitest'
import { LinkIndex } from './link-index'

describe('LinkIndex', () => {
  it('finds a row by source key, a Salesforce id in either length', () => {
    const index = new LinkIndex('salesforce')
    index.add(0, '001A0000006Vm9rIAC', 'Acme')
    index.add(1, '001A0000006Vm9s', 'Globex')
    expect(index.find('key', '001A0000006Vm9r')).toEqual({ kind: 'found', row: 0 })
    expect(index.find('key', '001A0000006Vm9sIAC')).toEqual({ kind: 'found', row: 1 })
    expect(index.find('key', '001A0000006Vm9sAAA')).toEqual({ kind: 'missing' }) // wrong checksum: not that id
    expect(index.find('key', ' 001A0000006Vm9s ')).toEqual({ kind: 'found', row: 1 })
    expect(index.find('key', '001000000000000')).toEqual({ kind: 'missing' })
  })

  it('finds by name only when exactly one row has it (Pipedrive)', () => {
    const index = new LinkIndex('pipedrive')
    index.add(0, '1', 'Acme')
    index.add(1, '2', 'Initech')
    index.add(2, '3', 'initech ')
    expect(index.find('name', 'ACME')).toEqual({ kind: 'found', row: 0 })
    expect(index.find('name', 'Initech')).toEqual({ kind: 'ambiguous', rows: [1, 2] })
    expect(index.find('name', 'Hooli')).toEqual({ kind: 'missing' })
    expect(index.share('name', ['Acme', 'Initech', 'Hooli', 'acme'])).toBe(0.75)
  })
})

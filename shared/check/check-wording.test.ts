// The check's own issues (mapping issues, relation keys, relations the project or workspace lacks) worded from the
// message files: the English as before, and other languages from the same key and params.
import { describe, expect, it } from 'vitest'
import { issueIn } from '../messages/catalogues'
import { DEFAULT_MODEL } from '../model/default-model'
import { findTarget, listTargets } from '../model/list-targets'
import { findObject, type FieldModel, type ObjectModel, type WorkspaceModel } from '../model/workspace-model'
import { tableFromRows } from '../table/table-from-rows'
import { checkTable, type MappedColumn } from './check-table'
import { markProjectRelations } from './project-relations'
import { relationKeyIssues, resolveMapping } from './resolve-mapping'

const people = listTargets(findObject(DEFAULT_MODEL, 'person')!, DEFAULT_MODEL)
const opportunities = listTargets(findObject(DEFAULT_MODEL, 'opportunities')!, DEFAULT_MODEL)
const DOMAINS = {
  object: 'company',
  field: 'domainName',
  subfield: 'primaryLinkUrl',
  values: new Set(['https://acme.com']),
}

function relationIssues(files: string[], workspace: boolean) {
  const table = tableFromRows(['Company site'], [['nowhere.io']])
  const check = checkTable(
    table,
    [{ column: 0, name: 'Company site', target: findTarget(people, 'company.domainName.primaryLinkUrl')! }],
    { settings: {} },
  )
  const asked = new Set(['https://nowhere.io'])
  markProjectRelations(check, [
    { ...DOMAINS, files, workspace: workspace ? { name: 'Acme CRM', asked, found: new Set<string>() } : null },
  ])
  return [...check.cellIssues].map((i) => i.issue)
}

function field(spec: Pick<FieldModel, 'name' | 'label' | 'type'> & Partial<FieldModel>): FieldModel {
  return {
    isNullable: true,
    isUnique: false,
    isSystem: false,
    isCustom: true,
    isActive: true,
    defaultValue: null,
    options: [],
    relation: null,
    settings: {},
    ...spec,
  }
}
const object = (nameSingular: string, fields: FieldModel[]): ObjectModel => ({
  nameSingular,
  namePlural: `${nameSingular}s`,
  labelSingular: nameSingular,
  labelPlural: `${nameSingular}s`,
  isCustom: true,
  fields,
})
const model: WorkspaceModel = {
  objects: [
    object('store', [
      field({ name: 'id', label: 'Id', type: 'UUID', isSystem: true, isUnique: true }),
      field({ name: 'storeCode', label: 'Store code', type: 'TEXT', isUnique: true }),
      field({ name: 'storeNumber', label: 'Store number', type: 'NUMBER', isUnique: true }),
      field({ name: 'hotline', label: 'Hotline', type: 'PHONES', isUnique: true }),
    ]),
    object('order', [
      field({
        name: 'store',
        label: 'Store',
        type: 'RELATION',
        relation: { type: 'MANY_TO_ONE', targetObject: 'store', joinColumn: 'storeId' },
      }),
    ]),
  ],
}
const orders = listTargets(model.objects[1]!, model)
const mapped = (paths: string[]): MappedColumn[] =>
  paths.map((path, column) => ({ column, name: `col ${column}`, target: findTarget(orders, path)! }))

describe('the check’s issues in other languages', () => {
  it('words relations the project or the workspace lacks, for no file, one file and several', () => {
    const [none] = relationIssues([], true)
    expect(none!.message).toBe(
      'No company with this domain name in Acme CRM: the push would refuse this row. Correct the value, or add the company first.',
    )
    expect(issueIn(none!, 'de')).toBe(
      'Kein Datensatz „company“ mit diesem Wert in „domain name“ in Acme CRM: Die Übertragung würde diese Zeile ablehnen. Korrigieren Sie den Wert oder legen Sie zuerst den Datensatz „company“ an.',
    )
    const [several] = relationIssues(['a.csv', 'b.csv', 'c.csv'], false)
    expect(several!.message).toBe(
      "No company in the project's files a.csv, b.csv and c.csv has this domain name: it must already be in the workspace, or the push will refuse this row.",
    )
    expect(issueIn(several!, 'ru')).toBe(
      'В файлах проекта a.csv, b.csv и c.csv нет записи «company» с таким значением поля «domain name»: она должна уже быть в пространстве, иначе отправка отклонит эту строку.',
    )
    const [missing] = relationIssues(['a.csv', 'b.csv'], true)
    expect(missing!.message).toBe(
      "No company with this domain name in Acme CRM or in the project's files a.csv and b.csv: the push would refuse this row. Correct the value, or add the company first.",
    )
  })

  it('words the mapping issues in German, the English unchanged', () => {
    const { issues } = resolveMapping({
      headers: ['Amount', 'Extra'],
      samples: [[], []],
      targets: opportunities,
      objectName: 'opportunities',
      file: { object: 'opportunities', columns: { Amount: 'amount.amountMicros', Extra: 'nope', Ghost: 'name' } },
    })
    expect(issues.map((issue) => issue.message)).toEqual([
      'The mapping file sends "Extra" to "nope", which is not an importable field of opportunities.',
      'The mapping file names a column "ghost" that this file does not have.',
      '"Amount" goes to Amount / Amount, but no column gives its currency: Twenty needs both, or the amounts are stored without a currency. Map a column with the currency code (EUR, USD...).',
    ])
    expect(issues.map((issue) => issueIn(issue, 'de'))).toEqual([
      'Die Zuordnungsdatei schickt „Extra“ an „nope“, das kein importierbares Feld von opportunities ist.',
      'Die Zuordnungsdatei nennt eine Spalte „ghost“, die diese Datei nicht hat.',
      '„Amount“ geht an Amount / Amount, aber keine Spalte nennt die Währung: Twenty braucht beides, sonst werden die Beträge ohne Währung gespeichert. Ordnen Sie eine Spalte mit dem Währungscode zu (EUR, USD...).',
    ])
    const required = resolveMapping({
      headers: [],
      samples: [],
      targets: people.map((t) => (t.path === 'jobTitle' ? { ...t, required: true } : t)),
      objectName: 'people',
    }).issues
    expect(required.map((issue) => [issue.message, issueIn(issue, 'ru')])).toEqual([
      [
        'Job Title is required in Twenty, and no column is mapped to it.',
        'Job Title обязательно в Twenty, но ни один столбец с ним не сопоставлен.',
      ],
    ])
  })

  it('words relation keys Twenty refuses in German and Russian', () => {
    const [mixed] = relationKeyIssues(mapped(['store.storeCode', 'store.hotline.primaryPhoneNumber']))
    expect(mixed!.message).toBe(
      '"col 0" links Store by Store code and "col 1" by Hotline: Twenty refuses a batch whose rows link one relation by different kinds of key, so rows that name it only by "col 1" are kept out (RELATION_KEYS_MIXED on their cells). Keep one of the two columns (set the other to Do not import), or map a column of ids.',
    )
    expect(issueIn(mixed!, 'de')).toMatch(/^„col 0“ verknüpft Store über Store code und „col 1“ über Hotline: /)
    const notText = checkTable(tableFromRows(['n'], [['42 ']]), mapped(['store.storeNumber']), { settings: {} })
    const [number] = [...notText.cellIssues].map((i) => i.issue)
    const label = number!.params!['field']
    expect(number!.message).toBe(
      `“42” in ${label} names the record by Store number, a field whose values are not text, and Twenty links records only by text values (an id, an email, a domain, a text field). Map this column to Do not import, and link Store by its id or by a unique text field instead.`,
    )
    expect(issueIn(number!, 'ru')).toContain('Выберите для этого столбца «Не импортировать» и связывайте Store по id')
    const rows = checkTable(
      tableFromRows(
        ['Code', 'Hotline'],
        [
          ['S-1', '+44 20 7946 0958'],
          ['', '+44 20 7946 0959'],
        ],
      ),
      mapped(['store.storeCode', 'store.hotline.primaryPhoneNumber']),
      { settings: {} },
    )
    const [row] = [...rows.cellIssues].map((i) => i.issue)
    expect(row!.message).toBe(
      'This row names its Store only by Hotline (“+44 20 7946 0959”), while the file links Store by another key mapped before this column, which is empty here: Twenty refuses a batch that links one relation by different kinds of key. Fill that column in this row, or map only one key column for Store.',
    )
    expect(issueIn(row!, 'de')).toBe(
      'Diese Zeile nennt Store nur über Hotline („+44 20 7946 0959“), während die Datei Store über einen anderen, vor dieser Spalte zugeordneten Schlüssel verknüpft, der hier leer ist: Twenty lehnt einen Stapel ab, der eine Beziehung über verschiedene Arten von Schlüssel verknüpft. Füllen Sie diese Spalte in dieser Zeile oder ordnen Sie für Store nur eine Schlüsselspalte zu.',
    )
  })
})

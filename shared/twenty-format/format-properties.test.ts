// Properties over random records of every importable target: the API record validates against the contract
// schemas, and the import CSV, read back and converted the way Twenty's import converts cells, gives the record.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CellResult, JsonValue } from '../fields/cell-result'
import type { FieldTarget, TargetKind } from '../fields/targets'
import { fixtureModel } from '../model/fixture-model.test-support'
import { DEFAULT_MODEL } from '../model/default-model'
import { isImportableField, listTargets, uniqueFieldsOf } from '../model/list-targets'
import type { FieldModel, ObjectModel, WorkspaceModel } from '../model/workspace-model'
import { readCsv } from './read-csv.test-support'
import { apiRecordSchema } from './api-shapes'
import { assembleRecord, toAmountMicros, type RecordDraft } from './assemble-record'
import { writeImportCsv } from './import-csv-columns'
import { toApiRecord } from './to-api-record'

/** Contract 6.2's subfield labels, kept apart from the code under test on purpose. */
const LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  CURRENCY: { amountMicros: 'Amount', currencyCode: 'Currency' },
  EMAILS: { primaryEmail: 'Primary Email', additionalEmails: 'Additional Emails' },
  LINKS: { primaryLinkUrl: 'Link URL', primaryLinkLabel: 'Link Label', secondaryLinks: 'Secondary Links' },
  PHONES: {
    primaryPhoneNumber: 'Primary Phone Number',
    primaryPhoneCountryCode: 'Primary Phone Country Code',
    primaryPhoneCallingCode: 'Primary Phone Calling Code',
    additionalPhones: 'Additional Phones',
  },
  FULL_NAME: { firstName: 'First Name', lastName: 'Last Name' },
  ADDRESS: {
    addressStreet1: 'Address 1',
    addressStreet2: 'Address 2',
    addressCity: 'City',
    addressState: 'State',
    addressCountry: 'Country',
    addressPostcode: 'Post Code',
  },
  RICH_TEXT_V2: { markdown: 'Markdown' },
}
const JSON_SUBFIELDS = new Set(['additionalEmails', 'additionalPhones', 'secondaryLinks'])

const text = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 5 }),
      fc.constantFrom(',', '"', '\n', '\r\n', ' ', ';', '=1+2', '+33', 'é'),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join(''))
const email = fc.emailAddress().map((e) => e.toLowerCase())
const url = fc.webUrl()
const digits = fc.stringMatching(/^[1-9]\d{5,11}$/)
const country = fc.constantFrom(['US', '+1'], ['FR', '+33'], ['DE', '+49'], ['GB', '+44'])
const phoneParts = fc.tuple(digits, country).map(([number, [code, calling]]) => ({
  primaryPhoneNumber: number,
  primaryPhoneCountryCode: code,
  primaryPhoneCallingCode: calling,
}))
const major = fc.integer({ min: -1e15, max: 1e15 }).map((micros) => micros / 1e6)
const currencyCode = fc.constantFrom('EUR', 'USD', 'CHF', 'JPY')
const date = fc.date({
  min: new Date('1900-01-01T00:00:00Z'),
  max: new Date('2199-12-31T23:59:59Z'),
  noInvalidDate: true,
})
const json = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as JsonValue)

function ok(value: JsonValue, parts?: Readonly<Record<string, JsonValue>>): CellResult {
  return parts === undefined ? { value, issues: [], fixes: [] } : { value, parts, issues: [], fixes: [] }
}

function valueOf(kind: TargetKind, field: FieldModel): fc.Arbitrary<CellResult> {
  const values = field.options.map((o) => o.value)
  switch (kind) {
    case 'text':
    case 'richText':
    case 'firstName':
    case 'lastName':
    case 'linkLabel':
    case 'addressPart':
      return text.map((v) => ok(v))
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => ok(n + 0))
    case 'boolean':
      return fc.boolean().map((b) => ok(b))
    case 'date':
      return date.map((d) => ok(d.toISOString().slice(0, 10)))
    case 'dateTime':
      return date.map((d) => ok(d.toISOString()))
    case 'uuid':
      return fc.uuid().map((u) => ok(u))
    case 'json':
      return json.map((v) => ok(v))
    case 'array':
      return fc.array(text, { maxLength: 3 }).map((a) => ok(a))
    case 'rating':
      return fc.constantFrom('RATING_1', 'RATING_2', 'RATING_3', 'RATING_4', 'RATING_5').map((r) => ok(r))
    case 'select':
      return fc.constantFrom(...values).map((v) => ok(v))
    case 'multiSelect':
      return fc.subarray(values).map((v) => ok(v))
    case 'currency':
      // A whole currency cell carries micros already, as the API takes them.
      return fc
        .tuple(major, currencyCode)
        .map(([amount, code]) => ok(null, { amountMicros: toAmountMicros(amount), currencyCode: code }))
    case 'currencyAmount':
      return major.map((m) => ok(m))
    case 'currencyCode':
      return currencyCode.map((c) => ok(c))
    case 'fullName':
      return fc.record({ firstName: text, lastName: text }, { requiredKeys: [] }).map((p) => ok(null, p))
    case 'email':
      return email.map((e) => ok(e))
    case 'emailList':
      return fc.array(email, { maxLength: 3 }).map((a) => ok(a))
    case 'phone':
      return phoneParts.map((p) => ok(p.primaryPhoneNumber, p))
    case 'phoneCountry':
      return country.map(([code]) => ok(code))
    case 'phoneCallingCode':
      return country.map(([, calling]) => ok(calling))
    case 'phoneList':
      return fc
        .array(
          fc
            .tuple(digits, country)
            .map(([number, [countryCode, callingCode]]) => ({ number, countryCode, callingCode })),
          { maxLength: 2 },
        )
        .map((a) => ok(a))
    case 'link':
    case 'domain':
      return url.map((u) => ok(u))
    case 'linkList':
      return fc.array(fc.record({ url, label: text }), { maxLength: 2 }).map((a) => ok(a))
    case 'address':
      return fc
        .record(
          {
            addressStreet1: text,
            addressStreet2: text,
            addressCity: text,
            addressState: text,
            addressCountry: text,
            addressPostcode: text,
          },
          { requiredKeys: [] },
        )
        .map((p) => ok(null, p))
    case 'relation':
      throw new Error('relation values come from their target kind')
  }
}

function cellOf(target: FieldTarget): fc.Arbitrary<CellResult> {
  const cell = valueOf(
    target.kind === 'relation' ? target.relation!.targetKind : target.kind,
    target.relation?.targetField ?? target.field,
  )
  return fc.oneof({ weight: 5, arbitrary: cell }, { weight: 1, arbitrary: fc.constant(ok(null)) })
}

/** A generated case names its model, object and target paths (not the objects themselves) to keep counterexamples short. */
interface Case {
  readonly source: 'fixture' | 'stock'
  readonly object: string
  readonly rows: readonly (readonly (readonly [string, CellResult])[])[]
}

const fixture = fixtureModel()
const MODELS = { fixture, stock: DEFAULT_MODEL } as const
const objects = (['fixture', 'stock'] as const).flatMap((source) =>
  MODELS[source].objects.map((o) => ({ source, object: o.nameSingular })),
)

function setup(
  source: Case['source'],
  name: string,
): { model: WorkspaceModel; object: ObjectModel; targets: FieldTarget[] } {
  const model = MODELS[source]
  const object = model.objects.find((o) => o.nameSingular === name)!
  return { model, object, targets: listTargets(object, model) }
}

const cases: fc.Arbitrary<Case> = fc.constantFrom(...objects).chain(({ source, object }) =>
  fc.shuffledSubarray(setup(source, object).targets, { minLength: 1 }).chain((targets) =>
    fc
      .array(fc.tuple(...targets.map((t) => cellOf(t).map((cell) => [t.path, cell] as const))), {
        minLength: 1,
        maxLength: 4,
      })
      .map((rows) => ({ source, object, rows })),
  ),
)

/** The targets a case maps, in its order, and the record drafts of its rows. */
function build(c: Case): { model: WorkspaceModel; object: ObjectModel; targets: FieldTarget[]; drafts: RecordDraft[] } {
  const { model, object, targets: all } = setup(c.source, c.object)
  const byPath = (path: string) => all.find((t) => t.path === path)!
  const targets = (c.rows[0] ?? []).map(([path]) => byPath(path))
  const drafts = c.rows.map((row) => assembleRecord(row.map(([path, result]) => ({ target: byPath(path), result }))))
  return { model, object, targets, drafts }
}

/** A row of Twenty's import turned into a record the way Twenty converts cells (buildRecordFromImportedStructuredRow). */
function importRow(
  header: readonly string[],
  row: readonly string[],
  object: ObjectModel,
  model: WorkspaceModel,
): Record<string, unknown> {
  const cell = (label: string): string | undefined => {
    const i = header.indexOf(label)
    return i < 0 || row[i] === '' ? undefined : row[i]
  }
  const record: Record<string, unknown> = {}
  for (const field of object.fields.filter(isImportableField)) {
    const subLabels = LABELS[field.type]
    if (subLabels !== undefined) {
      const composite: Record<string, unknown> = {}
      for (const [sub, label] of Object.entries(subLabels)) {
        const value = cell(`${field.label} / ${label}`)
        if (value === undefined) continue
        composite[sub] =
          sub === 'amountMicros' ? Math.round(Number(value) * 1e6) : JSON_SUBFIELDS.has(sub) ? JSON.parse(value) : value
      }
      if (Object.keys(composite).length > 0) record[field.name] = composite
    } else if (field.type === 'RELATION') {
      const target = model.objects.find((o) => o.nameSingular === field.relation?.targetObject)!
      const where: Record<string, unknown> = {}
      for (const unique of uniqueFieldsOf(target)) {
        const subs = LABELS[unique.type]
        if (subs === undefined) {
          const value = cell(`${field.label} / ${unique.label}`)
          if (value !== undefined) where[unique.name] = value
          continue
        }
        const sub = unique.type === 'EMAILS' ? 'primaryEmail' : 'primaryLinkUrl'
        const value = cell(`${field.label} / ${unique.label} / ${subs[sub]}`)
        if (value !== undefined) where[unique.name] = { [sub]: value }
      }
      if (Object.keys(where).length > 0) record[field.name] = { connect: { where } }
    } else {
      const value = cell(field.label)
      if (value === undefined) continue
      if (field.type === 'BOOLEAN') record[field.name] = value.toLowerCase() === 'true'
      else if (field.type === 'NUMBER' || field.type === 'NUMERIC') record[field.name] = Number(value)
      else if (field.type === 'MULTI_SELECT' || field.type === 'ARRAY' || field.type === 'RAW_JSON')
        record[field.name] = JSON.parse(value)
      else record[field.name] = value
    }
  }
  return record
}

describe('format properties (random records of every target kind)', () => {
  it('toApiRecord output validates against the API record schema of its object', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { object, drafts } = build(c)
        const schema = apiRecordSchema(object)
        for (const draft of drafts) {
          const record = toApiRecord(draft, { object })
          const check = schema.safeParse(record)
          expect(check.error?.issues, JSON.stringify(record)).toBeUndefined()
        }
      }),
      { numRuns: 400 },
    )
  })

  it('the import CSV reads back, converted as Twenty does, to the same records', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { model, object, targets, drafts } = build(c)
        const [header, ...rows] = readCsv(writeImportCsv(targets, drafts))
        expect(rows).toHaveLength(drafts.length)
        rows.forEach((row, i) => {
          expect(importRow(header!, row, object, model)).toEqual(JSON.parse(JSON.stringify(drafts[i])))
        })
      }),
      { numRuns: 400 },
    )
  })
})

// Zod schemas of the JSON Twenty's record API takes and returns (contract sections 3 and 4): one per field
// value shape, a per-object record schema for POST /rest/batch/{plural}, and the response/error bodies.
// Invariant: apiRecordSchema accepts exactly what toApiRecord may produce for that object, and nothing never-sent.
import { z } from 'zod'
import { isImportableField } from '../model/list-targets'
import type { FieldModel, ObjectModel } from '../model/workspace-model'

/** Records per batch request that every server version accepts (QUERY_MAX_RECORDS before Sept. 2025). */
export const DEFAULT_BATCH_SIZE = 60
/** QUERY_MAX_RECORDS on current servers: more records in one request fail with TOO_MANY_RECORDS_TO_UPDATE. */
export const QUERY_MAX_RECORDS = 200

/** Any 8-4-4-4-12 hex UUID (Twenty does not insist on an RFC variant). */
export const UuidSchema = z.guid()
/** DATE: a plain `YYYY-MM-DD`. */
export const PlainDateSchema = z.iso.date()
/** DATE_TIME: an ISO-8601 instant with an offset or `Z`. */
export const DateTimeSchema = z.iso.datetime({ offset: true })
export const RatingSchema = z.enum(['RATING_1', 'RATING_2', 'RATING_3', 'RATING_4', 'RATING_5'])
/** ISO 4217, upper case. */
export const CurrencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as EUR')
/** Upper-case ISO 3166 alpha-2. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166 alpha-2 code such as FR')
export const CallingCodeSchema = z.string().regex(/^\+\d{1,4}$/, 'expected a calling code such as +33')
/** Unique matching is exact, so a primary email is sent lower case (as Twenty's own import does). */
export const PrimaryEmailSchema = z
  .string()
  .min(3)
  .refine((v) => v === v.toLowerCase(), 'expected a lower-case email')

/** CURRENCY: `{ amountMicros, currencyCode }`. */
export const CurrencyValueSchema = z.strictObject({
  /** Amount x 1,000,000, an integer. */
  amountMicros: z.int().nullable().optional(),
  currencyCode: CurrencyCodeSchema.nullable().optional(),
})
/** FULL_NAME: `{ firstName, lastName }`. */
export const FullNameValueSchema = z.strictObject({ firstName: z.string().optional(), lastName: z.string().optional() })
/** EMAILS: `{ primaryEmail, additionalEmails }`. */
export const EmailsValueSchema = z.strictObject({
  primaryEmail: PrimaryEmailSchema.optional(),
  additionalEmails: z.array(z.string()).nullable().optional(),
})
/** One entry of PHONES additionalPhones. */
export const AdditionalPhoneSchema = z.strictObject({
  number: z.string(),
  countryCode: z.string(),
  callingCode: z.string(),
})
/** PHONES: the three primary subfields (a number needs its calling code) and additionalPhones. */
export const PhonesValueSchema = z
  .strictObject({
    /** National significant digits, no calling code. */
    primaryPhoneNumber: z.string().regex(/^\d+$/, 'expected national digits only').optional(),
    primaryPhoneCountryCode: CountryCodeSchema.optional(),
    primaryPhoneCallingCode: CallingCodeSchema.optional(),
    additionalPhones: z.array(AdditionalPhoneSchema).nullable().optional(),
  })
  .refine((p) => p.primaryPhoneNumber === undefined || p.primaryPhoneCallingCode !== undefined, {
    message: 'a primary phone number needs its calling code (the server requires it)',
  })
/** One entry of LINKS secondaryLinks. */
export const SecondaryLinkSchema = z.strictObject({ url: z.string(), label: z.string().nullable() })
/** LINKS: `{ primaryLinkUrl, primaryLinkLabel, secondaryLinks }`. */
export const LinksValueSchema = z.strictObject({
  primaryLinkUrl: z.string().optional(),
  primaryLinkLabel: z.string().optional(),
  secondaryLinks: z.array(SecondaryLinkSchema).nullable().optional(),
})
/** ADDRESS: street, city, state, country and post code strings; lat/lng numbers. */
export const AddressValueSchema = z.strictObject({
  addressStreet1: z.string().optional(),
  addressStreet2: z.string().optional(),
  addressCity: z.string().optional(),
  addressState: z.string().optional(),
  addressCountry: z.string().optional(),
  addressPostcode: z.string().optional(),
  addressLat: z.number().nullable().optional(),
  addressLng: z.number().nullable().optional(),
})
/** RICH_TEXT (new) / RICH_TEXT_V2: `{ markdown, blocknote }`; Preflight sends markdown only. */
export const RichTextValueSchema = z.strictObject({
  markdown: z.string().optional(),
  blocknote: z.string().nullable().optional(),
})
/** Very old servers' singular LINK type. */
export const LegacyLinkValueSchema = z.strictObject({ url: z.string().optional(), label: z.string().optional() })

/** A MANY_TO_ONE relation set by a unique field of its target: `{ connect: { where: { emails: { primaryEmail } } } }`. */
export const ConnectValueSchema = z.strictObject({
  connect: z.strictObject({
    where: z
      .record(z.string(), z.union([z.string(), z.number(), z.record(z.string(), z.string())]))
      .refine((w) => Object.keys(w).length > 0, 'connect.where names no unique field'),
  }),
})

function optionValueSchema(field: FieldModel): z.ZodType<string> {
  const values = field.options.map((o) => o.value)
  if (values.length === 0) return z.string()
  return z.string().refine((v) => values.includes(v), `expected one of ${values.join(', ')}`)
}

/** The schema of one field's value in a record sent to Twenty; z.never() for fields never written. */
export function apiFieldValueSchema(field: FieldModel): z.ZodType {
  switch (field.type) {
    case 'TEXT':
    case 'EMAIL':
    case 'PHONE':
      return z.string()
    case 'RICH_TEXT':
      return z.union([z.string(), RichTextValueSchema])
    case 'RICH_TEXT_V2':
      return RichTextValueSchema
    case 'UUID':
      return UuidSchema
    case 'NUMBER':
      return z.number()
    case 'NUMERIC':
      return z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)])
    case 'BOOLEAN':
      return z.boolean()
    case 'DATE':
      return PlainDateSchema
    case 'DATE_TIME':
      return DateTimeSchema
    case 'SELECT':
      return optionValueSchema(field)
    case 'MULTI_SELECT':
      return z.array(optionValueSchema(field))
    case 'RATING':
      return RatingSchema
    case 'ARRAY':
      return z.array(z.string())
    case 'RAW_JSON':
      return z.json()
    case 'CURRENCY':
      return CurrencyValueSchema
    case 'FULL_NAME':
      return FullNameValueSchema
    case 'EMAILS':
      return EmailsValueSchema
    case 'PHONES':
      return PhonesValueSchema
    case 'LINKS':
      return LinksValueSchema
    case 'ADDRESS':
      return AddressValueSchema
    case 'LINK':
      return LegacyLinkValueSchema
    case 'RELATION':
      return field.relation?.type === 'MANY_TO_ONE' ? ConnectValueSchema : z.never()
    case 'ACTOR':
    case 'FILES':
    case 'MORPH_RELATION':
    case 'POSITION':
    case 'TS_VECTOR':
      return z.never()
  }
}

/**
 * The schema of one record of `object` as sent to POST /rest/batch/{plural}: every importable field optional,
 * plus `<relation>Id` join columns; anything else (deletedAt, createdBy, position, unknown keys) is rejected,
 * and so is a relation given both as a join column and as a connect.
 */
export function apiRecordSchema(object: ObjectModel): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodOptional<z.ZodType>> = {}
  const relations: { name: string; joinColumn: string }[] = []
  for (const field of object.fields) {
    if (!isImportableField(field)) continue
    shape[field.name] = apiFieldValueSchema(field).optional()
    if (field.relation?.type === 'MANY_TO_ONE') {
      shape[field.relation.joinColumn] = UuidSchema.optional()
      relations.push({ name: field.name, joinColumn: field.relation.joinColumn })
    }
  }
  return z.strictObject(shape).superRefine((record, ctx) => {
    for (const r of relations) {
      if (record[r.name] !== undefined && record[r.joinColumn] !== undefined) {
        const message = `${r.name} is given both as ${r.joinColumn} and as a connect`
        ctx.addIssue({ code: 'custom', path: [r.name], message })
      }
    }
  })
}

/** The body of POST /rest/batch/{plural}: a bare, non-empty array of at most QUERY_MAX_RECORDS records. */
export function batchCreateBodySchema(object: ObjectModel): z.ZodType<Record<string, unknown>[]> {
  return z.array(apiRecordSchema(object)).min(1).max(QUERY_MAX_RECORDS)
}

/** A created or upserted record as returned: at least its id. */
export const CreatedRecordSchema = z.looseObject({ id: UuidSchema })

/** 201 body of a batch create: `{ data: { <createPeople | people>: [...] } }`, whatever the key. */
export const BatchCreateResponseSchema = z
  .object({ data: z.record(z.string(), z.unknown()) })
  .transform((body, ctx) => {
    const lists = Object.values(body.data).filter(Array.isArray)
    if (lists.length !== 1) {
      ctx.addIssue({ code: 'custom', message: 'expected exactly one array of records under data' })
      return z.NEVER
    }
    return lists[0]
  })
  .pipe(z.array(CreatedRecordSchema))

/** REST error body: `{ statusCode, error, messages: [..], code? }`. */
export const RestErrorBodySchema = z.looseObject({
  statusCode: z.number(),
  error: z.string().optional(),
  messages: z.array(z.string()),
  code: z.string().optional(),
})

/** GraphQL error body: `{ errors: [{ message, extensions: { code } }] }`. */
export const GraphqlErrorBodySchema = z.looseObject({
  errors: z
    .array(
      z.looseObject({ message: z.string(), extensions: z.looseObject({ code: z.string().optional() }).optional() }),
    )
    .min(1),
})

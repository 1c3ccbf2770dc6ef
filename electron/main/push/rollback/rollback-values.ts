// Small helpers of the rollback: whether a record already holds the values it is to be put back to, and the
// minimal object model that lets find-existing look records up by id alone (soft-deleted ones included).
// Pure.
import type { ObjectModel } from '../../../../shared/model/workspace-model'
import { sameJson } from './rollback-previous'

type Json = Readonly<Record<string, unknown>>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/** True when `current` holds every value of `before` (a composite: every subfield `before` names). */
export function sameValues(before: Json, current: Json): boolean {
  return Object.entries(before).every(([field, value]) => {
    const held = current[field] ?? null
    if (isObject(value) && isObject(held)) return Object.entries(value).every(([sub, v]) => sameJson(v, held[sub]))
    return sameJson(value, held)
  })
}

/** An object with only its `id`: enough for findExistingMatches to look records up by id, whatever the object. */
export function idLookupModel(plural: string): ObjectModel {
  return {
    nameSingular: plural,
    namePlural: plural,
    labelSingular: plural,
    labelPlural: plural,
    isCustom: false,
    fields: [
      {
        name: 'id',
        label: 'Id',
        type: 'UUID',
        isNullable: false,
        isUnique: true,
        isSystem: true,
        isCustom: false,
        isActive: true,
        defaultValue: null,
        options: [],
        relation: null,
        settings: {},
      },
    ],
  }
}

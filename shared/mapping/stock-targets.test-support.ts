// Test helper: the targets of a stock workspace's objects, as the app lists them (listTargets over DEFAULT_MODEL).
import type { FieldTarget } from '../fields/targets'
import { DEFAULT_MODEL } from '../model/default-model'
import { listTargets } from '../model/list-targets'
import { findObject } from '../model/workspace-model'

/** Importable targets of a stock object (`people`, `companies`, `opportunities`). */
export function stockTargets(objectName: string): FieldTarget[] {
  const object = findObject(DEFAULT_MODEL, objectName)
  if (!object) throw new Error(`No stock object ${objectName}`)
  return listTargets(object, DEFAULT_MODEL)
}

/**
 * People of a workspace with custom fields: `Lead Source` (select: Web, Referral, Trade fair), `Customer Since`
 * (date), `VIP` (boolean) and `Shoe size` (number).
 */
export function customPeopleTargets(): FieldTarget[] {
  const person = findObject(DEFAULT_MODEL, 'people')!
  const custom = (
    name: string,
    label: string,
    type: 'SELECT' | 'DATE' | 'BOOLEAN' | 'NUMBER',
    options: [string, string][] = [],
  ) => ({
    ...person.fields.find((f) => f.name === 'city')!,
    name,
    label,
    type,
    isCustom: true,
    options: options.map(([value, label]) => ({ value, label })),
  })
  const fields = [
    ...person.fields,
    custom('leadSource', 'Lead Source', 'SELECT', [
      ['WEB', 'Web'],
      ['REFERRAL', 'Referral'],
      ['TRADE_FAIR', 'Trade fair'],
    ]),
    custom('customerSince', 'Customer Since', 'DATE'),
    custom('vip', 'VIP', 'BOOLEAN'),
    custom('shoeSize', 'Shoe size', 'NUMBER'),
  ]
  const object = { ...person, fields }
  return listTargets(object, { objects: DEFAULT_MODEL.objects.map((o) => (o === person ? object : o)) })
}

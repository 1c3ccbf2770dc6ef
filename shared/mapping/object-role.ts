// Which standard object a file is imported into, as the entity headers speak about, and how to name it in reasons.
import type { Entity } from './concepts'

const ROLES: Readonly<Record<string, Entity>> = {
  person: 'person',
  people: 'person',
  persons: 'person',
  company: 'company',
  companies: 'company',
  opportunity: 'opportunity',
  opportunities: 'opportunity',
  workspacemember: 'workspaceMember',
  workspacemembers: 'workspaceMember',
}

/** The entity of an object name (`people`, `Person`, `companies`...), or null for a custom object. */
export function roleOf(objectName: string): Entity | null {
  return ROLES[objectName.trim().toLowerCase()] ?? null
}

const PLURALS: Readonly<Record<Entity, string>> = {
  person: 'people',
  company: 'companies',
  opportunity: 'opportunities',
  workspaceMember: 'workspace members',
}

const SINGULARS: Readonly<Record<Entity, string>> = {
  person: 'person',
  company: 'company',
  opportunity: 'opportunity',
  workspaceMember: 'workspace member',
}

/** `people`, `companies`, or the custom object's own name, for "people have no such field". */
export function pluralName(role: Entity | null, objectName: string): string {
  return role ? PLURALS[role] : objectName
}

/** `a company`, `a person`: the owner of a property, in reasons. */
export function singularName(entity: Entity): string {
  return SINGULARS[entity]
}

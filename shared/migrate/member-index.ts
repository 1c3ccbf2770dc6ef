// The workspace's members by email and by full name, so an owner or assignee column (`Company owner`,
// `Assigned to`) finds the member it names: a value with `@` by the member's email, any other by first and last
// name (case, accents and spacing aside). A name two members share is ambiguous: reported, never guessed.
// Members are read from the workspace, never created (contract 10.14). Pure.
import { z } from 'zod'
import { nameKeyOf } from './source-ids'

/** A member as `GET /rest/workspaceMembers` answers it (what this needs of it). */
export const WorkspaceMemberSchema = z.looseObject({
  id: z.string().min(1),
  name: z.looseObject({ firstName: z.string().nullish(), lastName: z.string().nullish() }).nullish(),
  userEmail: z.string().nullish(),
})
export type WorkspaceMember = z.infer<typeof WorkspaceMemberSchema>

export type MemberLookup =
  { readonly kind: 'found'; readonly id: string } | { readonly kind: 'missing' } | { readonly kind: 'ambiguous' }

export class MemberIndex {
  private readonly byEmail = new Map<string, string[]>()
  private readonly byName = new Map<string, string[]>()

  constructor(members: readonly WorkspaceMember[]) {
    for (const member of members) {
      const email = member.userEmail?.trim().toLowerCase() ?? ''
      if (email !== '') add(this.byEmail, email, member.id)
      const name = nameKeyOf(`${member.name?.firstName ?? ''} ${member.name?.lastName ?? ''}`)
      if (name !== '') add(this.byName, name, member.id)
    }
  }

  get size(): number {
    return new Set([...this.byEmail.values(), ...this.byName.values()].flat()).size
  }

  /** The member a cell names by email or full name. */
  find(value: string): MemberLookup {
    const text = value.trim()
    const ids = text.includes('@') ? this.byEmail.get(text.toLowerCase()) : this.byName.get(nameKeyOf(text))
    if (ids === undefined) return { kind: 'missing' }
    return ids.length === 1 ? { kind: 'found', id: ids[0]! } : { kind: 'ambiguous' }
  }
}

function add(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key)
  if (ids === undefined) map.set(key, [id])
  else if (!ids.includes(id)) ids.push(id)
}

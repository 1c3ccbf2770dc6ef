// What a project remembers of a migration, per file (optional fields of the `.preflight` file, so a project
// without them reads as before): the column holding the source system's record id (the row's key in the push
// journal, `src:<value>`) and the links, columns naming rows of other files by their source id or name, resolved
// at push time to the id the named row's record got. A link's kind says what it fills: a many-to-one relation
// of the row's own record (the default), one target record per value (a note or task attached to the records
// it names: noteTarget / taskTarget, created once every file landed), or a relation to the workspace member the
// value names by full name or email (an owner, an assignee). Never values: only column names, file ids and paths.
import { z } from 'zod'

export const SOURCE_SYSTEMS = ['hubspot', 'salesforce', 'pipedrive', 'other'] as const
export type SourceSystem = (typeof SOURCE_SYSTEMS)[number]

export const FileSourceSchema = z.object({
  system: z.enum(SOURCE_SYSTEMS),
  /** The column holding the source system's record id (HubSpot `Record ID`, Salesforce `Id`, Pipedrive `ID`). */
  keyColumn: z.string().min(1).nullable(),
  /** The column holding the record's name, which other files may link by (Pipedrive's `Organization - Name`). */
  nameColumn: z.string().min(1).nullable().default(null),
})
export type FileSource = z.infer<typeof FileSourceSchema>

/** Another file, read only for its links (Salesforce's OpportunityContactRole.csv): rows `from` -> `to`. */
export const LinkViaSchema = z.object({
  /** Relative to the project file's folder when it lies beneath it, else absolute. */
  path: z.string().min(1),
  /** Its column holding this file's source ids. */
  from: z.string().min(1),
  /** Its column holding the target file's source ids. */
  to: z.string().min(1),
  /** Its column marking the row to take first (`IsPrimary`): true values first, then file order. */
  primary: z.string().min(1).optional(),
  /** Its column whose true value leaves the row out (`IsDeleted`). */
  deleted: z.string().min(1).optional(),
})
export type LinkVia = z.infer<typeof LinkViaSchema>

export const FileLinkSchema = z.object({
  /** This file's column naming the target rows (`Associated Company IDs`, `AccountId`, `Person - Organization`). */
  column: z.string().min(1),
  /** The many-to-one relation field it fills (`company`, `pointOfContact`; a target's `person`; an `accountOwner`). */
  field: z.string().min(1),
  /** The project file (its id) whose rows the values name; `workspaceMembers` for a member link. */
  target: z.string().min(1),
  /** By the target's source key, or by its name (a name must match exactly one row). */
  by: z.enum(['key', 'name']),
  /** Only values starting with this Salesforce key prefix (`001` Account, `003` Contact) go to this target. */
  prefix: z
    .string()
    .regex(/^[0-9A-Za-z]{3}$/)
    .optional(),
  /** The values come from another file instead of a column of this one (`column` is then this file's key column). */
  via: LinkViaSchema.optional(),
  /**
   * `relation` (absent: the same): `field` is a many-to-one relation of this file's object. `target`: one
   * `<object>Target` record per value (noteTarget, taskTarget), its `field` relation (`person`, `company`,
   * `opportunity`) to the named row's record, created after every file landed. `member`: the value is a workspace
   * member's full name or email (`by: 'name'`), or a user id that `via` (Salesforce's User.csv: `from` its Id, `to`
   * its Email) turns into the member's email (`by: 'key'`); `field` is a relation to workspaceMember
   * (`accountOwner`, `assignee`), `target` is `workspaceMembers` (no file).
   */
  kind: z.enum(['relation', 'target', 'member']).optional(),
})
export type FileLink = z.infer<typeof FileLinkSchema>
export type LinkKind = NonNullable<FileLink['kind']>

/** The pseudo-target of member links: the workspace's members, read at push time, never created. */
export const MEMBERS_TARGET = 'workspaceMembers'

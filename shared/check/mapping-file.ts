// The mapping file users write or save: which source header goes to which field path (null: do not import).
// Validated on load; headers it does not name are auto-mapped.
import { z } from 'zod'

export const MappingFileSchema = z.object({
  object: z.string().min(1),
  columns: z.record(z.string(), z.string().min(1).nullable()),
})
export type MappingFile = z.infer<typeof MappingFileSchema>

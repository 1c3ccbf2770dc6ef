// Mapping templates: a client's export comes back every month with the same headers, so the mapping made
// once (fields per header, the target object, the file's settings) is saved as a versioned JSON file, checked
// on load, and offered again when a file's headers match it.
import { z } from 'zod'
import { FileSettingsSchema } from '../project/project-file'

export const TEMPLATE_FORMAT = 'preflight-mapping-template'
export const TEMPLATE_VERSION = 1

export const MappingTemplateSchema = z.object({
  format: z.literal(TEMPLATE_FORMAT),
  version: z.literal(TEMPLATE_VERSION),
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  name: z.string().min(1).max(120),
  object: z.string().min(1),
  /** The headers of the file the template was made on. */
  headers: z.array(z.string()),
  /** Header -> field path (null: do not import). */
  columns: z.record(z.string(), z.string().min(1).nullable()),
  settings: FileSettingsSchema.default({}),
  savedAt: z.iso.datetime(),
})
export type MappingTemplate = z.infer<typeof MappingTemplateSchema>

/** What the renderer sends to save a template (main adds the format, id and date). */
export const TemplateDraftSchema = MappingTemplateSchema.pick({
  name: true,
  object: true,
  headers: true,
  columns: true,
  settings: true,
})
export type TemplateDraft = z.infer<typeof TemplateDraftSchema>

const key = (header: string) => header.trim().toLowerCase()

/** How well a template fits a file: the share of the file's headers the template names (0..1). */
export function templateFit(template: Pick<MappingTemplate, 'headers'>, headers: readonly string[]): number {
  if (headers.length === 0) return 0
  const known = new Set(template.headers.map(key))
  return headers.filter((h) => known.has(key(h))).length / headers.length
}

/** A template good enough to offer without being asked: most of the file's headers are in it. */
export const OFFER_FIT = 0.8

/** The best template to offer for a file's headers, if any fits well enough. */
export function templateToOffer<T extends Pick<MappingTemplate, 'headers'>>(
  templates: readonly T[],
  headers: readonly string[],
): T | null {
  let best: T | null = null
  let bestFit = OFFER_FIT
  for (const template of templates) {
    const fit = templateFit(template, headers)
    if (fit >= bestFit) {
      best = template
      bestFit = fit
    }
  }
  return best
}

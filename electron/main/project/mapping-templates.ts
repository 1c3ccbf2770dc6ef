// Mapping templates in the app data folder, one JSON file each, written atomically and validated on load: a
// file that is not a valid template is left alone and reported by name, never half-used.
import { randomUUID } from 'node:crypto'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import {
  MappingTemplateSchema,
  TEMPLATE_FORMAT,
  TEMPLATE_VERSION,
  type MappingTemplate,
  type TemplateDraft,
} from '../../../shared/mapping/mapping-template'
import { writeFileAtomic } from '../storage/atomic-write'

export interface TemplateList {
  readonly templates: MappingTemplate[]
  /** Files in the folder that are not valid templates, with why. */
  readonly invalid: { readonly file: string; readonly reason: string }[]
}

export class MappingTemplates {
  private readonly dir: string

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'mapping-templates')
  }

  async list(): Promise<TemplateList> {
    const names = await readdir(this.dir).catch(() => [] as string[])
    const templates: MappingTemplate[] = []
    const invalid: TemplateList['invalid'] = []
    for (const file of names.filter((n) => n.endsWith('.json')).sort()) {
      try {
        const parsed = MappingTemplateSchema.safeParse(JSON.parse(await readFile(join(this.dir, file), 'utf8')))
        if (parsed.success) templates.push(parsed.data)
        else invalid.push({ file, reason: parsed.error.issues[0]?.message ?? 'not a mapping template' })
      } catch (error) {
        invalid.push({ file, reason: `not valid JSON: ${(error as Error).message}` })
      }
    }
    return { templates: templates.sort((a, b) => a.name.localeCompare(b.name)), invalid }
  }

  /** Saves a template; one of the same name is replaced. */
  async save(draft: TemplateDraft): Promise<MappingTemplate> {
    await mkdir(this.dir, { recursive: true })
    const existing = (await this.list()).templates.find((t) => t.name.toLowerCase() === draft.name.toLowerCase())
    const template: MappingTemplate = {
      format: TEMPLATE_FORMAT,
      version: TEMPLATE_VERSION,
      id: existing?.id ?? randomUUID(),
      ...draft,
      savedAt: new Date().toISOString(),
    }
    await writeFileAtomic(join(this.dir, `${template.id}.json`), `${JSON.stringify(template, null, 2)}\n`)
    return template
  }

  async remove(id: string): Promise<void> {
    if (!/^[a-z0-9-]{1,64}$/.test(id)) return
    await rm(join(this.dir, `${id}.json`), { force: true })
  }
}

// The sheet's parts the mapping screen offers (shared/mapping/sheet-parts.ts): the other objects its columns
// describe, less those the project already has a file of; and adding the chosen ones to the project as files of
// their own (shared/project/sheet-part-files.ts). Adding saves the project first (asking where when it has no
// file yet), points the sheet's key columns at the parts' records, then saves the project with the new files.
import { computed, type ComputedRef } from 'vue'
import { suggestSheetParts, type SheetPart } from '../../../../shared/mapping/sheet-parts'
import { importOrder } from '../../../../shared/model/import-order'
import { findObject } from '../../../../shared/model/workspace-model'
import { sheetPartFiles } from '../../../../shared/project/sheet-part-files'
import { useEditsStore } from '../../stores/edits'
import { useMappingStore } from '../../stores/mapping'
import { useOpenFileStore } from '../../stores/open-file'
import { useProjectStore } from '../../stores/project'

export interface SheetParts {
  readonly parts: ComputedRef<readonly SheetPart[]>
  /** Adds the parts to the project; resolves to the ids of the files added (none when the user cancelled saving). */
  readonly add: (parts: readonly SheetPart[]) => Promise<string[]>
}

export function useSheetParts(): SheetParts {
  const mapping = useMappingStore()
  const project = useProjectStore()
  const files = useOpenFileStore()
  const edits = useEditsStore()

  /** The open table's columns as the mapping counts them (with columns the recipe added). */
  function tableColumns(): { id: string; name: string }[] {
    const columns = edits.history?.table.columns ?? files.table?.columns ?? []
    return columns.map((c) => ({ id: c.id, name: c.name }))
  }

  const parts = computed<readonly SheetPart[]>(() => {
    const rows = mapping.mapping.rows
    if (rows.length === 0) return []
    const found = suggestSheetParts({
      headers: rows.map((r) => r.name),
      samples: rows.map((r) => r.samples),
      model: mapping.model,
      objectName: mapping.objectName,
      mapped: rows.map((r) => r.path),
    })
    const held = new Set(
      project.entries
        .filter((e) => e.id !== project.openId)
        .map((e) => findObject(mapping.model, e.mapping.object)?.nameSingular),
    )
    const order = importOrder(
      mapping.model,
      found.map((p) => p.object),
    )
    return found.filter((p) => !held.has(p.object)).sort((a, b) => order.indexOf(a.object) - order.indexOf(b.object))
  })

  async function add(chosen: readonly SheetPart[]): Promise<string[]> {
    if (chosen.length === 0 || !files.file) return []
    if (!project.path) await project.saveAs()
    if (!project.path) return []
    await project.flush()
    const sheet = project.entries.find((e) => e.id === project.openId)
    if (!sheet) return []
    const columns = tableColumns()
    const { files: added } = sheetPartFiles(
      sheet,
      columns,
      chosen,
      project.entries.map((e) => e.id),
      mapping.model,
    )
    // The sheet links to each part's records by the key column (the live mapping is what the next save writes).
    for (const part of chosen)
      if (mapping.mapping.rows[part.key.column]?.path !== part.link) mapping.choose(part.key.column, part.link)
    await project.addFiles(added)
    return added.map((f) => f.id)
  }

  return { parts, add }
}

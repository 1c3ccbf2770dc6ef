// What the open file's relation cells are checked against across the project: for each relation column whose
// target object another file of the project holds, the values those files will create (asked of main with
// project:keys, debounced), and the files whose values could not be read. Only the latest answer is kept.
import { computed, shallowRef, watch } from 'vue'
import { findObject } from '../../../shared/model/workspace-model'
import { relationKeyOf, relationSlot, type RelationKey } from '../../../shared/check/project-relations'
import { targetsOf } from '../features/mapping/mapping-model'
import { getApi } from '../api'
import { useMappingStore } from './mapping'
import type { ProjectFiles } from './project-files'
import { useTargetStore } from './target'

/** What the project's other files will create for one unique (sub)field of one object. */
export interface ProjectRelationSet extends RelationKey {
  readonly files: readonly string[]
  readonly values: ReadonlySet<string>
}

const KEYS_DEBOUNCE_MS = 300

export function useProjectRelations(project: ProjectFiles) {
  const api = getApi()
  const mapping = useMappingStore()
  const target = useTargetStore()
  /** What the other files will create, for the open file's relation columns (empty: nothing to check against). */
  const relationSets = shallowRef<readonly ProjectRelationSet[]>([])
  /** Files whose values could not be read for the relation check, with why. */
  const keysProblems = shallowRef<readonly { file: string; message: string }[]>([])

  // The relation columns of the open file whose target object another file of the project holds.
  const relationKeys = computed<RelationKey[]>(() => {
    if (!project.path.value || project.entries.value.length < 2) return []
    const open = project.openId.value
    const objects = new Set(
      project.entries.value
        .filter((e) => e.id !== open)
        .map((e) => findObject(mapping.model, e.mapping.object)?.nameSingular),
    )
    const byPath = new Map(targetsOf(mapping.model, mapping.objectName).map((t) => [t.path, t]))
    const keys = new Map<string, RelationKey>()
    for (const row of mapping.mapping.rows) {
      const target = row.path === null ? undefined : byPath.get(row.path)
      const key = target ? relationKeyOf(target) : null
      if (key !== null && objects.has(key.object)) keys.set(relationSlot(key), key)
    }
    return [...keys.values()]
  })

  let keysTimer: ReturnType<typeof setTimeout> | undefined
  let keysSeq = 0
  async function refreshKeys(): Promise<void> {
    const keys = relationKeys.value
    const mine = ++keysSeq
    const path = project.path.value
    if (keys.length === 0 || !path) {
      if (relationSets.value.length > 0) relationSets.value = []
      keysProblems.value = []
      return
    }
    const result = await api.invoke('project:keys', {
      path,
      exceptFileId: project.openId.value,
      workspaceId: target.workspaceId,
      keys,
    })
    if (mine !== keysSeq) return
    if (!result.ok) {
      keysProblems.value = [{ file: project.name.value ?? 'the project', message: result.error.message }]
      return
    }
    relationSets.value = result.value.sets.map((set) => ({ ...set, values: new Set(set.values) }))
    keysProblems.value = result.value.problems
  }
  watch([() => JSON.stringify(relationKeys.value), project.activeId, project.path, () => target.workspaceId], () => {
    if (keysTimer !== undefined) clearTimeout(keysTimer)
    keysTimer = setTimeout(() => void refreshKeys(), KEYS_DEBOUNCE_MS)
  })

  /** Forgets what the other files create and what could not be read (another project, or none). */
  function clear(): void {
    relationSets.value = []
    keysProblems.value = []
  }

  return { relationSets, keysProblems, clear }
}

export type ProjectRelations = ReturnType<typeof useProjectRelations>

// Relation targets asked of the connected workspace: the distinct values of the open file's relation columns
// that no file of the project will create (a company domain, a contact's email) are looked up in the chosen
// workspace with read-only requests, and remembered per workspace. The check then marks a value the workspace
// does not hold either as an error. At most MAX_ASKED values per column in all, so a huge file does not turn
// into thousands of requests (the rest stay warnings); a value that cannot be asked exactly is asked once; a
// failed lookup is reported once and not retried until the workspace changes.
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import type { RelationKey, WorkspaceAnswer } from '../../../shared/check/project-relations'
import { getApi } from '../api'
import { useTargetStore } from './target'

const MAX_ASKED = 10_000
const PER_REQUEST = 2_000

export const useRelationLookupStore = defineStore('relation-lookup', () => {
  const api = getApi()
  const target = useTargetStore()
  const asked = new Map<string, Set<string>>()
  const found = new Map<string, Set<string>>()
  /** Values the workspace cannot be asked for exactly (a comma or a quote): never asked again. */
  const unaskable = new Map<string, Set<string>>()
  /** Changes when answers (or a failure) arrive: the check runs again to use them. */
  const version = ref(0)
  const error = ref<string | null>(null)
  const busy = ref(false)
  let generation = 0

  watch(
    () => target.workspaceId,
    () => {
      generation++
      asked.clear()
      found.clear()
      unaskable.clear()
      error.value = null
      version.value++
    },
  )

  /** The workspace's answers for one slot, or null when there is no workspace with a key to ask. */
  function answerFor(slot: string): WorkspaceAnswer | null {
    const workspace = target.workspace
    if (!workspace?.hasKey) return null
    return { name: workspace.name, asked: asked.get(slot) ?? new Set(), found: found.get(slot) ?? new Set() }
  }

  /** Looks the values up (those not asked yet), then bumps `version`. */
  async function ask(wanted: ReadonlyMap<string, { key: RelationKey; values: ReadonlySet<string> }>): Promise<void> {
    const workspaceId = target.workspaceId
    if (!workspaceId || !target.workspace?.hasKey || error.value !== null || busy.value) return
    const mine = generation
    busy.value = true
    let answered = false
    try {
      for (const [slot, { key, values }] of wanted) {
        const done = asked.get(slot) ?? new Set<string>()
        const skipped = unaskable.get(slot) ?? new Set<string>()
        unaskable.set(slot, skipped)
        // At most MAX_ASKED values per column in all: past that, values stay warnings rather than requests.
        const room = Math.max(0, MAX_ASKED - done.size)
        const fresh = [...values].filter((v) => !done.has(v) && !skipped.has(v)).slice(0, room)
        for (let start = 0; start < fresh.length; start += PER_REQUEST) {
          const chunk = fresh.slice(start, start + PER_REQUEST)
          const result = await api.invoke('workspace:find-values', {
            workspaceId,
            object: key.object,
            field: key.field,
            subfield: key.subfield,
            values: chunk,
          })
          if (mine !== generation) return
          if (!result.ok) {
            error.value = result.error.message
            answered = true
            return
          }
          // A value the workspace cannot be asked for exactly stays unasked (a warning, never an error).
          const unasked = new Set(result.value.unasked)
          for (const value of chunk) (unasked.has(value) ? skipped : done).add(value)
          asked.set(slot, done)
          const hits = found.get(slot) ?? new Set<string>()
          for (const value of result.value.found) hits.add(value)
          found.set(slot, hits)
          answered = true
        }
      }
    } finally {
      busy.value = false
      if (answered && mine === generation) version.value++
    }
  }

  return { version, error, busy, answerFor, ask }
})

// Where the keyboard goes in the window: F6 / Shift+F6 cycle the data screen's regions (toolbar, grid, each side
// panel with something to focus), a newly opened file's first rows take focus, and closing the Workspaces screen
// returns focus to the button that opened it. The DOM hooks it relies on: the toolbar's
// data-testid="toolbar-root", the side panels as children of `.app-side`, workspaces-open-button.
import { nextTick, watch } from 'vue'
import { useMappingStore } from '../stores/mapping'
import { useOpenFileStore } from '../stores/open-file'
import { useWorkspacesStore } from '../stores/workspaces'

/** The grid as this needs it: its root element, and a way to put focus on its last focused cell. */
export interface FocusableGrid {
  readonly $el: unknown
  focusGrid(): void
}

const FOCUSABLE =
  'button:not([disabled]), select:not([disabled]), input:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])'

export function useRegionFocus(grid: () => FocusableGrid | null): { cycleRegions: (step: 1 | -1) => void } {
  const store = useOpenFileStore()
  const mapping = useMappingStore()
  const workspaces = useWorkspacesStore()

  /**
   * F6 / Shift+F6 on the data screen: the toolbar, the grid, then each side panel with something to focus, round
   * again (one key instead of a hundred Tabs). A region gets focus on its first control; the grid on the cell it
   * last had.
   */
  function cycleRegions(step: 1 | -1): void {
    const root = grid()?.$el as HTMLElement | undefined
    if (mapping.view !== 'data' || !root) return
    const toolbar = document.querySelector<HTMLElement>('[data-testid="toolbar-root"]')
    const panels = [...document.querySelectorAll<HTMLElement>('.app-side > *')]
    const regions = [...(toolbar ? [toolbar] : []), root, ...panels].filter(
      (region) => region === root || region.querySelector(FOCUSABLE) !== null,
    )
    const at = regions.findIndex((region) => region.contains(document.activeElement))
    const next =
      regions[at < 0 ? (step === 1 ? 0 : regions.length - 1) : (at + step + regions.length) % regions.length]!
    if (next === root) grid()?.focusGrid()
    else next.querySelector<HTMLElement>(FOCUSABLE)?.focus()
  }

  // A new file's first rows on screen: the keyboard goes to the grid, so arrows and F8 work at once (a re-read of
  // the same file, as its encoding is changed, leaves focus where the user is).
  let focusedFile: string | null = null
  watch(
    () => [store.file?.path, store.job?.shown] as const,
    async ([path, shown]) => {
      if (!path || !shown || path === focusedFile) return
      focusedFile = path
      await nextTick()
      grid()?.focusGrid()
    },
  )

  // Back from the Workspaces screen, focus returns to the button that opened it.
  watch(
    () => workspaces.isOpen,
    async (open) => {
      if (open) return
      await nextTick()
      document.querySelector<HTMLElement>('[data-testid="workspaces-open-button"]')?.focus()
    },
  )

  return { cycleRegions }
}

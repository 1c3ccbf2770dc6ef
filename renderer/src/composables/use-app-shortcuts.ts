// Window-wide keys and drops: Ctrl/Cmd+O opens a file, Escape stops a load, Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z
// (or Ctrl+Y) undo and redo edits outside text boxes, Ctrl/Cmd+S saves the project (Shift: save as), F6 and
// Shift+F6 move between the grid and the side panels (`cycleRegions`), and a file
// dropped anywhere, or handed over by the OS (a double-clicked .preflight: main's app:open-path), opens.
import { onBeforeUnmount, onMounted } from 'vue'
import { getApi } from '../api'
import { useFixing } from '../features/fixing/use-fixing'
import { useOpenFileStore } from '../stores/open-file'
import { useProjectStore } from '../stores/project'
import { dragHasFiles, droppedFilePath, notAFileError } from '../features/open/file-drop'

export function useAppShortcuts(options: { cycleRegions?: (step: 1 | -1) => void } = {}): void {
  const store = useOpenFileStore()
  const fixing = useFixing()
  const project = useProjectStore()

  function inTextBox(event: KeyboardEvent): boolean {
    const target = event.target as HTMLElement | null
    return target !== null && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)
  }

  function onKeydown(event: KeyboardEvent): void {
    const mod = event.ctrlKey || event.metaKey
    const key = event.key.toLowerCase()
    if (mod && !event.altKey && (key === 'z' || key === 'y') && !inTextBox(event)) {
      event.preventDefault()
      if (key === 'y' || event.shiftKey) fixing.redo()
      else fixing.undo()
    } else if (mod && !event.altKey && key === 's') {
      event.preventDefault()
      if (event.shiftKey || !project.path) void project.saveAs()
      else void project.saveNow()
    } else if (mod && !event.altKey && !event.shiftKey && key === 'o') {
      event.preventDefault()
      void store.pick()
    } else if (event.key === 'F6' && !mod && !event.altKey && options.cycleRegions) {
      event.preventDefault()
      options.cycleRegions(event.shiftKey ? -1 : 1)
    } else if (event.key === 'Escape' && store.isLoading) {
      event.preventDefault()
      store.cancel()
    }
  }

  // Without preventDefault on dragover the window refuses drops, and an unhandled drop would navigate away.
  function onDragover(event: DragEvent): void {
    event.preventDefault()
    if (event.dataTransfer) event.dataTransfer.dropEffect = dragHasFiles(event) ? 'copy' : 'none'
  }

  function onDrop(event: DragEvent): void {
    event.preventDefault()
    if (!dragHasFiles(event)) return
    const path = droppedFilePath(event)
    if (path === null) store.reportError(notAFileError())
    else void store.open(path)
  }

  let stopOpenRequests: (() => void) | null = null
  onMounted(() => {
    stopOpenRequests = getApi().on('app:open-path', ({ path }) => void store.open(path))
    window.addEventListener('keydown', onKeydown)
    window.addEventListener('dragover', onDragover)
    window.addEventListener('drop', onDrop)
  })
  onBeforeUnmount(() => {
    stopOpenRequests?.()
    window.removeEventListener('keydown', onKeydown)
    window.removeEventListener('dragover', onDragover)
    window.removeEventListener('drop', onDrop)
  })
}

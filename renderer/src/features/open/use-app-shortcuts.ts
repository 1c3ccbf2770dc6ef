// Window-wide keys and drops: Ctrl/Cmd+O opens a file, Escape stops a load, and a file dropped anywhere opens.
import { onBeforeUnmount, onMounted } from 'vue'
import { useOpenFileStore } from '../../stores/open-file'
import { NOT_A_FILE_ERROR, dragHasFiles, droppedFilePath } from './file-drop'

export function useAppShortcuts(): void {
  const store = useOpenFileStore()

  function onKeydown(event: KeyboardEvent): void {
    const mod = event.ctrlKey || event.metaKey
    if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'o') {
      event.preventDefault()
      void store.pick()
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
    if (path === null) store.reportError(NOT_A_FILE_ERROR)
    else void store.open(path)
  }

  onMounted(() => {
    window.addEventListener('keydown', onKeydown)
    window.addEventListener('dragover', onDragover)
    window.addEventListener('drop', onDrop)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('keydown', onKeydown)
    window.removeEventListener('dragover', onDragover)
    window.removeEventListener('drop', onDrop)
  })
}

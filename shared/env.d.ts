// The few runtime globals shared/ may use: present in Node, Electron and browsers alike.
// Only shared/'s own tsconfig reads this file; the others get these from lib.dom or @types/node.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string
}
declare class TextEncoder {
  encode(input?: string): Uint8Array
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number }
}
/** A file from a drop event: only the renderer and preload hold real ones. */
declare class File {
  readonly name: string
}

// The harness's transport encoding. Electron's IPC uses structured clone; Playwright's bindings carry JSON,
// so typed arrays travel as tagged base64. `decodeWireInPage` is serialised into the page: self-contained.

type Tagged = { __typed: 'Uint8Array' | 'Uint32Array'; base64: string }

export function encodeWire(value: unknown): unknown {
  if (value instanceof Uint8Array || value instanceof Uint32Array) {
    const bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength)
    const tagged: Tagged = {
      __typed: value instanceof Uint8Array ? 'Uint8Array' : 'Uint32Array',
      base64: bytes.toString('base64'),
    }
    return tagged
  }
  if (Array.isArray(value)) return value.map(encodeWire)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeWire(v)]))
  }
  return value
}

export function decodeWireInPage(value: unknown): unknown {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk)
    if (v && typeof v === 'object') {
      const tagged = v as { __typed?: string; base64?: string }
      if (typeof tagged.__typed === 'string' && typeof tagged.base64 === 'string') {
        const binary = atob(tagged.base64)
        const bytes = new Uint8Array(binary.length)
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
        return tagged.__typed === 'Uint32Array' ? new Uint32Array(bytes.buffer) : bytes
      }
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]))
    }
    return v
  }
  return walk(value)
}

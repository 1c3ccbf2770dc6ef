import { describe, expect, it } from 'vitest'
import { MAX_NOTICES_PER_CODE, NoticeLog } from './notices'

describe('NoticeLog', () => {
  it('lists up to the cap per code and counts the rest', () => {
    const log = new NoticeLog()
    for (let row = 1; row <= MAX_NOTICES_PER_CODE + 5; row++) {
      log.add({ code: 'RAGGED_ROW', row, message: `Row ${row}` })
    }
    log.add({ code: 'UNCLOSED_QUOTE', row: 9, message: 'quote' })
    const summary = log.summary(42)
    expect(summary.rowCount).toBe(42)
    expect(summary.notices).toHaveLength(MAX_NOTICES_PER_CODE + 1)
    expect(summary.notices[MAX_NOTICES_PER_CODE]).toEqual({ code: 'UNCLOSED_QUOTE', row: 9, message: 'quote' })
    expect(summary.noticesOmitted).toBe(5)
    expect(log.has('UNCLOSED_QUOTE')).toBe(true)
    expect(log.has('INVALID_UTF8')).toBe(false)
  })
})

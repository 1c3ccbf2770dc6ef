// Collects the notices of one read: at most MAX_NOTICES_PER_CODE of each code are listed, the rest only counted,
// so a file with a million ragged rows cannot flood IPC or the UI. File warnings are kept apart, one per code.
import type { FileWarning, ParseNotice, ReadSummary } from '../../../../shared/files/open-file'

export const MAX_NOTICES_PER_CODE = 100

export class NoticeLog {
  private readonly listed: ParseNotice[] = []
  private readonly perCode = new Map<string, number>()
  private omitted = 0
  private readonly warnings = new Map<string, FileWarning>()

  add(notice: ParseNotice): void {
    const seen = this.perCode.get(notice.code) ?? 0
    this.perCode.set(notice.code, seen + 1)
    if (seen < MAX_NOTICES_PER_CODE) this.listed.push(notice)
    else this.omitted++
  }

  /** As add, building the notice only when it is listed: a file may have a million ragged rows. */
  addLazily(code: string, make: () => ParseNotice): void {
    const seen = this.perCode.get(code) ?? 0
    if (seen < MAX_NOTICES_PER_CODE) {
      this.add(make())
      return
    }
    this.perCode.set(code, seen + 1)
    this.omitted++
  }

  /** A file-level problem; a second one with the same code replaces the first (callers aggregate). */
  warn(warning: FileWarning): void {
    this.warnings.set(warning.code, warning)
  }

  has(code: string): boolean {
    return this.perCode.has(code)
  }

  summary(rowCount: number): ReadSummary {
    return {
      rowCount,
      notices: [...this.listed],
      noticesOmitted: this.omitted,
      fileWarnings: [...this.warnings.values()],
    }
  }
}

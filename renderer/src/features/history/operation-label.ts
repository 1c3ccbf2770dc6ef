// A history step's name in the app's language, from its operation: the renderer's counterpart of
// describeOperation (shared/operations/operation.ts), which stays English for projects and the CLI. Issue
// codes read as their plain names.
import type { Operation } from '../../../../shared/operations/operation'
import { tn } from '../../format'
import { t } from '../../i18n'
import { issueName } from '../check/issue-names'

export function operationLabel(op: Operation, columnName: (id: string) => string): string {
  const names = (ids: readonly string[]) => ids.map(columnName).join(', ')
  switch (op.op) {
    case 'set-cells': {
      const count = op.cells.reduce((sum, c) => sum + c.rows.length, 0)
      return count === 1
        ? t('history.op.editCell', { column: columnName(op.cells[0]!.column) })
        : tn('history.op.setCells', count)
    }
    case 'replace':
      return op.columns
        ? t('history.op.replaceIn', { find: op.find, replace: op.replace, columns: names(op.columns) })
        : t('history.op.replaceEverywhere', { find: op.find, replace: op.replace })
    case 'trim':
      return t('history.op.trim', { columns: names(op.columns) })
    case 'change-case':
      return t(`history.op.case.${op.to}`, { columns: names(op.columns) })
    case 'map-values':
      return tn('history.op.mapValues', Object.keys(op.map).length, { column: columnName(op.column) })
    case 'set-constant':
      return t('history.op.setConstant', { column: columnName(op.column), value: op.value })
    case 'apply-fix': {
      const label = t('history.op.applyFix', { issue: issueName(op.code), column: columnName(op.column) })
      return op.rows ? `${label} ${tn('history.op.cells', op.rows.length)}` : label
    }
    case 'apply-fixes':
      return tn('history.op.applyFixes', op.fixes.length)
    case 'delete-rows':
      return tn('history.op.deleteRows', op.rows.length)
    case 'keep-rows':
      return t('history.op.keepRows', { column: columnName(op.column) })
    case 'split-column':
      return t('history.op.split', { column: columnName(op.column), separator: op.separator })
    case 'merge-columns':
      return t('history.op.mergeColumns', { columns: names(op.columns), name: op.name })
    case 'merge-rows':
      return tn('history.op.mergeRows', op.groups.length)
    case 'dedupe-rows':
      return t('history.op.dedupeRows', { column: columnName(op.column) })
  }
}

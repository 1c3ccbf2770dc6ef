// The order to import several objects in: the "one" side of every MANY_TO_ONE relation first, so links
// resolve (companies, then people, then opportunities, custom objects by their relation graph).
// Invariant: deterministic for a given model and input; every name given appears exactly once in the order.
import { isImportableField } from './list-targets'
import { findObject, type ObjectModel, type WorkspaceModel } from './workspace-model'

/** A relation that cannot be linked on the first pass: its target is imported later (a cycle) or is the same object. */
export interface DeferredRelation {
  /** nameSingular of the object holding the relation field. */
  readonly object: string
  readonly field: string
  /** nameSingular of the object it points to. */
  readonly targetObject: string
  readonly reason: 'cycle' | 'self'
}

/** The result of planImportOrder: the order, and the links that must wait for a second pass. */
export interface ImportOrderPlan {
  /** The names as given, sorted. */
  readonly order: readonly string[]
  readonly deferred: readonly DeferredRelation[]
}

/** Stock objects' place among objects that are otherwise free to go: the order Twenty's guide recommends. */
const STOCK_RANK: Readonly<Record<string, number>> = {
  workspaceMember: 0,
  company: 1,
  person: 2,
  opportunity: 3,
  note: 4,
  task: 5,
}

interface Node {
  readonly name: string
  readonly object: ObjectModel
  readonly rank: number
  readonly index: number
}

function dependencies(object: ObjectModel): { field: string; target: string }[] {
  return object.fields
    .filter((f) => isImportableField(f) && f.relation?.type === 'MANY_TO_ONE')
    .map((f) => ({ field: f.name, target: f.relation?.targetObject ?? '' }))
}

function before(a: Node, b: Node): number {
  return a.rank - b.rank || a.index - b.index
}

/**
 * Sorts objects for import (Kahn's algorithm over MANY_TO_ONE relations between the given objects; relations
 * to objects not given are ignored). Among objects free to go, stock objects come in Twenty's recommended order
 * (workspaceMember, company, person, opportunity, note, task), then custom objects in the order given.
 * A cycle (company.mainContact -> person, person.company -> company) is broken at the object that would come
 * first by that same rule; its relations to objects still waiting are returned as `deferred`, to be linked in a
 * second pass (an update once both sides exist). Self-relations are always deferred.
 * @throws Error when a name is not an object of the model (a programmer error: names come from the model).
 */
export function planImportOrder(model: WorkspaceModel, objectNames: readonly string[]): ImportOrderPlan {
  const nodes: Node[] = objectNames.map((name, index) => {
    const object = findObject(model, name)
    if (object === undefined) throw new Error(`importOrder: no object named ${name} in the model`)
    return { name, object, rank: STOCK_RANK[object.nameSingular] ?? Number.MAX_SAFE_INTEGER, index }
  })
  const deferred: DeferredRelation[] = []
  for (const node of nodes) {
    for (const dep of dependencies(node.object)) {
      if (dep.target !== node.object.nameSingular) continue
      deferred.push({ object: dep.target, field: dep.field, targetObject: dep.target, reason: 'self' })
    }
  }
  const waiting = [...nodes]
  const order: string[] = []
  const done = new Set<string>()
  const isWaiting = (name: string) => !done.has(name) && waiting.some((w) => w.object.nameSingular === name)
  const pendingDeps = (n: Node) =>
    dependencies(n.object).filter((d) => d.target !== n.object.nameSingular && isWaiting(d.target))
  while (waiting.length > 0) {
    const ready = waiting.filter((n) => pendingDeps(n).length === 0).sort(before)
    const next = ready[0] ?? [...waiting].sort(before)[0]!
    if (ready.length === 0) {
      for (const dep of pendingDeps(next)) {
        deferred.push({ object: next.object.nameSingular, field: dep.field, targetObject: dep.target, reason: 'cycle' })
      }
    }
    waiting.splice(waiting.indexOf(next), 1)
    done.add(next.object.nameSingular)
    order.push(next.name)
  }
  return { order, deferred }
}

/** The object names sorted for import; see planImportOrder for the rules and for relations deferred by cycles. */
export function importOrder(model: WorkspaceModel, objectNames: readonly string[]): string[] {
  return [...planImportOrder(model, objectNames).order]
}

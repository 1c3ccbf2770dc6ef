// The faults currently planned and their remaining counts. Each take*() consumes one occurrence, so a test
// knows exactly which request misbehaves; setting a plan replaces the previous one whole.
import { isPlainObject } from './http-io'
import type { FaultPlan } from './types'

export class FaultState {
  private failNext = 0
  private dropAfterCommit = 0
  private plan: FaultPlan = {}

  constructor(plan: FaultPlan = {}) {
    this.set(plan)
  }

  set(plan: FaultPlan): void {
    this.plan = plan
    this.failNext = plan.failNext ?? 0
    this.dropAfterCommit = plan.dropAfterCommit ?? 0
  }

  get latencyMs(): number {
    return this.plan.latencyMs ?? 0
  }

  takeFailure(): boolean {
    if (this.failNext <= 0) return false
    this.failNext--
    return true
  }

  takeDrop(): boolean {
    if (this.dropAfterCommit <= 0) return false
    this.dropAfterCommit--
    return true
  }

  /** The 400 message when `record` holds the planned reject value, else null. */
  rejection(plural: string, record: unknown): string | null {
    const rule = this.plan.rejectValue
    if (rule === undefined || (rule.plural !== undefined && rule.plural !== plural)) return null
    let value: unknown = record
    for (const part of rule.field.split('.')) value = isPlainObject(value) ? value[part] : undefined
    if (value !== rule.value) return null
    return `Invalid value for field "${rule.field}": ${JSON.stringify(rule.value)} is rejected by this workspace`
  }
}

// Turns section results into the human-readable target lines and the single JSON object the bench ends with.
import type { Detail, Metric, SectionResult } from './bench-section'
import { round3 } from './measure'

export function describeMetric(metric: Metric): string {
  const value = `${metric.key} = ${round3(metric.value)}${metric.unit ? ` ${metric.unit}` : ''}`
  const targets: string[] = []
  if (metric.min !== undefined) targets.push(`>= ${metric.min}`)
  if (metric.max !== undefined) targets.push(`<= ${metric.max}`)
  if (targets.length === 0) return value
  const met =
    (metric.min === undefined || metric.value >= metric.min) && (metric.max === undefined || metric.value <= metric.max)
  return `${value} (target ${targets.join(' and ')}): ${met ? 'MET' : 'MISSED'}`
}

const roundDetail = (detail: Detail): Detail =>
  typeof detail === 'number' ? round3(detail) : typeof detail === 'string' ? detail : detail.map(round3)

/** Every section's metrics in order, then every section's details; a repeated key is a programmer error. */
export function mergeResults(results: readonly SectionResult[]): Record<string, Detail> {
  const merged: Record<string, Detail> = {}
  const put = (key: string, value: Detail) => {
    if (key in merged) throw new Error(`two bench sections report ${key}`)
    merged[key] = value
  }
  for (const result of results) for (const metric of result.metrics) put(metric.key, round3(metric.value))
  for (const result of results) for (const [key, value] of Object.entries(result.details)) put(key, roundDetail(value))
  return merged
}

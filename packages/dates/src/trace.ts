import type {VFile} from 'vfile'

/**
 * The rule-hit contract of @tidings/core (`traceRule`, `tracingRules`), kept here until core
 * exports it: then this module becomes a re-export. A hit is recorded on `file.data.ruleHits` when
 * `file.data.traceRules` is set.
 */
export interface RuleHit {
  stage: string
  rule: string
  start: number
  end: number
  kept?: boolean
}

interface TraceData {
  traceRules?: boolean
  ruleHits?: RuleHit[]
}

export function tracingRules(file: VFile): boolean {
  return (file.data as TraceData).traceRules === true
}

export function traceRule(file: VFile, hit: RuleHit): void {
  const data = file.data as TraceData
  if (!data.traceRules) return
  ;(data.ruleHits ??= []).push(hit)
}

import {lazySchema} from './lazy-schema.js'
import type {VFile} from 'vfile'

/**
 * One firing of a stage's rule: which rule, where, and whether it produced (or kept) a candidate
 * or rejected one. Traced only when asked for, so `pnpm eval --rules` can say how often each rule
 * fires and how often it is right, and a user can see why a mention is there or is not.
 */
export const RuleHit = lazySchema(({type}) => type({
  /** The stage whose rule fired: 'dates', 'quantities', 'clean', 'segment', or a user's stage. */
  stage: 'string',
  /** The rule's id, as its rule table names it. */
  rule: 'string',
  start: 'number.integer >= 0',
  end: 'number.integer >= 0',
  /** False when the rule removed or rejected a candidate (an exclusion). */
  'kept?': 'boolean'
}))
export type RuleHit = typeof RuleHit.infer

declare module 'vfile' {
  interface DataMap {
    /** Set by the pipeline's `traceRules` option: stages record the rules that fire. */
    traceRules: boolean
    ruleHits: RuleHit[]
  }
}

/** True when the pipeline traces rules; check it before building hits in a hot loop. */
export function tracingRules(file: VFile): boolean {
  return file.data.traceRules === true
}

/** Records `hit` on the file when the pipeline traces rules; does nothing otherwise. */
export function traceRule(file: VFile, hit: RuleHit): void {
  if (file.data.traceRules !== true) return
  file.data.ruleHits ??= []
  file.data.ruleHits.push(hit)
}

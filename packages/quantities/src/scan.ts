import type {Quantity} from '@tidings/core'
import type {Phrase} from './numbers.js'
import type {Token} from './tokens.js'
import {normalize} from './normalize.js'
import type {UnitDefinition} from './units.js'
import type {Vocabulary} from './vocabulary.js'

/** Records that the rule `rule` fired on the text from `start` to `end` (offsets into the whole text). */
export type Tracer = (rule: string, start: number, end: number, kept: boolean) => void

/** A number candidate, as an exclusion sees it: the tokens of its sentence and where the number is among them. */
export interface Candidate {
  sentence: string
  tokens: readonly Token[]
  /** The number's first token, and the token after its last (magnitude words included). */
  start: number
  next: number
  value: number
  /** The unit written right after the number, if any. */
  unit?: UnitDefinition
}

/** A named test that rejects a number candidate: it is no quantity ("page 4", "Boeing 747"). */
export interface Exclusion {
  id: string
  test(candidate: Candidate): boolean
}

/** A named reader of numbers the built-in ones miss ("a couple of"): the scan reads the unit, bound and counted noun after it. */
export interface QuantityRule {
  id: string
  read(tokens: readonly Token[], index: number): {value: number; next: number} | undefined
}

/** One sentence being read: its tokens, what was found so far, and the vocabulary. Built fresh for each sentence. */
export interface Scan {
  v: Vocabulary
  sentence: string
  /** Where the sentence starts in the whole text. */
  offset: number
  /** Spans (dates, times) that hold no quantity, offsets into the whole text. */
  blocked: ReadonlyArray<{start: number; end: number}>
  tokens: Token[]
  found: Quantity[]
  /** Tokens before this index belong to a quantity already found: a currency code after one figure is not the sign of the next. */
  claimed: number
  rules: readonly QuantityRule[]
  exclusions: readonly Exclusion[]
  trace?: Tracer
}

/** The candidate an exclusion tests, with the scan for the built-in ones that need the vocabulary. */
export interface ScanCandidate extends Candidate {
  scan: Scan
  phrase: Phrase
}

/** Reports a rule's hit on the tokens from `start` to before `next`. */
export function hit(scan: Scan, rule: string, start: number, next: number, kept = true): void {
  if (!scan.trace) return
  const [first, last] = [scan.tokens[start], scan.tokens[Math.max(start, next - 1)]]
  if (first && last) scan.trace(rule, scan.offset + first.start, scan.offset + last.end, kept)
}

export function isBlocked(scan: Scan, token: Token): boolean {
  const at = scan.offset + token.start
  for (const span of scan.blocked) if (span.start <= at && at < span.end) return true
  return false
}

/** What a quantity found from `startToken` to before `nextToken` holds. */
export interface Parts {
  value: number
  range?: [number, number]
  unit?: UnitDefinition
  of?: string
  bound?: Quantity['bound']
  change?: Quantity['change']
  dimension?: string
}

export function build(scan: Scan, startToken: number, nextToken: number, parts: Parts): {value: Quantity; next: number} {
  const start = (scan.tokens[startToken] as Token).start
  const end = (scan.tokens[nextToken - 1] as Token).end
  const {value, range, unit, of, bound, change, dimension} = parts
  const quantity: Quantity = {
    start: scan.offset + start,
    end: scan.offset + end,
    text: scan.sentence.slice(start, end),
    value,
    dimension: dimension ?? unit?.dimension ?? 'count',
    bound: bound ?? 'exact'
  }
  if (range) quantity.range = range
  if (unit) quantity.unit = {id: unit.id, name: unit.name, symbol: unit.symbol}
  if (of) quantity.of = of
  if (change) quantity.change = change
  const normalized = unit ? normalize(value, unit) : undefined
  if (normalized) quantity.normalized = normalized
  return {value: quantity, next: nextToken}
}

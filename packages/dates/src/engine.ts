import type {Context, DateRule, RuleInput, Settings, Candidate} from './rules/types.js'
import type {TenseReader} from './tense.js'
import {alternation, lowerWords} from './text.js'
import type {Vocabulary} from './vocabulary.js'

/** How far before its first anchor a rule's match may open, in characters. */
const anchorReach = 64

/** A rule with its pattern and anchors read for one vocabulary. */
interface CompiledRule {
  rule: DateRule
  pattern: RegExp
}

/** Called for every rule that fires: `kept` false when its `build` rejected the match. */
export type Tracer = (rule: string, start: number, end: number, kept: boolean) => void

export interface Engine {
  /** The candidates every rule finds in `sentence`, offsets into the whole text (`offset` is the sentence's start). */
  find(sentence: string, offset: number, context: Context, trace?: Tracer): Candidate[]
}

/**
 * Runs rules over a sentence. One pass of a single regex finds the anchor words and digits the
 * sentence holds; only the rules anchored on one of them run their pattern. Most sentences name no
 * date, and that scan costs far less than every pattern. The scan is looser than the patterns
 * around a word (any non-letter may touch it, as in "5pm"), so it never hides a match.
 */
export function createEngine(rules: ReadonlyArray<DateRule>, words: Vocabulary, tense: TenseReader, settings: Settings): Engine {
  const compiled: CompiledRule[] = rules.map((rule) => ({rule, pattern: typeof rule.pattern === 'function' ? rule.pattern(words) : rule.pattern}))
  const {anyCase, capitalized, long, joined} = indexAnchors(compiled, words)
  const anchorWords = new Set([...anyCase.keys(), ...capitalized.keys()])
  const wordPart = anchorWords.size > 0 ? `(?<![a-z])(?:${alternation(anchorWords)})(?![a-z])|` : ''
  const scanner = new RegExp(`${wordPart}\\d+(?:[:/.h-]\\d)?`, 'gi')
  // Where each rule's first anchor stands in the sentence, -1 where it has none.
  const firstAnchor = new Int32Array(compiled.length)
  const mark = (indexes: ReadonlyArray<number> | undefined, at: number) => {
    for (const index of indexes ?? []) if (firstAnchor[index] === -1) firstAnchor[index] = at
    return indexes !== undefined && indexes.length > 0
  }

  /** Marks the rules whose anchors `sentence` holds and where the first one stands; false when it holds none. */
  function scan(sentence: string): boolean {
    firstAnchor.fill(-1)
    let any = false
    scanner.lastIndex = 0
    for (let match = scanner.exec(sentence); match; match = scanner.exec(sentence)) {
      const token = match[0]
      const first = token.charCodeAt(0)
      if (first >= 48 && first <= 57) {
        if (token.length >= 4 && /^\d{4}/.test(token)) any = mark(long, match.index) || any
        if (/\D/.test(token)) any = mark(joined, match.index) || any
        continue
      }
      const lower = token.toLowerCase()
      any = mark(anyCase.get(lower), match.index) || any
      if (lower.charCodeAt(0) !== first) any = mark(capitalized.get(lower), match.index) || any
    }
    return any
  }

  return {
    find(sentence, offset, context, trace) {
      if (!scan(sentence)) return []
      const {reference, anchor, referenceMinute, quarter, latest} = context
      const input: RuleInput = {reference, anchor, referenceMinute, quarter, latest, sentence, words, tense, settings}
      const candidates: Candidate[] = []
      for (let index = 0; index < compiled.length; index++) {
        const anchorAt = firstAnchor[index] as number
        if (anchorAt === -1) continue
        const {rule, pattern} = compiled[index] as CompiledRule
        // A match opens at most a few words before its anchor ("no more than twenty-five weeks"), so
        // the text far before the first anchor is not searched.
        pattern.lastIndex = Math.max(0, anchorAt - anchorReach)
        for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
          if (match[0].length === 0) {
            pattern.lastIndex++
            continue
          }
          const built = rule.build(match, input)
          trace?.(rule.id, offset + match.index, offset + match.index + match[0].length, built !== undefined)
          for (const {span, ...found} of built === undefined ? [] : Array.isArray(built) ? built : [built]) {
            const [from, to] = span ?? [match.index, match.index + match[0].length]
            candidates.push({start: offset + from, end: offset + to, text: sentence.slice(from, to), ...found, rule: rule.id})
          }
        }
      }
      return candidates
    }
  }
}

/** The rules anchored on each word (in any case, or capitalized) and on long or joined digits, by index. */
function indexAnchors(compiled: ReadonlyArray<CompiledRule>, words: Vocabulary) {
  const anyCase = new Map<string, number[]>()
  const capitalized = new Map<string, number[]>()
  const long: number[] = []
  const joined: number[] = []
  const add = (map: Map<string, number[]>, phrases: Iterable<string> | undefined, index: number) => {
    for (const phrase of phrases ?? []) {
      for (const word of lowerWords(phrase)) {
        const list = map.get(word) ?? []
        if (!list.includes(index)) list.push(index)
        map.set(word, list)
      }
    }
  }
  for (const [index, {rule}] of compiled.entries()) {
    const anchors = typeof rule.anchors === 'function' ? rule.anchors(words) : rule.anchors
    add(anyCase, anchors.words, index)
    add(capitalized, anchors.names, index)
    if (anchors.digits === 'long') long.push(index)
    // Digits joined by a separator may also be a long run ("2024-02-15").
    if (anchors.digits === 'joined') joined.push(index)
  }
  return {anyCase, capitalized, long, joined}
}

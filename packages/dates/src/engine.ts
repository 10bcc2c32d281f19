import type {Context, DateRule, RuleInput, Settings, Candidate} from './rules/types.js'
import type {TenseReader} from './tense.js'
import {alternation, lowerWords} from './text.js'
import type {Vocabulary} from './vocabulary.js'

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
  const anchorWords = new Set([...anyCase.keys(), ...capitalized.keys()])
  const wordPart = anchorWords.size > 0 ? `(?<![a-z])(?:${alternation(anchorWords)})(?![a-z])|` : ''
  const scanner = new RegExp(`${wordPart}\\d+(?:[:/.h-]\\d)?`, 'gi')
  const present = new Uint8Array(compiled.length)
  const mark = (indexes: ReadonlyArray<number> | undefined) => {
    for (const index of indexes ?? []) present[index] = 1
    return indexes !== undefined && indexes.length > 0
  }

  /** Marks the rules whose anchors `sentence` holds; false when it holds none. */
  function scan(sentence: string): boolean {
    present.fill(0)
    let any = false
    scanner.lastIndex = 0
    for (let match = scanner.exec(sentence); match; match = scanner.exec(sentence)) {
      const token = match[0]
      const first = token.charCodeAt(0)
      if (first >= 48 && first <= 57) {
        if (token.length >= 4 && /^\d{4}/.test(token)) any = mark(long) || any
        if (/\D/.test(token)) any = mark(joined) || any
        continue
      }
      const lower = token.toLowerCase()
      any = mark(anyCase.get(lower)) || any
      if (lower.charCodeAt(0) !== first) any = mark(capitalized.get(lower)) || any
    }
    return any
  }

  return {
    find(sentence, offset, context, trace) {
      if (!scan(sentence)) return []
      const {reference, anchor, quarter, latest} = context
      const input: RuleInput = {reference, anchor, quarter, latest, sentence, words, tense, settings}
      const candidates: Candidate[] = []
      for (let index = 0; index < compiled.length; index++) {
        if (!present[index]) continue
        const {rule, pattern} = compiled[index] as CompiledRule
        pattern.lastIndex = 0
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

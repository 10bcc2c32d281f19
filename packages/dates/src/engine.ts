import type {Anchors, Candidate, Context, DateRule, Found, RuleInput, Settings} from './rules/types.js'
import type {TenseReader} from './tense.js'
import {createAnchorScan} from './scanner.js'
import type {Vocabulary} from './vocabulary.js'

/** How far before its first anchor a rule's match may open, in characters. */
const anchorReach = 64

/** A rule with its pattern read for one vocabulary. */
interface CompiledRule {
  rule: DateRule
  pattern: RegExp
  reach: number | undefined
}

/** Called for every rule that fires, with the candidates its `build` made of the match (undefined when it rejected it). */
export type Tracer = (rule: string, start: number, end: number, built: ReadonlyArray<Candidate> | undefined) => void

export interface Engine {
  /** The candidates every rule finds in the sentence from `start` to `end` of `text`, offsets into the whole text. */
  find(text: string, start: number, end: number, context: Context, trace?: Tracer): Candidate[]
}

/**
 * Runs rules over a sentence. One scan finds the anchor words and digits the sentence holds; only
 * the rules anchored on one of them run their pattern, from a little before their first anchor
 * until the search passes their last. Most sentences name no date, and that scan costs far less
 * than every pattern. The scan is looser than the patterns around a word (any non-letter may touch
 * it, as in "5pm"), so it never hides a match.
 */
export function createEngine(rules: ReadonlyArray<DateRule>, words: Vocabulary, tense: TenseReader, settings: Settings): Engine {
  const compiled: CompiledRule[] = rules.map((rule) => ({rule, pattern: typeof rule.pattern === 'function' ? rule.pattern(words) : rule.pattern, reach: rule.reach}))
  const anchors = rules.map((rule) => (typeof rule.anchors === 'function' ? rule.anchors(words) : rule.anchors))
  // What a rule `requires` is scanned for as one more set of anchors, after the rules' own: its index there, or -1.
  const required: Anchors[] = []
  const requirement = Int32Array.from(anchors, ({requires}) => (requires ? rules.length + required.push(requires) - 1 : -1))
  const scan = createAnchorScan([...anchors, ...required])
  const onDigits = anchors.map(({digits}) => digits !== undefined)

  return {
    find(text, offset, end, context, trace) {
      const anchored = scan(text, offset, end)
      const candidates: Candidate[] = []
      if (!anchored) return candidates
      const {first: firstAnchor, last: lastAnchor, digitsStart, digitsEnd} = anchored
      // Made for the first rule that runs: a sentence may hold only what rules require besides their anchors ("year").
      let sentence = ''
      let input: RuleInput | undefined
      for (let index = 0; index < compiled.length; index++) {
        const anchorAt = firstAnchor[index] as number
        const needs = requirement[index] as number
        if (anchorAt === -1 || (needs !== -1 && firstAnchor[needs] === -1)) continue
        if (input === undefined) {
          sentence = text.slice(offset, end)
          const {reference, anchor, referenceMinute, quarter, reportsGame, latest} = context
          input = {reference, anchor, referenceMinute, quarter, reportsGame, latest, sentence, words, tense, settings}
        }
        const {rule, pattern, reach} = compiled[index] as CompiledRule
        // A match opens at most a few words before its anchor ("no more than twenty-five weeks"), so
        // the text far before the first anchor is not searched.
        // Digits the marks passed over bound a digit rule's matches too, at both ends (see AnchorPlaces).
        const from = onDigits[index] ? Math.min(anchorAt, digitsStart) : anchorAt
        pattern.lastIndex = searchStart(sentence, anchorAt, from, reach)
        const lastAt = onDigits[index] ? Math.max(lastAnchor[index] as number, digitsEnd) : (lastAnchor[index] as number)
        for (let match = pattern.exec(sentence); match; match = nextMatch(pattern, sentence, lastAt)) {
          if (match[0].length === 0) {
            pattern.lastIndex++
            continue
          }
          const built = rule.build(match, input)
          const first = candidates.length
          if (built !== undefined && !Array.isArray(built)) candidates.push(placed(built, match, sentence, offset, rule.id))
          else for (const found of built ?? []) candidates.push(placed(found, match, sentence, offset, rule.id))
          trace?.(rule.id, offset + match.index, offset + match.index + match[0].length, built === undefined ? undefined : candidates.slice(first))
        }
      }
      return candidates
    }
  }
}

/** ASCII white space and "-": what parts the words of a match (a subset of what `\s` and `-` match). */
const separates = (code: number) => code === 32 || code === 45 || (code >= 9 && code <= 13)

/**
 * Where the search for a rule's match opens: `anchorReach` characters before the rule's first
 * anchor (at `at`), or nearer, at the word after the (`reach` + 1)th gap (run of white space and
 * hyphens) before `from` (the first anchor, or digits before it), when the rule says how many gaps
 * its matches hold before their anchor: a match that opens before that word would hold one gap
 * more. Most rules' matches open a word or two before their anchor, or at it, and a pattern tried
 * at every place of the text before it costs more than this walk.
 */
function searchStart(sentence: string, at: number, from: number, reach: number | undefined): number {
  const near = Math.max(0, at - anchorReach)
  if (reach === undefined) return near
  let index = Math.max(near, from)
  for (let gap = 0; ; gap++) {
    while (index > near && !separates(sentence.charCodeAt(index - 1))) index--
    if (gap === reach || index === near) return index
    while (index > near && separates(sentence.charCodeAt(index - 1))) index--
  }
}

/**
 * The next match of `pattern` in `sentence`, none once the search has passed the rule's last
 * anchor (at `lastAt`): a match holds an anchor of its rule at or after its start, so none is
 * left, and the search need not read on to the end of the sentence, as a failing one does.
 */
function nextMatch(pattern: RegExp, sentence: string, lastAt: number): RegExpExecArray | null {
  if (pattern.lastIndex <= lastAt) return pattern.exec(sentence)
  // As a failed search leaves it, for a pattern shared beyond the engine.
  pattern.lastIndex = 0
  return null
}

/** What a rule built, at its place in the whole text: its `span`, else its whole match. */
function placed(found: Found, match: RegExpExecArray, sentence: string, offset: number, rule: string): Candidate {
  if ('span' in found) {
    const {span, ...rest} = found
    const [from, to] = span ?? [match.index, match.index + match[0].length]
    return shaped(offset + from, offset + to, sentence.slice(from, to), rest, rule)
  }
  return shaped(offset + match.index, offset + match.index + match[0].length, match[0], found, rule)
}

/**
 * A candidate with its keys in one order, those a rule may leave out too, whatever else its rule
 * gave: the refiners read every candidate through the same few properties, and objects of one
 * shape keep those reads fast (mixed shapes cost the refiners a fifth of their time).
 */
function shaped(start: number, end: number, text: string, found: Omit<Found, 'span'>, rule: string): Candidate {
  return {start, end, text, type: found.type, value: found.value, mod: found.mod, fromLatest: found.fromLatest, ...(found as Partial<Found>), rule}
}

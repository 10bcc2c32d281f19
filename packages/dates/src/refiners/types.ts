import type {Candidate, Context} from '../rules/types.js'
import type {Vocabulary} from '../vocabulary.js'

/** What a refiner reads besides the mentions. */
export interface RefinerInput {
  /** The sentence (for `scope: 'text'`, the whole text) and its offset in the whole text. */
  sentence: string
  offset: number
  /** The whole text. */
  text: string
  /** The context the sentence was read in; a refiner may move `latest` on. */
  context: Context
  words: Vocabulary
  /** Records that the refiner changed (`kept` true) or dropped (`kept` false) the span. */
  trace(start: number, end: number, kept: boolean): void
}

/**
 * A pass over the mentions the rules found, in order: each gets the previous one's output. A
 * `sentence` refiner runs on each sentence's mentions, a `text` refiner once on all of them.
 */
export interface DateRefiner {
  id: string
  scope: 'sentence' | 'text'
  /** The fewest mentions the pass can change (default 0): given fewer, the stage does not run it. */
  minimum?: number
  refine(mentions: Candidate[], input: RefinerInput): Candidate[]
}

/**
 * `mentions` each passed through `change`, as `map` gives them, but the same array when `change`
 * returned every mention as it was: most passes change nothing in most sentences, and a new array
 * for each pass and sentence was a good part of what the passes cost. `extra` is handed on to
 * `change`, which then needs no closure made for each call.
 */
export function mapMentions<Extra>(mentions: Candidate[], change: (mention: Candidate, index: number, extra: Extra) => Candidate, extra?: Extra): Candidate[] {
  let changed: Candidate[] | undefined
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index] as Candidate
    const next = change(mention, index, extra as Extra)
    if (next !== mention) changed ??= mentions.slice(0, index)
    changed?.push(next)
  }
  return changed ?? mentions
}

/** A refiner that rewrites mentions one at a time, tracing each it changes. */
export function eachMention(id: string, change: (mention: Candidate, input: RefinerInput) => Candidate): DateRefiner {
  const traced = (mention: Candidate, _index: number, input: RefinerInput) => {
    const changed = change(mention, input)
    if (changed !== mention) input.trace(changed.start, changed.end, true)
    return changed
  }
  return {id, scope: 'sentence', refine: (mentions, input) => mapMentions(mentions, traced, input)}
}

/** `mention` with its start moved `by` characters earlier (negative: later), its text read again. */
export function widen(mention: Candidate, by: number, {sentence, offset}: RefinerInput, extra: Partial<Candidate> = {}): Candidate {
  const start = mention.start - by
  return {...mention, ...extra, start, text: sentence.slice(start - offset, mention.end - offset)}
}

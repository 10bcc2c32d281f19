import {pad, textBefore} from '../text.js'
import {withMod} from '../values.js'
import type {Day} from '../calendar.js'
import type {Vocabulary} from '../vocabulary.js'
import type {DateRule, Found} from './types.js'

/** The month each TIMEX3 season begins in. */
const seasonStarts: Record<string, number> = {SP: 3, SU: 6, FA: 9, WI: 12}

const edges: Record<string, string> = {end: 'END', start: 'START', beginning: 'START', middle: 'MID'}
// Read back from a season found, so the pattern itself need not try an edge at every character.
const edgeBefore = /\b(?:the\s+)?(end|start|beginning|middle)\s+of\s+$/i

/**
 * "this summer", "last fall", "this past spring", "the winter of 2022", "summer 2025", "spring of
 * 2019"; with its edge, "the end of the summer", "the start of this winter" (mod END, START).
 */
export const seasonRule: DateRule = {
  id: 'season',
  // "this past spring": two gaps before the anchor.
  reach: 2,
  anchors: ({lexicon}) => ({words: Object.keys(lexicon.seasons)}),
  pattern: ({season, spelledYear}) =>
    new RegExp(`\\b(this\\s+past|this|last|next|early|late|the)\\s+(${season})(?:\\s+of\\s+(\\d{4}|${spelledYear}))?\\b|\\b(${season})\\s+(?:of\\s+)?(\\d{4})\\b(?![.,]?\\d)`, 'gi'),
  build(match, {reference, sentence, words}) {
    if (match[4]) {
      // "fall 2019" with a small letter is a season after a word that dates it ("in fall 2019"); "prices fall 2000 points" is a verb.
      if (/^fall$/.test(match[4]) && !/\b(?:in|by|until|since|for|during|from|through|of)\s+$/i.test(textBefore(sentence, match.index, 10))) return undefined
      return {type: 'DATE', value: `${match[5]}-${words.lexicon.seasons[match[4].toLowerCase()] as string}`}
    }
    const season = match[2] ?? ''
    const end = match.index + match[0].length
    // "the Summer Games": a capital season between a small word and a capital one names something; in
    // a headline in capitals throughout ("Late Fall Is the Best Time") the word before has one too.
    if (/^\p{Ll}/u.test(match[1] ?? '') && /^\p{Lu}/u.test(season) && /^\s+\p{Lu}/u.test(sentence.slice(end, end + 2))) return undefined
    const edge = edgeBefore.exec(textBefore(sentence, match.index, 20))
    const found = reading(match, reference, words)
    return edge ? {...withMod(found, edges[(edge[1] ?? '').toLowerCase()]), span: [match.index - edge[0].length, end]} : found
  }
}

/** The season a modifier or a year names, without its edge. */
function reading(match: RegExpExecArray, reference: Day | undefined, words: Vocabulary): Found {
  const code = words.lexicon.seasons[(match[2] ?? '').toLowerCase()] as string
  const modifier = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ')
  if (match[3]) return {type: 'DATE', value: `${words.yearOf(match[3])}-${code}`}
  if (!reference) return {type: 'DATE', value: `XXXX-${code}`}
  // "this past spring" is the last one begun before the article's month.
  const pastThisYear = (seasonStarts[code] ?? 12) < reference.month
  const year = reference.year + (modifier === 'last' || (modifier === 'this past' && !pastThisYear) ? -1 : modifier === 'next' ? 1 : 0)
  return {type: 'DATE', value: `${pad(year, 4)}-${code}`}
}

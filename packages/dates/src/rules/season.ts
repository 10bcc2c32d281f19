import {pad, textBefore} from '../text.js'
import {withMod} from '../values.js'
import type {DateRule} from './types.js'

/** The month each TIMEX3 season begins in. */
const seasonStarts: Record<string, number> = {SP: 3, SU: 6, FA: 9, WI: 12}

const edges: Record<string, string> = {end: 'END', start: 'START', beginning: 'START', middle: 'MID'}

/**
 * "this summer", "last fall", "this past spring", "the winter of 2022", "summer 2025", "spring of
 * 2019"; with its edge, "the end of the summer", "the start of this winter" (mod END, START).
 */
export const seasonRule: DateRule = {
  id: 'season',
  // "the end of this past spring": five gaps before the anchor.
  reach: 5,
  anchors: ({lexicon}) => ({words: Object.keys(lexicon.seasons)}),
  pattern: ({season, spelledYear}) =>
    new RegExp(
      `\\b(?:(?:the\\s+)?(end|start|beginning|middle)\\s+of\\s+(?:(this\\s+past|this|last|next|the)\\s+)?|(this\\s+past|this|last|next|early|late|the)\\s+)(${season})(?:\\s+of\\s+(\\d{4}|${spelledYear}))?\\b|\\b(${season})\\s+(?:of\\s+)?(\\d{4})\\b(?![.,]?\\d)`,
      'gi'
    ),
  build(match, {reference, sentence, words}) {
    if (match[6]) {
      // "fall 2019" with a small letter is a season after a word that dates it ("in fall 2019"); "prices fall 2000 points" is a verb.
      if (/^fall$/.test(match[6]) && !/\b(?:in|by|until|since|for|during|from|through|of)\s+$/i.test(textBefore(sentence, match.index, 10))) return undefined
      return {type: 'DATE', value: `${match[7]}-${words.lexicon.seasons[match[6].toLowerCase()] as string}`}
    }
    const season = match[4] ?? ''
    // "the Summer Games", "the start of Spring Street": a capital season before a capital word names something.
    if (/^\p{Lu}/u.test(season) && /^\s+\p{Lu}/u.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 2))) return undefined
    const code = words.lexicon.seasons[season.toLowerCase()] as string
    const modifier = (match[2] ?? match[3] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const mod = edges[(match[1] ?? '').toLowerCase()]
    if (match[5]) return withMod({type: 'DATE', value: `${words.yearOf(match[5])}-${code}`}, mod)
    if (!reference) return withMod({type: 'DATE', value: `XXXX-${code}`}, mod)
    // "this past spring" is the last one begun before the article's month.
    const pastThisYear = (seasonStarts[code] ?? 12) < reference.month
    const year = reference.year + (modifier === 'last' || (modifier === 'this past' && !pastThisYear) ? -1 : modifier === 'next' ? 1 : 0)
    return withMod({type: 'DATE', value: `${pad(year, 4)}-${code}`}, mod)
  }
}

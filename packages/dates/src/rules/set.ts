import {pad} from '../text.js'
import {singular} from './duration.js'
import {afterDayPart, inTitle} from './relative.js'
import {partCodes} from './weekday.js'
import type {DateRule} from './types.js'

const ADVERBS: Record<string, string> = {daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annually: 'year', hourly: 'hour', nightly: 'day'}

// "Tuesday nights", "on Sunday mornings": a weekday's part of the day, in the plural, recurs.
const PARTS = ['mornings', 'afternoons', 'evenings', 'nights']
// "in the mornings", "on weekday evenings": a part of the day in the plural after them recurs; "spent nights" only counts.
const PLURAL_PART_OPENERS = 'in\\s+the|on|weekday|weekend'

/**
 * "every Monday", "each July", "every day", "daily", "Tuesdays", "Tuesday nights"; "every other
 * week" recurs every two (P2W), "every four years" every four (P4Y), "every weekend" on each
 * weekend, "every morning" on each morning, "in the evenings" on each evening, "every summer" in each summer. A rate is no set: "$5 million annually" is an amount
 * in each year, as "$5 million a year" is.
 */
export const setRule: DateRule = {
  id: 'set',
  anchors: ({lexicon}) => ({
    words: ['every', 'each', ...Object.keys(ADVERBS), ...PARTS, ...Object.keys(lexicon.weekdays).filter((name) => name.endsWith('day')).map((name) => `${name}s`)]
  }),
  pattern: ({weekday, month, season, unit, count, lexicon}) =>
    new RegExp(
      `\\b(?:every|each)\\s+(?:(?:other\\s+)?(?<weekday>${weekday})|(?<month>${month})|(?<season>${season})|(?<part>morning|afternoon|evening|night)|(?:other|second)\\s+(?<other>${unit})|(?<count>${count})\\s+(?<counted>${unit}s)|(?<unit>${unit})|(?<weekend>weekend))\\b|\\b(?<adverb>${Object.keys(ADVERBS).join('|')})\\b|\\b(?<weekdays>${Object.keys(lexicon.weekdays).filter((name) => name.endsWith('day')).join('|')})(?:s|(?=\\s+(?:${PARTS.join('|')})\\b))(?:\\s+(?<parts>${PARTS.join('|')}))?\\b|\\b(?:${PLURAL_PART_OPENERS})\\s+(?<plural>${PARTS.join('|')})\\b`,
      'gi'
    ),
  build(match, {sentence, tense, words}) {
    const found = match.groups ?? {}
    // "two Fridays ago" is one Friday, the `weekdays-ago` rule's.
    if (found.weekdays && /^\s+ago\b/i.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 5))) return undefined
    if (found.weekday || found.weekdays) {
      const part = found.parts ? `T${partCodes[found.parts.toLowerCase().replace(/s$/, '') as keyof typeof partCodes]}` : ''
      return {type: 'SET', value: `XXXX-WXX-${words.weekdayOf(found.weekday ?? found.weekdays ?? '')}${part}`}
    }
    if (found.month) return {type: 'SET', value: `XXXX-${pad(words.monthOf(found.month))}`}
    if (found.season) return {type: 'SET', value: `XXXX-${words.lexicon.seasons[found.season.toLowerCase()] as string}`}
    if (found.plural) {
      // "weekday mornings" is one phrase; "in the" and "on" stay out of the span.
      const start = /^week/i.test(match[0]) ? match.index : match.index + match[0].length - found.plural.length
      const part = partCodes[found.plural.toLowerCase().replace(/s$/, '') as keyof typeof partCodes]
      return {type: 'SET', value: `XXXX-XX-XXT${part}`, span: [start, match.index + match[0].length]}
    }
    if (found.part) {
      // "every morning paper": the part of the day qualifies a noun, and nothing recurs.
      const end = match.index + match[0].length
      return afterDayPart.test(sentence.slice(end, end + 16)) ? undefined : {type: 'SET', value: `XXXX-XX-XXT${partCodes[found.part.toLowerCase() as keyof typeof partCodes]}`}
    }
    if (found.other) return {type: 'SET', value: words.duration(2, singular(found.other))}
    if (found.counted) {
      const times = words.numberOf(found.count ?? '')
      return times === undefined ? undefined : {type: 'SET', value: words.duration(times, singular(found.counted))}
    }
    if (found.unit) return {type: 'SET', value: words.duration(1, found.unit.toLowerCase())}
    if (found.weekend) return {type: 'SET', value: 'XXXX-WXX-WE'}
    // "the Daily Mail", "New York Daily News": a paper's name.
    if (tense.rateBefore(sentence, match.index) || inTitle(words, sentence, match.index, match.index + match[0].length, true)) return undefined
    return {type: 'SET', value: words.duration(1, ADVERBS[(found.adverb ?? '').toLowerCase()] ?? 'day')}
  }
}

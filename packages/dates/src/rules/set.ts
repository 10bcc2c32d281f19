import {pad} from '../text.js'
import {singular} from './duration.js'
import {partCodes} from './weekday.js'
import type {DateRule} from './types.js'

const ADVERBS: Record<string, string> = {daily: 'day', weekly: 'week', monthly: 'month', yearly: 'year', hourly: 'hour', nightly: 'day'}

// "Tuesday nights", "on Sunday mornings": a weekday's part of the day, in the plural, recurs.
const PARTS = ['mornings', 'afternoons', 'evenings', 'nights']

/**
 * "every Monday", "each July", "every day", "daily", "Tuesdays", "Tuesday nights"; "every other
 * week" recurs every two (P2W), "every weekend" on each weekend. "every four years" stays a length
 * (P4Y): the quantities stage reads the count of a length, and a set would hide it.
 */
export const setRule: DateRule = {
  id: 'set',
  anchors: ({lexicon}) => ({
    words: ['every', 'each', ...Object.keys(ADVERBS), ...PARTS, ...Object.keys(lexicon.weekdays).filter((name) => name.endsWith('day')).map((name) => `${name}s`)]
  }),
  pattern: ({weekday, month, unit, lexicon}) =>
    new RegExp(
      `\\b(?:every|each)\\s+(?:(?:other\\s+)?(${weekday})|(${month})|(other|second)\\s+(${unit})|(${unit})|(weekend))\\b|\\b(${Object.keys(ADVERBS).join('|')})\\b|\\b(${Object.keys(lexicon.weekdays).filter((name) => name.endsWith('day')).join('|')})(?:s|(?=\\s+(?:${PARTS.join('|')})\\b))(?:\\s+(${PARTS.join('|')}))?\\b`,
      'gi'
    ),
  build(match, {words}) {
    if (match[1] || match[8]) {
      const part = match[9] ? `T${partCodes[match[9].toLowerCase().replace(/s$/, '') as keyof typeof partCodes]}` : ''
      return {type: 'SET', value: `XXXX-WXX-${words.weekdayOf(match[1] ?? match[8] ?? '')}${part}`}
    }
    if (match[2]) return {type: 'SET', value: `XXXX-${pad(words.monthOf(match[2]))}`}
    if (match[3]) return {type: 'SET', value: words.duration(2, singular(match[4] ?? ''))}
    if (match[5]) return {type: 'SET', value: words.duration(1, match[5].toLowerCase())}
    if (match[6]) return {type: 'SET', value: 'XXXX-WXX-WE'}
    return {type: 'SET', value: words.duration(1, ADVERBS[(match[7] ?? '').toLowerCase()] ?? 'day')}
  }
}

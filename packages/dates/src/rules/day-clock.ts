import {LETTERS, textBefore} from '../text.js'
import {clockTime} from './clock.js'
import type {DateRule} from './types.js'
import type {Vocabulary} from '../vocabulary.js'

/** The words of a day that time a clock written beside them: "today", "tomorrow", "tonight", "yesterday". */
const DAY_WORDS = ['today', 'tomorrow', 'tonight', 'yesterday']

/** The words that join a clock time to what it times: "Monday at 9.15", "from 14.30 on Friday", "tomorrow, by 6.45". */
const CLOCK_JOINERS = 'at|from|by|until|till|around|about'

/**
 * A day named right before a clock time and the word that joins them: "Monday at", "today at",
 * "Thursdays from", "tomorrow, by". The day's own mention is the day rule's; the clock-and-day
 * refiner joins the two.
 */
const dayBefore = ({weekday}: Vocabulary) => `(?<![${LETTERS}])(?:${DAY_WORDS.join('|')}|${weekday})s?,?\\s+(?:${CLOCK_JOINERS})\\s+`
/** A day named right after a clock time: "on Friday", "on Sunday", "today", "tomorrow", "tonight". */
const dayAfter = ({weekday}: Vocabulary) => `\\s+(?:on\\s+(?:${weekday})|${DAY_WORDS.join('|')})(?![${LETTERS}])`

/** A joining word right before a clock time with its day after it: "at 9.15 tomorrow", "from 14.30 on Friday". */
const clockCue = new RegExp(`\\b(?:${CLOCK_JOINERS})\\s+$`, 'i')
/** After a clock time, a word that is no unit of an amount: "at 14.30 GMT", "at 17.30 Paris time", "at 9.15 and 10.00"; not "at 14.30 euros". */
const notAnAmount = /^(?:$|[\s,;:.!?)]*$|[,;:!?)]|\.(?!\d)|\s+(?:[A-Z]{2,}\b|[A-Z][a-z]+\s+time\b|(?:and|or|to|until|till|on|in|local|when|as|for|with|the|this|that|today|tomorrow|tonight)\b))/

/**
 * "Monday at 2.30", "today at 14.30", "at 9.15 tomorrow", "at 18.45 on Friday": a clock written
 * with a full stop, as British and European papers write it, when a day stands beside it. Alone,
 * after "at" only, or before a unit, it is as often an amount ("closed at 14.30", "rose 2.30 on
 * Friday", "Friday at 14.30 euros"), so it is not read. The hour is as written, on a 24-hour
 * dial; with "a.m." or "p.m." the clock rule reads it.
 */
export const dottedClockRule: DateRule = {
  id: 'dotted-clock',
  // "Monday at 14.30": two gaps before the anchor.
  reach: 2,
  anchors: {digits: 'joined'},
  pattern: (words) =>
    new RegExp(`(?:(${dayBefore(words)})|(?<![\\d.,:]))\\b([01]?\\d|2[0-3])\\.([0-5]\\d)(?![\\d.,]\\d|\\s*(?:[ap]\\.?m\\b|%))(${dayAfter(words)})?`, 'gi'),
  build(match, {anchor, sentence}) {
    const end = match.index + match[0].length
    if (!(match[1] ? notAnAmount.test(sentence.slice(end, end + 24)) : match[4] && clockCue.test(textBefore(sentence, match.index, 8)))) return undefined
    const start = match.index + (match[1]?.length ?? 0)
    return {...clockTime(anchor, Number(match[2]), Number(match[3])), span: [start, start + (match[2]?.length ?? 0) + 1 + (match[3]?.length ?? 0)]}
  }
}

/**
 * "today at 9a", "Friday at 7:30p", "at 9p tomorrow": a clock with the half of the day cut to one
 * letter, as messages and listings write it, when a day stands beside it. Alone it is as often
 * something else ("Route 9a", "sold at 9p", pence), so it is not read.
 */
export const letterMeridiemRule: DateRule = {
  id: 'letter-meridiem',
  // "9a on Monday": two gaps before the anchor.
  reach: 2,
  anchors: ({lexicon}) => ({words: [...DAY_WORDS, ...Object.keys(lexicon.weekdays).filter((name) => name.endsWith('day'))], names: Object.keys(lexicon.weekdays), requires: {digits: 'any'}}),
  pattern: (words) => new RegExp(`(?:(${dayBefore(words)})|(?<![\\d.,:]))\\b(\\d{1,2})(?::([0-5]\\d))?([ap])(?![${LETTERS}\\d]|\\.\\w)(${dayAfter(words)})?`, 'gi'),
  build(match, {anchor, sentence}) {
    if (!match[1] && !(match[5] && clockCue.test(textBefore(sentence, match.index, 8)))) return undefined
    const hour = Number(match[2])
    if (hour < 1 || hour > 12) return undefined
    const start = match.index + (match[1]?.length ?? 0)
    const length = (match[2]?.length ?? 0) + (match[3] ? match[3].length + 1 : 0) + 1
    return {...clockTime(anchor, (hour % 12) + (match[4]?.toLowerCase() === 'p' ? 12 : 0), Number(match[3] ?? 0)), span: [start, start + length]}
  }
}

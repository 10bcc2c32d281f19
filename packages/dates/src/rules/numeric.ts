import {type Day, dayOf} from '../calendar.js'
import {LETTERS, pad, textBefore} from '../text.js'
import {date} from '../values.js'
import {monthDay} from './month-day.js'
import type {DateRule} from './types.js'

/** "2024-02-15", "2024/2/15": a calendar date, year first. */
export const isoDateRule: DateRule = {
  id: 'iso-date',
  // Every match opens at its anchor.
  reach: 0,
  // Its four digits are always joined to the month's: a year alone does not wake the rule, nor a time.
  anchors: {digits: 'joined', requires: {digits: 'long'}},
  pattern: /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.\-/]\d)/g,
  build: (match) => date(dayOf(Number(match[1]), Number(match[3]), Number(match[4])))
}

/**
 * A two-digit year: the one of that ending from 80 years before the reference to 20 after it, as a
 * date of birth or of history is written ("3/18/50" in a 2024 article is 1950, "5/1/30" in a 1998
 * one 1930); without a reference, "24" is 2024 and "98" 1998.
 */
function fullYear(written: string, reference: Day | undefined): number {
  const short = Number(written)
  if (written.length === 4) return short
  if (!reference) return short < 50 ? 2000 + short : 1900 + short
  const year = reference.year - (reference.year % 100) + short
  return year > reference.year + 20 ? year - 100 : year < reference.year - 80 ? year + 100 : year
}

/** Words after which "2/15" is a date, not a share. */
const datingWords = /\b(?:on|by|from|until|till|through|since|before|after|between|of|dated|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|\p{L}+day),?\s+$/iu

/** A date of a list or range before another: "11/20, ", "11/22 or ", "10/1-". */
const listedBefore = /\d{1,2}\/\d{1,2}(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:to|and|or|through|until|till)\s+|\s*[-\u2013]\s*)$/

/**
 * Whether the text before a date without its year dates it: a dating word ("on 2/15"), or a list or
 * range of such dates that a dating word opens ("on 11/20, 11/22 or 11/25", "from 10/1-11/7",
 * "between 5/1 and 5/20"), not a list of shares ("1/2, 3/4 or 2/3").
 */
function datedBefore(sentence: string, index: number): boolean {
  let text = sentence.slice(Math.max(0, index - 80), index)
  for (let item = listedBefore.exec(text); item; item = listedBefore.exec(text)) text = text.slice(0, item.index)
  return datingWords.test(text.slice(-16))
}

/**
 * "2/15", "15/02/2024", "02-15-2024", "15.02.2024": numeric dates. The order follows the
 * `numericOrder` option (month first by default), unless a part over 12 settles it; dots always
 * read day first, as the countries that write them do. Without a year, only after a word that dates
 * it ("on 2/15", "Friday 2/15"), so "1/2" and "3/4 of" stay shares.
 */
export const numericDateRule: DateRule = {
  id: 'numeric-date',
  // Every match opens at its anchor.
  reach: 0,
  anchors: {digits: 'joined'},
  pattern: /\b(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?!\d|[.\-/]\d(?!\d?\/\d)|%)/g,
  build(match, input) {
    const [, first = '', separator, second = '', year] = match
    if (!year && (separator !== '/' || !datedBefore(input.sentence, match.index))) return undefined
    if (year?.length === 2 && separator !== '/') return undefined
    if (/[$€£\d]\s*$/.test(textBefore(input.sentence, match.index, 2))) return undefined
    const dayFirst = separator === '.' || Number(first) > 12 || (input.settings.numericOrder === 'day-month' && Number(second) <= 12)
    const [monthNumber, day] = dayFirst ? [Number(second), Number(first)] : [Number(first), Number(second)]
    if (monthNumber < 1 || monthNumber > 12) return undefined
    if (year) return date(dayOf(fullYear(year, input.reference), monthNumber, day))
    return monthDay(monthNumber, day, undefined, undefined, input, {index: match.index, end: match.index + match[0].length})
  }
}

/** "05-Aug-2016", "2019-aug-1", "Dec-2018", "Oct/2": a month name inside a numeric date. */
export const namedNumericRule: DateRule = {
  id: 'named-numeric-date',
  // "05-Aug-2016": one gap before the anchor.
  reach: 1,
  // Every match joins a month to digits: a month alone, far commoner, does not wake the rule.
  anchors: ({lexicon}) => ({names: Object.keys(lexicon.months), words: lexicon.caselessMonths, requires: {digits: 'any'}}),
  pattern: ({month}) =>
    new RegExp(`\\b(?:(\\d{1,2})([-/])(${month})\\2(\\d{4}|\\d{2})|(\\d{4})([-/])(${month})\\6(\\d{1,2})|(${month})([-/])(\\d{4}|\\d{1,2}))(?![${LETTERS}\\d]|[-/]\\d)`, 'gi'),
  build(match, input) {
    const name = match[3] ?? match[7] ?? match[9] ?? ''
    if (/^(?:may|mar)$/i.test(name) && name[0] !== 'M') return undefined
    const monthNumber = input.words.monthOf(name.replace(/\.$/, ''))
    if (match[1]) return date(dayOf(fullYear(match[4] ?? '', input.reference), monthNumber, Number(match[1])))
    if (match[5]) return date(dayOf(Number(match[5]), monthNumber, Number(match[8])))
    const number = match[11] ?? ''
    if (number.length === 4) return {type: 'DATE', value: `${number}-${pad(monthNumber)}`}
    return monthDay(monthNumber, Number(number), undefined, undefined, input, {index: match.index, end: match.index + match[0].length})
  }
}

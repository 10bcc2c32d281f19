import {addMonths, type Day, dayNumber, dayOf, formatDay, holidayNear, monthDayNear, monthNear, nearByTense} from '../calendar.js'
import {capitalized, LETTERS, pad, startsCapitalName, stripDot, textBefore} from '../text.js'
import {date, edge, withMod} from '../values.js'
import {namesTime} from './relative.js'
import type {DateRule, Found, RuleInput} from './types.js'

/** A day of a month: in the year given, else the one `which` ("last", "next") or the tense of the sentence asks for. */
export function monthDay(monthNumber: number, day: number, year: string | undefined, which: string | undefined, input: RuleInput, at: {index: number; end: number}): Found | undefined {
  if (day < 1 || day > 31) return undefined
  if (year) return date(dayOf(Number(year), monthNumber, day))
  const {reference, sentence, tense} = input
  if (!reference) return {type: 'DATE', value: `XXXX-${pad(monthNumber)}-${pad(day)}`}
  // "last Oct. 23" is the latest one before the article, "next March 3" the first one after it.
  if (which) return date(holidayNear(reference, {month: monthNumber, day}, which !== 'last', which === 'last' ? 'last' : 'next'))
  const since = tense.sinceBefore(sentence, at.index)
  const ahead = !since && (tense.futureBefore(sentence, at.index) || tense.futureInClause(sentence, at.index) || tense.deferredTo(sentence, at.index))
  const past = () => since || tense.pastVerbJustBefore(sentence, at.index) || tense.pastVerbJustAfter(sentence, at.index, at.end)
  return date(nearByTense((tense) => monthDayNear(reference, monthNumber, day, tense), ahead, past))
}

const ORDINAL = '(?:st|nd|rd|th)?'

/** "Saturday, Dec. 30, 2023", "30 December", "Dec. 30", "July 4 of 1995", a day of a month, the year given or nearest. */
export const monthDayRule: DateRule = {
  id: 'month-day',
  // "last Monday, 30th of Dec.": four gaps before the month.
  reach: 4,
  // Every match holds the day in digits: "may" the verb, without them, does not wake the rule.
  anchors: ({lexicon}) => ({names: Object.keys(lexicon.months), words: [...lexicon.caselessMonths, 'may', 'march'], requires: {digits: 'any'}}),
  pattern: ({month, weekday}) =>
    new RegExp(
      `\\b(?:(?<which>last|next|coming)\\s+)?(?:(${weekday}),?\\s+)?(?:(${month})\\s+(\\d{1,2})${ORDINAL}|(?<!\\d[:.]|[$\u00a3\u20ac]\\s?)(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${month}))(?:\\s?,?\\s+(?:(?:of|in)\\s+)?(\\d{4}))?(?![${LETTERS}\\d])`,
      'gi'
    ),
  build(match, input) {
    const name = match[3] ?? match[6] ?? ''
    // In lower case, "may" and "march" are verbs unless a preposition dates them ("on may 19").
    const dated = match[3] !== undefined && /\b(?:on|since|until|by|from)\s+$/i.test(textBefore(input.sentence, match.index, 7))
    if (!capitalized(name) && !input.words.lexicon.caselessMonths.includes(stripDot(name).toLowerCase()) && !dated) return undefined
    const monthNumber = input.words.monthOf(name)
    const end = match.index + match[0].length
    // "May 4 and 5", "July 13-15", "March 12, 13 and 14": the days after the first in a list or range
    // are dates of their own, in the same month and the year after the last, if any.
    const listed = match[4] && !match[7] ? listedDays(input.sentence, end, Number(match[4])) : {days: [], year: undefined}
    const year = match[7] ?? listed.year
    const at = {index: match.index, end}
    const first = monthDay(monthNumber, Number(match[4] ?? match[5]), year, match.groups?.which?.toLowerCase(), input, at)
    if (!first || listed.days.length === 0) return first
    const others = listed.days.map(({day, span}) => {
      const next = monthDay(monthNumber, day, year, undefined, input, at)
      return next && {...next, span}
    })
    return [first, ...others.filter((found) => found !== undefined)]
  }
}

/**
 * The next day of a list or range after a month-day: ", 13", " and 14", "-15", "13th". Not a count
 * before a noun ("March 12, 13 people"), a share or a score ("May 4, 3-1").
 */
const nextListedDay = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through)\s+|\s*[-\u2013]\s*)(\d{1,2}(?:st|nd|rd|th)?)(?![\p{L}\d%]|\s*(?:percent\b|[-.,/]\d)|\s+(?!(?:and|or|to|through|at|in|on|from|for|when|as|but)\b)\p{Ll})/iu

/** The days that follow a month-day's `firstDay` in a list or range, each later than the one before, and the year after them. */
function listedDays(sentence: string, end: number, firstDay: number): {days: Array<{day: number; span: [number, number]}>; year: string | undefined} {
  const days: Array<{day: number; span: [number, number]}> = []
  let at = end
  for (let found = nextListedDay.exec(sentence.slice(at, at + 24)); found; found = nextListedDay.exec(sentence.slice(at, at + 24))) {
    const day = Number.parseInt(found[1] ?? '', 10)
    if (day <= (days.at(-1)?.day ?? firstDay) || day > 31) break
    days.push({day, span: [at + found[0].length - (found[1] ?? '').length, at + found[0].length]})
    at += found[0].length
  }
  const year = days.length > 0 ? /^,?\s+(\d{4})(?!\d)/.exec(sentence.slice(at, at + 8)) : null
  if (year) (days.at(-1) as {span: [number, number]}).span[1] = at + year[0].length
  return {days, year: year?.[1]}
}

/** "July 1997", "mid-March 2023", "June last year". */
export const monthYearRule: DateRule = {
  id: 'month-year',
  // "mid-March 2023": one gap before the anchor.
  reach: 1,
  // Every match holds a year, in digits or words, or "this year": a month alone does not wake the rule.
  anchors: ({lexicon}) => ({names: Object.keys(lexicon.months), words: lexicon.caselessMonths, requires: {digits: 'long', words: ['year', 'eighteen', 'nineteen', 'thousand']}}),
  pattern: ({month, spelledYear}) => new RegExp(`\\b(?:(early|mid|late)[-\\s]?)?(${month}),?\\s+(?:of\\s+)?(?:(\\d{4}|${spelledYear})|(this|last|next)\\s+year)(?![${LETTERS}\\d])`, 'gi'),
  build(match, {reference, words}) {
    if (!capitalized(match[2] ?? '') && !words.lexicon.caselessMonths.includes(stripDot(match[2] ?? '').toLowerCase())) return undefined
    const which = match[4]?.toLowerCase()
    const year = match[3] ? words.yearOf(match[3]) : reference && which ? pad(reference.year + (which === 'last' ? -1 : which === 'next' ? 1 : 0), 4) : 'XXXX'
    return withMod({type: 'DATE', value: `${year}-${pad(words.monthOf(match[2] ?? ''))}`}, edge(match[1]))
  }
}

/** "May", "March" and "August" are words too: a month only with a date-like neighbour. */
function monthInContext(name: string, modifier: string | undefined, sentence: string, index: number): boolean {
  if (!/^(?:may|march|august|sept?|jan|mar|jun|jul|dec)$/i.test(stripDot(name)) || modifier) return true
  const before = textBefore(sentence, index, 12).toLowerCase()
  if (/\b(?:in|since|until|till|by|from|through|during|of|early|late|mid|last|next|this|before|after|between|and)\s*$/.test(before)) return true
  // "set for March", "moved to March": a capitalised month after "for" or "to"; not "May", a surname
  // as often ("support for May"), nor the verb in lower case ("plans to march").
  return capitalized(name) && !/^may$/i.test(name) && /\b(?:for|to)\s+$/.test(before)
}

/** A full month name, not "august", reads as a month alone in lower case too. */
const standsAlone = (name: string) => name.length > 3 && name !== 'august' && name !== 'sept'

/** "September", "last November", "late November": a month alone, nearest by the tense of the sentence. */
export const monthRule: DateRule = {
  id: 'month',
  // "earlier this March": two gaps before the anchor.
  reach: 2,
  anchors: ({lexicon}) => ({names: Object.keys(lexicon.months), words: lexicon.caselessMonths.filter(standsAlone)}),
  pattern: ({monthAlone}) => new RegExp(`\\b(?:(this|last|next|coming|early|mid|late|earlier\\s+this|later\\s+this)[-\\s]+)?(${monthAlone})(?![${LETTERS}])`, 'gi'),
  build(match, input) {
    return monthAlone(match[2] ?? '', match[1]?.toLowerCase().replace(/\s+/g, ' '), match.index, match.index + match[0].length, input)
  }
}

/** The month `name` standing alone from `index` to `end`, after its `modifier` ("last", "early"), if any. */
function monthAlone(name: string, modifier: string | undefined, index: number, end: number, {reference, sentence, tense, words}: RuleInput): Found | undefined {
  const caseless = words.lexicon.caselessMonths.includes(name.toLowerCase()) && standsAlone(name.toLowerCase())
  if ((!capitalized(name) && !caseless) || !monthInContext(name, modifier, sentence, index)) return undefined
  if (!modifier && startsCapitalName(sentence, index, end, namesTime(words), true)) return undefined
  const monthNumber = words.monthOf(name)
  if (!reference) return withMod({type: 'DATE', value: `XXXX-${pad(monthNumber)}`}, edge(modifier))
  const since = tense.sinceBefore(sentence, index)
  const forward =
    modifier === 'next' || modifier === 'coming' || (modifier !== 'last' && !since && (tense.futureBefore(sentence, index) || tense.futureInClause(sentence, index) || tense.deadlineBefore(sentence, index)))
  // "last May" is the latest May before this month, however near the next one is; but the month
  // just ended is "last month", so "last February" in March is a year back.
  const lastYear = monthNumber < reference.month - 1 ? reference.year : reference.year - 1
  const past = () =>
    !modifier && (since || tense.pastVerbJustBefore(sentence, index) || tense.pastVerbJustAfter(sentence, index, end) || tense.pastVerbAfterNoun(sentence, end))
  // "next March" written in March is a year on.
  const resolved =
    modifier === 'last'
      ? {year: lastYear, month: monthNumber, day: 1}
      : modifier === 'next' && monthNumber === reference.month
        ? {year: reference.year + 1, month: monthNumber, day: 1}
        : (nearByTense((tense) => monthNear(reference, monthNumber, tense), forward, past) as Day)
  return withMod({type: 'DATE', value: `${pad(resolved.year, 4)}-${pad(resolved.month)}`}, edge(modifier))
}

/**
 * "after Feb", "from Sep", "through Oct" ("in Dec 2019" is the month-year rule's): a month abbreviated
 * without its full stop after a word that dates it, read as the month alone is. Only the
 * abbreviations that are no name or verb (`bareAbbreviations`), with their capital.
 */
export const bareAbbreviationRule: DateRule = {
  id: 'bare-abbreviation',
  // "since Feb": one gap before the anchor.
  reach: 1,
  anchors: ({lexicon}) => ({names: lexicon.bareAbbreviations}),
  pattern: ({lexicon}) => new RegExp(`\\b(?:in|since|until|till|by|from|through|during|after|before|between|of)\\s+(${lexicon.bareAbbreviations.join('|')})(?![${LETTERS}\\d.'\u2019-])`, 'gi'),
  build(match, input) {
    const name = match[1] ?? ''
    if (!capitalized(name)) return undefined
    const at = match.index + match[0].length - name.length
    const found = monthAlone(name, undefined, at, at + name.length, input)
    return found && {...found, span: [at, at + name.length]}
  }
}

/**
 * The day `dayOfMonth` of the month before the reference's, its own or the next, that `fits`: the
 * last one gone, or the next when a word looks ahead or it is at least twice as near.
 */
export function dayOfMonthNear(reference: Day, dayOfMonth: number, ahead: boolean, fits: (day: Day) => boolean = () => true): Day | undefined {
  const at = dayNumber(reference)
  const fitting = [-1, 0, 1]
    .map((step) => addMonths({year: reference.year, month: reference.month, day: 1}, step))
    .map(({year, month}) => dayOf(year, month, dayOfMonth))
    .filter((day): day is Day => day !== undefined && fits(day))
  const past = fitting.filter((day) => dayNumber(day) <= at).at(-1)
  const next = fitting.find((day) => dayNumber(day) > at)
  const forward = ahead || (next !== undefined && (!past || (dayNumber(next) - at) * 2 < at - dayNumber(past)))
  return forward ? (next ?? past) : (past ?? next)
}

/**
 * "on the 15th", "by the 3rd", "since the 21st": a day of the month with no month named, the
 * nearest by the tense as a month-day goes; "since" looks back, a deadline ahead. Not an ordinal
 * of a noun ("on the 15th floor", "by the 19th century"), nor before a month ("the 5th of May").
 */
export const dayAloneRule: DateRule = {
  id: 'day-alone',
  // "week of the 15th": three gaps before the anchor.
  reach: 3,
  // "15th" holds the word "th": ordinals in digits are rare but for dates.
  anchors: {words: ['st', 'nd', 'rd', 'th']},
  // After it an end, or a word that opens another phrase ("on the 15th at noon").
  pattern: /\b(on|by|until|till|since|from|before|after|through|week\s+of)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:$|[.,;:!?)]|(?:at|and|or|to|through|until|till|when|for|in|but|so|as|with|if)\b))/gi,
  build(match, {reference, sentence, tense}) {
    const end = match.index + match[0].length
    const dayOfMonth = Number(match[2])
    if (dayOfMonth < 1 || dayOfMonth > 31) return undefined
    const span: [number, number] = [match.index + (match[1] ?? '').length + 1, end]
    if (!reference) return {type: 'DATE', value: `XXXX-XX-${pad(dayOfMonth)}`, span}
    const word = (match[1] ?? '').toLowerCase()
    const ahead = word === 'by' || word === 'until' || word === 'till' || tense.futureBefore(sentence, match.index)
    const gone = word === 'since' ? (day: Day) => dayNumber(day) <= dayNumber(reference) : undefined
    const day = dayOfMonthNear(reference, dayOfMonth, ahead, gone)
    return day ? {type: 'DATE', value: formatDay(day), span} : undefined
  }
}

const SMALL_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']
export const ORDINAL_WORDS = [
  ...SMALL_ORDINALS, 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
  'nineteenth', 'twentieth', 'thirtieth'
]
/** "fifth" is 5, "twenty-first" and "thirty first" 21 and 31. */
export function ordinalDay(written: string): number {
  const [first = '', second] = written.toLowerCase().split(/[\s-]+/)
  if (second) return (first === 'thirty' ? 30 : 20) + SMALL_ORDINALS.indexOf(second) + 1
  return ORDINAL_WORDS.indexOf(first) + 1 + (ORDINAL_WORDS.indexOf(first) >= 19 ? (first === 'twentieth' ? 0 : 10) : 0)
}
export const SPOKEN_DAY = `(?:(?:twenty|thirty)[\\s-](?:${SMALL_ORDINALS.join('|')})|${ORDINAL_WORDS.join('|')})`

/**
 * "March eighth", "Sunday, June the twenty-first", "the fifth of May", "fourth of July, 1995",
 * "January first of 2000": a day of a month said in words, as broadcasts give it. An ordinal before
 * "of" and a month needs no "the" ("back on second of May"), but after "a" or a count it is a share
 * ("a third of March sales", "two fifths of May's rain").
 */
export const spokenMonthDayRule: DateRule = {
  id: 'spoken-month-day',
  // "the first of March": three gaps before the anchor.
  reach: 3,
  // Every match holds a month and an ordinal in words: a month alone does not wake the rule.
  anchors: ({lexicon}) => ({names: Object.keys(lexicon.months), words: lexicon.caselessMonths, requires: {words: ORDINAL_WORDS}}),
  pattern: ({month, weekday}) => new RegExp(`\\b(?:(?:${weekday},?\\s+)?(${month})\\s+(?:the\\s+)?(${SPOKEN_DAY})|(?:the\\s+)?(${SPOKEN_DAY})\\s+of\\s+(${month}))(?:\\s?,?\\s+(?:of\\s+)?(\\d{4}))?(?![${LETTERS}\\d])`, 'gi'),
  build(match, input) {
    const name = match[1] ?? match[4] ?? ''
    if (!capitalized(name) && !input.words.lexicon.caselessMonths.includes(stripDot(name).toLowerCase())) return undefined
    const bare = match[3] !== undefined && !/^the\s/i.test(match[0])
    if (bare && shareBefore.test(textBefore(input.sentence, match.index, 8))) return undefined
    const at = {index: match.index, end: match.index + match[0].length}
    // "May second place", "the March first round", "came fourth of May runners": an ordinal of the
    // noun after it; a year after the day closes the date.
    if ((match[1] || bare) && !match[5] && /^\s+(?!(?:and|or|at|in|on|to|when|as|after|before|until|from|through|of|the|this|that|with|by|for)\b)\p{Ll}/u.test(input.sentence.slice(at.end, at.end + 20))) return undefined
    return monthDay(input.words.monthOf(name), ordinalDay(match[2] ?? match[3] ?? ''), match[5], undefined, input, at)
  }
}

/** Words before an ordinal that make it a share, not a day: "a third of", "two fifths of", "one-tenth of". */
const shareBefore = /(?:\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]|\d\s)$/i


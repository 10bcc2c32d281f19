import {addDays, addMonths, dayNumber, dayOf, formatDay, holidayDate, holidayNear, weekdayNear, weekdayOf} from '../calendar.js'
import {capitalized, LETTERS, startsCapitalName, textBefore} from '../text.js'
import {date} from '../values.js'
import {dayOfMonthNear, ORDINAL_WORDS, ordinalDay, SPOKEN_DAY} from './month-day.js'
import {inTitle, namesTime} from './relative.js'
import type {DateRule, Found} from './types.js'

const isFullName = (name: string) => name.toLowerCase().endsWith('day')

/**
 * "ahead of Tuesday's election", "in advance of Friday's vote": an event looked forward to when the
 * reported act took place, so not over by the time the news is out (whatever the verb's tense).
 * "before" is left out: "polls before Tuesday's election had shown" looks back as often.
 */
const awaitedEvent = (sentence: string, start: number, end: number) =>
  /\b(?:ahead|in\s+advance)\s+of\s+$/i.test(textBefore(sentence, start, 20)) && /^['\u2019]s\b/.test(sentence.slice(end, end + 3))

export const partCodes = {morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI'}

/**
 * "the Sunday before the election", "the Friday after Christmas", "the Monday following his arrest":
 * a weekday counted from something else. Alone it keeps only its weekday: the `weekday-from-day`
 * refiner dates it when what it is counted from is a date ("Christmas"), and no reader could place it
 * from the publication when it is an event. "the Monday before" (the last day named) is not of this
 * kind, nor "the Sunday before last".
 */
const countedFrom = (sentence: string, start: number, end: number) =>
  /\bthe\s+$/i.test(textBefore(sentence, start, 5)) && /^\s+(?:before|after|following)\s+(?!(?:last|next)(?![\p{L}\d]))[\p{L}\d]/u.test(sentence.slice(end, end + 40))

/** "the Sunday before last", "the Friday after next": a week beyond the last or the next one. */
const beyond = (sentence: string, start: number, end: number) =>
  /\bthe\s+$/i.test(textBefore(sentence, start, 5)) ? /^\s+(?:before\s+last|after\s+next)(?![\p{L}\d])/iu.exec(sentence.slice(end, end + 20)) : null

/**
 * "Tuesday week", "a week on Friday", "a fortnight on Monday": as British and Australian news
 * writes it, the weekday a week (or two) after the coming one. The words and their length, or none.
 */
function weekOn(sentence: string, start: number, end: number): {weeks: number; span: [number, number]} | undefined {
  const after = /^\s+week(?![\p{L}\d'\u2019-])(?!\s+of\b)/u.exec(sentence.slice(end, end + 12))
  if (after) return {weeks: 1, span: [start, end + after[0].length]}
  // Not "spent a week on Monday's report": a week spent on a thing of that day.
  const before = /^['\u2019]s\b/.test(sentence.slice(end, end + 3)) ? null : /\ba\s+(week|fortnight)\s+on\s+$/i.exec(textBefore(sentence, start, 24))
  return before ? {weeks: before[1]?.toLowerCase() === 'week' ? 1 : 2, span: [start - before[0].length, end]} : undefined
}

/** "a week from Friday", "three days from Monday": a length counted on from a weekday looks ahead to it, as "from now" does. */
const lengthFrom = /\b(?:days?|weeks?|fortnight|months?|years?)\s+from\s+$/i

/**
 * A clock time or a day of the month right after a word: "Mon 9 am", "Sat at 10:30pm", "Tue at 10a", "Tue 13th",
 * "Fri the 4th" name a weekday, as "Sun" or "Wed" alone may not. A day of the month with no
 * weekday of that name near the article leaves the weekday alone. Not an ordinal of the noun after
 * it ("SAT 2nd attempt").
 */
const datedAfter = /^(?:\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*[ap](?:\.?m)?\b|,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?!(?:and|or|at|in|on|to|from|of|the|for)\b)\p{Ll}))/iu
// "The Sun 9 am edition" is a paper's.
const abbreviationDated = (sentence: string, start: number, end: number) => datedAfter.test(sentence.slice(end, end + 40)) && !/\bthe\s+$/i.test(textBefore(sentence, start, 5))

/** An indefinite article right before a weekday. */
const anyDay = /(?<![\p{L}'\u2019])an?\s+$/iu
/** A noun after a weekday, which it dates ("a Tuesday news conference", "a Friday deadline"): a word in lower case that is no word of a phrase. */
const namesThing = /^\s+(?!(?:like|in|on|of|and|or|when|with|at|to|for|after|before|this|that|every|as|but|so|is|was|the|a|an)\b)\p{Ll}/u

/** "Saturday", "last Friday", "Thursday evening", "next Tuesday". */
export const weekdayRule: DateRule = {
  id: 'weekday',
  // "last Monday": one gap before the anchor.
  reach: 1,
  // Full names in any case ("monday"); abbreviations only with their capital ("Wed", not "wed").
  anchors: ({lexicon}) => ({names: Object.keys(lexicon.weekdays), words: Object.keys(lexicon.weekdays).filter(isFullName)}),
  pattern: ({weekday}) => new RegExp(`\\b(?:(last|this|next|coming|past|previous)\\s+)?(${weekday})(?:\\s+(morning|afternoon|evening|night))?(?![${LETTERS}])`, 'gi'),
  build(match, {reference, anchor, sentence, tense, words}) {
    const name = match[2] ?? ''
    const abbreviated = name.length <= 4 && !name.endsWith('.') && !/^(?:Tues|Thur|Thurs)$/.test(name)
    if (!(capitalized(name) || isFullName(name)) || (abbreviated && !abbreviationDated(sentence, match.index, match.index + match[0].length))) return undefined
    if (!match[1] && !match[3] && startsCapitalName(sentence, match.index, match.index + match[0].length, namesTime(words), false)) return undefined
    // "Saturday Night Live": a weekday and its part in capitals before another word in capitals is a show's name.
    if (!match[1] && match[3] && inTitle(words, sentence, match.index, match.index + match[0].length, false)) return undefined
    const weekdayNumber = words.weekdayOf(name)
    const modifier = match[1]?.toLowerCase()
    const part = match[3] ? partCodes[match[3].toLowerCase() as keyof typeof partCodes] : undefined
    const type = part ? 'TIME' : 'DATE'
    const suffix = part ? `T${part}` : ''
    const end = match.index + match[0].length
    // "falls on a Sunday", "on a Friday night": any such day, no day of the calendar; but "at a Tuesday news
    // conference" is one, the day of a thing named after it.
    const anyOne = !modifier && anyDay.test(textBefore(sentence, match.index, 4)) && !namesThing.test(sentence.slice(end, end + 24))
    if (!reference || (!modifier && countedFrom(sentence, match.index, end)) || anyOne) return {type, value: `XXXX-WXX-${weekdayNumber}${suffix}`}
    const farther = modifier ? null : beyond(sentence, match.index, end)
    if (farther) {
      const last = /last$/i.test(farther[0])
      const near = weekdayNear(reference, weekdayNumber, !last)
      const day = addDays(near, (last ? -7 : 7) - (last && dayNumber(near) === dayNumber(reference) ? 7 : 0))
      return {type, value: `${formatDay(day)}${suffix}`, span: [match.index, end + farther[0].length]}
    }
    const laterWeek = modifier || part ? undefined : weekOn(sentence, match.index, end)
    if (laterWeek) return {type, value: formatDay(addDays(weekdayNear(reference, weekdayNumber, true), 7 * laterWeek.weeks)), span: laterWeek.span}
    if (!modifier && awaitedEvent(sentence, match.index, end)) return {type, value: `${formatDay(weekdayNear(addDays(reference, -1), weekdayNumber, true))}${suffix}`}
    // Tomorrow goes by its weekday ("flies Tuesday" on a Monday) unless the verb of its clause is
    // past: next to it ("approved on Tuesday"), after the phrase it opens ("On Tuesday, the board
    // approved") or after the event it names ("Tuesday's vote drew crowds"); six days ago is "last
    // Tuesday". "since Tuesday" lies behind whatever the tense.
    const since = tense.sinceBefore(sentence, match.index)
    const pastClause = () =>
      tense.pastNear(sentence, match.index, end) ||
      tense.pastVerbJustAfter(sentence, match.index, end) ||
      (/^['\u2019]s\b/.test(sentence.slice(end, end + 3)) && tense.pastVerbAfterNoun(sentence, end))
    const tomorrow = () => weekdayNumber === weekdayOf(addDays(reference, 1)) && !pastClause()
    const ahead = () => !since && (tomorrow() || tense.futureBefore(sentence, match.index) || tense.deferredTo(sentence, match.index) || lengthFrom.test(textBefore(sentence, match.index, 16)))
    // The words around a weekday are read only when no word before it ("last", "this") settles its week.
    const forward = modifier === 'next' || modifier === 'coming' || (!modifier && ahead())
    // "this Friday" is the Friday of the article's own week, before or after the day it is written.
    let day = modifier === 'this' ? addDays(reference, weekdayNumber - weekdayOf(reference)) : weekdayNear(reference, weekdayNumber, forward)
    if (modifier === 'last' && dayNumber(day) === dayNumber(reference)) day = addDays(day, -7)
    // "the previous Friday" is the one before the day the text last named.
    if (modifier === 'previous' && anchor) day = weekdayNear(addDays(anchor, -1), weekdayNumber, false)
    const found: Found = {type, value: `${formatDay(day)}${suffix}`}
    return modifier === 'previous' && !part ? {...found, fromLatest: {unit: 'day', step: 0, weekday: weekdayNumber}} : found
  }
}

/** How a month's weekday is counted: the first to the fifth of the month, or its last. */
const weekdayCounts = ['first', 'second', 'third', 'fourth', 'fifth', 'last']

/** "the first Monday of March", "the last Friday in June 2026": a weekday counted in a month, dated as holidays are. */
export const nthWeekdayRule: DateRule = {
  id: 'nth-weekday',
  // "the first Monday of March": two gaps before the anchor.
  reach: 2,
  // Every match counts its weekday: a weekday alone does not wake the rule.
  anchors: ({lexicon}) => ({names: Object.keys(lexicon.weekdays), requires: {words: weekdayCounts}}),
  pattern: ({weekday, month}) => new RegExp(`\\b(?:the\\s+)?(${weekdayCounts.join('|')})\\s+(${weekday})\\s+(?:of|in)\\s+(${month})(?:,?\\s+(\\d{4}))?(?![${LETTERS}\\d])`, 'gi'),
  build(match, {reference, sentence, tense, words}) {
    const [, ordinal = '', weekdayName = '', monthName = '', year] = match
    if (!capitalized(weekdayName) || !capitalized(monthName)) return undefined
    const nth = ordinal.toLowerCase() === 'last' ? -1 : weekdayCounts.indexOf(ordinal.toLowerCase()) + 1
    const rule = {month: words.monthOf(monthName), weekday: words.weekdayOf(weekdayName), nth}
    if (year) return date(holidayDate(rule, Number(year)))
    if (!reference) return undefined
    return date(holidayNear(reference, rule, tense.futureBefore(sentence, match.index)))
  }
}

/**
 * "Friday the 26th", "on Monday the fourth", "Mon 13th": the day of the month nearest the article (the month
 * before, its own or the next) that falls on that weekday, by the tense as a month-day goes; where
 * none does, the weekday alone is read. "Friday the 26th of May" is left to the month-day rules.
 */
export const weekdayTheDayRule: DateRule = {
  id: 'weekday-the-day',
  // Every match opens at its anchor.
  reach: 0,
  // Every match holds an ordinal, in words or with its suffix ("26th"): a weekday alone does not wake the rule.
  anchors: ({lexicon}) => ({names: Object.keys(lexicon.weekdays), words: Object.keys(lexicon.weekdays).filter(isFullName), requires: {words: ['st', 'nd', 'rd', 'th', ...ORDINAL_WORDS]}}),
  pattern: ({weekday, month}) =>
    new RegExp(`\\b(${weekday}),?\\s+(?:the\\s+(\\d{1,2}(?:st|nd|rd|th)|${SPOKEN_DAY})|(\\d{1,2}(?:st|nd|rd|th)))(?![${LETTERS}\\d])(?![\\s,]+(?:of\\s+)?(?:${month})(?![${LETTERS}]))`, 'gi'),
  build(match, {reference, sentence, tense, words}) {
    const name = match[1] ?? ''
    if (!reference || !(capitalized(name) || isFullName(name))) return undefined
    // "closed lower Friday, the fourth decline": after a comma, an ordinal of the noun after it.
    // Without "the" ("Mon 13th"), the same: "finished Sunday 3rd overall" ranks.
    const end = match.index + match[0].length
    if ((/^\p{L}+,/u.test(match[0]) || match[3]) && /^\s+(?!(?:and|or|at|in|on|to|when|as|after|before|until|from|of|the|with|by|for)\b)\p{Ll}/u.test(sentence.slice(end, end + 20))) return undefined
    const written = match[2] ?? match[3] ?? ''
    const dayOfMonth = /^\d/.test(written) ? Number.parseInt(written, 10) : ordinalDay(written)
    const weekday = words.weekdayOf(name)
    const day = dayOfMonthNear(reference, dayOfMonth, tense.futureBefore(sentence, match.index), (day) => weekdayOf(day) === weekday)
    return day ? date(day) : undefined
  }
}

/** "two Fridays ago", "3 Sundays ago": that many of the weekday back, the latest before the article's day counting one. */
export const weekdaysAgoRule: DateRule = {
  id: 'weekdays-ago',
  // The weekday in the plural is rarer than "ago", so the pattern runs over fewer sentences.
  anchors: ({lexicon}) => ({words: Object.keys(lexicon.weekdays).filter(isFullName).map((name) => `${name}s`), requires: {words: ['ago']}}),
  pattern: ({weekday, count}) => new RegExp(`\\b(${count})\\s+(${weekday})s\\s+ago\\b`, 'gi'),
  build(match, {reference, words}) {
    const count = words.numberOf(match[1] ?? '')
    if (!reference || count === undefined || !Number.isInteger(count) || count < 1 || count > 52) return undefined
    const latest = weekdayNear(addDays(reference, -1), words.weekdayOf(match[2] ?? ''), false)
    return date(addDays(latest, -7 * (count - 1)))
  }
}

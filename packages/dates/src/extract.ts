import {type DateMention, escapeRegExp} from '@tidings/core'
import {
  addDays,
  addMonths,
  type Day,
  dayNumber,
  dayOf,
  formatDay,
  formatMonth,
  formatQuarter,
  formatWeek,
  formatYear,
  holidayIn,
  holidayNear,
  monthDayNear,
  monthNear,
  parseDay,
  quarterOf,
  weekdayNear,
  weekdayOf
} from './calendar.js'
import type {DateLexicon} from './lexicon.js'

/** What a sentence's expressions are resolved against. */
export interface Context {
  /** The article's reference date, or undefined: values then stay underspecified (XXXX-12-30). */
  reference: Day | undefined
  /** The last full date the text gave, for "two days later", "the following week" and a clock time alone. */
  anchor: Day | undefined
  /**
   * The quarter an earnings report is about, named at least twice ("third-quarter profit"): such
   * news compares with the same quarter, so "a year earlier" is that quarter a year before.
   */
  quarter: string | undefined
  /**
   * The last calendar period the text named, at any grain ("1995", "June 1998", "Oct. 23"), for
   * "the following year" and "later that year".
   */
  latest: string | undefined
}

/**
 * "later that year", "the following month": `step` units on from the last period the text named;
 * "the previous Friday": the `weekday` before the last day it named.
 */
interface FromLatest {
  unit: 'day' | 'month' | 'year'
  step: number
  weekday?: number
}

/** A mention without its place; `span` (offsets into the sentence) when it is not the whole match. */
type Found = Omit<DateMention, 'start' | 'end' | 'text'> & {fromLatest?: FromLatest; span?: [number, number]}
type Candidate = DateMention & {fromLatest?: FromLatest}

/** A value that names one calendar year, month or day. */
const calendarValue = /^\d{4}(?:-\d\d){0,2}$/

/** The last calendar period among `mentions`, else `latest` (see `Context.latest`). */
export function latestPeriod(mentions: ReadonlyArray<DateMention>, latest: string | undefined): string | undefined {
  for (const mention of mentions) if (mention.type === 'DATE' && calendarValue.test(mention.value)) latest = mention.value
  return latest
}

/** `mention` resolved `fromLatest.step` units on from `latest` when that names the unit's grain; else as it was. */
function againstLatest(mention: DateMention, {unit, step, weekday}: FromLatest, latest: string | undefined): DateMention {
  const parts = latest?.split('-').map(Number) ?? []
  const grain = unit === 'year' ? 1 : unit === 'month' ? 2 : 3
  if (parts.length < grain) return mention
  const [year = 0, month = 1, day = 1] = parts
  if (weekday) return {...mention, value: formatDay(weekdayNear(addDays({year, month, day}, -1), weekday, false))}
  return {...mention, value: period({year, month, day}, unit, step)}
}

interface Pattern {
  /** Tokens one of which every match holds; the regex runs only over sentences that have one. */
  anchors: Anchors
  regex: RegExp
  build(match: RegExpExecArray, context: Context, sentence: string): Found | Found[] | undefined
}

/**
 * A pattern's anchors: lower-case `words` in any case, `names` (months, weekdays) only with a
 * capital, as every pattern wants them, and `longNumber`, a run of four digits or more (years, ISO dates).
 */
interface Anchors {
  words?: Iterable<string>
  names?: Iterable<string>
  longNumber?: boolean
}

/** Compiled patterns for one lexicon; build once per plugin, use for every sentence. */
export interface Extractor {
  find(sentence: string, offset: number, context: Context): DateMention[]
  /** The quarter a text names at least twice, most often (see `Context.quarter`). */
  mainQuarter(text: string, reference: Day): string | undefined
}

// Letters for the edges of patterns that also ignore case: with both flags, "i" and "u", V8 matches several times slower.
const LETTERS = 'A-Za-z\\u00C0-\\u024F'

/** The `length` characters of `sentence` before `index`, fewer at its start. */
const textBefore = (sentence: string, index: number, length: number) => sentence.slice(Math.max(0, index - length), index)
// "The few words before an expression", where a future word, a deferral, a past tense or an amount counts.
const nearWords = 40

const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escapeRegExp(word).replace(/ /g, '\\s+'))
    .join('|')

const partCodes = {morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI'}
/** The month each TIMEX3 season begins in. */
const seasonStarts: Record<string, number> = {SP: 3, SU: 6, FA: 9, WI: 12}

export function createExtractor(lexicon: DateLexicon): Extractor {
  const M = names(Object.keys(lexicon.months), (name) => name.length > 4 || name === 'may' || name === 'june' || name === 'july')
  const W = names(Object.keys(lexicon.weekdays), (name) => name.endsWith('day'))
  // A month on its own: an abbreviation needs its full stop ("Jan." yes, "Jan" no).
  const monthAlone = `(?:${alternation(Object.keys(lexicon.months).filter((name) => name.length > 4 || ['may', 'june', 'july'].includes(name)))}|(?:${alternation(Object.keys(lexicon.months).filter((name) => name.length <= 4 && !['may', 'june', 'july'].includes(name)))})\\.)`
  const tens = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'
  const ones = 'one|two|three|four|five|six|seven|eight|nine'
  const teens = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen'
  // Years as broadcasts say them: "nineteen ninety-six", "two thousand and one".
  const spelledYear = `(?:(?:eighteen|nineteen)[\\s-](?:${teens}|(?:${tens})(?:[\\s-](?:${ones}))?)|two\\s+thousand(?:\\s+and)?(?:[\\s-](?:${teens}|${ones}))?)`
  const yearOf = (written: string) => (/^\d/.test(written) ? written : pad(spelledYearValue(written), 4))
  const spelledYearValue = (written: string) => {
    const words = written.toLowerCase().split(/[\s-]+/).filter((word) => word !== 'and')
    const sum = (list: ReadonlyArray<string>) => list.reduce((total, word) => total + (lexicon.numbers[word] ?? 0), 0)
    return words[1] === 'thousand' ? 2000 + sum(words.slice(2)) : (lexicon.numbers[words[0] ?? ''] ?? 0) * 100 + sum(words.slice(1))
  }
  const N = `(?:\\d{1,4}(?:\\.\\d{1,2})?|(?:${tens})[\\s-](?:${ones})|${alternation(Object.keys(lexicon.numbers))})`
  const U = `(?:${alternation(Object.keys(lexicon.units))}|centuries)`
  const MOD = alternation(Object.keys(lexicon.mods))
  const QUALIFIER = alternation(lexicon.unitQualifiers)
  const takesArticle = new RegExp(`^(?:${alternation(lexicon.articleTakers)})\\s`, 'i')
  const PART = alternation(Object.keys(lexicon.dayParts))
  const SEASON = alternation(Object.keys(lexicon.seasons))
  const monthNames = Object.keys(lexicon.months)
  const caselessMonths = new Set(lexicon.caselessMonths)
  const HOLIDAY = alternation(Object.keys(lexicon.holidays)).replace(/'/g, "['\u2019]")
  // One telling word a holiday, so a capitalized "Day" or "New" does not wake the pattern.
  const holidayAnchors = Object.keys(lexicon.holidays).map((name) => (name.match(/\p{L}+/gu) ?? []).reduce((a, b) => (b.length > a.length ? b : a), ''))
  const weekdayNames = Object.keys(lexicon.weekdays)
  const fullWeekdays = weekdayNames.filter((name) => name.endsWith('day'))
  const seasonWords = Object.keys(lexicon.seasons)
  const dayPartWords = Object.keys(lexicon.dayParts)
  const unitWords = [...Object.keys(lexicon.units).flatMap((unit) => [unit, `${unit}s`]), 'centuries']
  const future = new RegExp(`(?:^|[^${LETTERS}'])(?:${alternation(lexicon.futureMarkers)})(?![${LETTERS}])`, 'i')
  // News reports the past: only a future word among the few words before an expression moves it
  // ahead, so a bare weekday or date is then the next one.
  // "had been scheduled to expire Friday": a plan told in the past perfect was for a day now gone.
  const futureBefore = (sentence: string, index: number) => {
    const window = textBefore(sentence, index, nearWords)
    const marker = future.exec(window)
    return marker !== null && !/\bhad\s+(?:been\s+)?$/i.test(window.slice(0, marker.index + 1))
  }
  // "postponed until Tuesday", "delayed the vote to Jan. 5": a day something was moved to lies ahead.
  const deferral = new RegExp(`(?:^|[^${LETTERS}])(?:${alternation(lexicon.deferrals)})(?![${LETTERS}])`, 'i')
  const deferredTo = (sentence: string, index: number) => {
    const window = textBefore(sentence, index, nearWords)
    return /\b(?:until|till|to)\s+$/i.test(window) && deferral.test(window)
  }
  // "by February": a deadline, which news names ahead of time.
  const deadlineBefore = (sentence: string, index: number) => /\b(?:by|until|till)\s+$/i.test(textBefore(sentence, index, 7))
  const pastWords = new Set(lexicon.pastMarkers.map((word) => word.toLowerCase()))
  const futureWords = new Set(lexicon.futureMarkers.map((word) => word.toLowerCase()))
  const isPast = (word: string) => pastWords.has(word) || (word.length >= 5 && word.endsWith('ed') && !futureWords.has(word))
  // "is heard", "to be sold": a participle after a present or infinitive "be" is not past.
  const presentBe = new Set(['is', 'are', 'am', 'be', 'being'])
  const isPastAt = (words: ReadonlyArray<string>, index: number) => isPast(words[index] ?? '') && !presentBe.has(words[index - 1] ?? '')
  /** A past-tense verb in the words before an expression, or the one word after it ("on Tuesday approved"). */
  const pastNear = (sentence: string, index: number, end: number) => {
    const before = lowerWords(textBefore(sentence, index, nearWords))
    const after = /^\W{0,3}(\p{L}+)/u.exec(sentence.slice(end, end + 30))?.[1]?.toLowerCase()
    return before.some(isPast) || (after !== undefined && isPast(after))
  }

  /** "the year ended Jan. 31", "closed on Nov. 6", "changed in December": a past-tense verb right before a date, or before its "on" or "in". */
  const pastVerbJustBefore = (sentence: string, index: number) => {
    const words = lowerWords(textBefore(sentence, index, 24))
    return isPastAt(words, words.at(-1) === 'on' || words.at(-1) === 'in' ? words.length - 2 : words.length - 1)
  }

  /** "In January, the board approved": a past-tense verb among the few words after a date that opens its clause. */
  const pastVerbJustAfter = (sentence: string, index: number, end: number) => {
    if (!/(?:^|[,;:]\s*)(?:\p{L}+\s+)?$/u.test(textBefore(sentence, index, 12))) return false
    const words = lowerWords(sentence.slice(end, end + 40).split(/[;:.!?]/, 1)[0] ?? '')
    return words.slice(0, 4).some((_, at) => isPastAt(words, at))
  }

  // An amount, maybe with its counted noun, just before "a year": "$2 million a year", "700 seats a week".
  const isAmount = (word: string | undefined) =>
    word !== undefined && (/\d/.test(word) || /^(?:thousand|million|billion|trillion)$/i.test(word) || (!/^an?$/i.test(word) && lexicon.numbers[word.toLowerCase()] !== undefined))
  const rateBefore = (sentence: string, index: number) => {
    const words = textBefore(sentence, index, nearWords).split(/\s+/)
    if (words.at(-1) !== '') return false
    return isAmount(words.at(-2)) || (/\p{L}s$/u.test(words.at(-2) ?? '') && isAmount(words.at(-3)))
  }
  const month = (word: string) => lexicon.months[stripDot(word).toLowerCase()] as number
  const weekday = (word: string) => lexicon.weekdays[stripDot(word).toLowerCase()] as number
  const number = (word: string): number | undefined => {
    const key = word.toLowerCase().replace(/\s+/g, ' ')
    if (/^\d/.test(key)) return Number(key)
    // "a hundred" is listed whole; only unlisted pairs like "twenty-five" add up.
    if (lexicon.numbers[key] !== undefined) return lexicon.numbers[key]
    const compound = /^(\w+)[ -](\w+)$/.exec(key)
    if (compound && lexicon.numbers[compound[1] as string] && lexicon.numbers[compound[2] as string]) {
      return (lexicon.numbers[compound[1] as string] as number) + (lexicon.numbers[compound[2] as string] as number)
    }
    return lexicon.numbers[key]
  }
  const unitOf = (word: string) => {
    const key = word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')
    return lexicon.units[key]
  }

  const patterns: Pattern[] = [
    {
      // "Saturday, Dec. 30, 2023", "30 December", "Dec. 30": a day of a month, the year given or nearest.
      anchors: {names: monthNames, words: [...lexicon.caselessMonths, 'may', 'march']},
      regex: new RegExp(`\\b(?:(?<which>last|next|coming)\\s+)?(?:(${W}),?\\s+)?(?:(${M})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${M}))(?:,?\\s+(\\d{4}))?(?![${LETTERS}\\d])(?=(?:\\s+(?:and|or|to)\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![${LETTERS}\\d%]|\\s*(?:percent\\b|[-.,/]\\d)))?)`, 'gi'),
      build(match, context, sentence) {
        const name = match[3] ?? match[6] ?? ''
        // In lower case, "may" and "march" are verbs unless a preposition dates them ("on may 19").
        const dated = match[3] !== undefined && /\b(?:on|since|until|by|from)\s+$/i.test(textBefore(sentence, match.index, 7))
        if (!capitalized(name) && !caselessMonths.has(name.toLowerCase()) && !dated) return undefined
        const first = monthDay(month(name), Number(match[4] ?? match[5]), match[7] ?? match[9], match.groups?.which?.toLowerCase(), context, sentence, match)
        // "April 24 and 25": the second day of a pair is a date of its own, in the same month and
        // year ("June 2 and 5, 2020").
        const second = Number(match[8])
        if (!first || !match[4] || !match[8] || second <= Number(match[4])) return first
        const end = match.index + match[0].length
        const from = end + (/^\s+(?:and|or|to)\s+/i.exec(sentence.slice(end, end + 12))?.[0].length ?? 0)
        const to = from + (/^\d+(?:st|nd|rd|th)?(?:,?\s+\d{4})?/.exec(sentence.slice(from, from + 12))?.[0].length ?? 0)
        const next = monthDay(month(name), second, match[7] ?? match[9], undefined, context, sentence, match)
        return next ? [first, {...next, span: [from, to]}] : first
      }
    },
    {
      // "July 1997", "mid-March 2023", "June last year"
      anchors: {names: monthNames},
      regex: new RegExp(`\\b(?:(early|mid|late)[-\\s]?)?(${M}),?\\s+(?:of\\s+)?(?:(\\d{4}|${spelledYear})|(this|last|next)\\s+year)(?![${LETTERS}\\d])`, 'gi'),
      build(match, context) {
        if (!capitalized(match[2] ?? '')) return undefined
        const which = match[4]?.toLowerCase()
        const year = match[3] ? yearOf(match[3]) : (context.reference && which ? pad(context.reference.year + (which === 'last' ? -1 : which === 'next' ? 1 : 0), 4) : 'XXXX')
        return withMod({type: 'DATE', value: `${year}-${pad(month(match[2] ?? ''))}`}, edge(match[1]))
      }
    },
    {
      anchors: {longNumber: true},
      regex: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
      build: (match) => date(dayOf(Number(match[1]), Number(match[2]), Number(match[3])), formatDay)
    },
    {
      // "September", "last November", "early next month"'s cousin "late November"
      anchors: {names: monthNames},
      regex: new RegExp(`\\b(?:(this|last|next|coming|early|mid|late|earlier\\s+this|later\\s+this)[-\\s]+)?(${monthAlone})(?![${LETTERS}])`, 'gi'),
      build(match, context, sentence) {
        const name = match[2] ?? ''
        if (!capitalized(name) || !monthInContext(name, match, sentence)) return undefined
        const modifier = match[1]?.toLowerCase().replace(/\s+/g, ' ')
        const monthNumber = month(name)
        if (!context.reference) return withMod({type: 'DATE', value: `XXXX-${pad(monthNumber)}`}, edge(modifier))
        const forward = modifier === 'next' || modifier === 'coming' || (modifier !== 'last' && (futureBefore(sentence, match.index) || deadlineBefore(sentence, match.index)))
        // "last May" is the latest May before this month, however near the next one is; but the month
        // just ended is "last month", so "last February" in March is a year back.
        const lastYear = monthNumber < context.reference.month - 1 ? context.reference.year : context.reference.year - 1
        const past = !modifier && (pastVerbJustBefore(sentence, match.index) || pastVerbJustAfter(sentence, match.index, match.index + match[0].length))
        const tense = forward ? 'future' : past ? 'past' : 'unmarked'
        const resolved = modifier === 'last' ? {year: lastYear, month: monthNumber, day: 1} : monthNear(context.reference, monthNumber, tense)
        return withMod({type: 'DATE', value: formatMonth(resolved)}, edge(modifier))
      }
    },
    {
      // "the first Monday of March", "the last Friday in June 2026": a weekday counted in a month, dated as holidays are.
      anchors: {names: weekdayNames},
      regex: new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|fifth|last)\\s+(${W})\\s+(?:of|in)\\s+(${M})(?:,?\\s+(\\d{4}))?(?![${LETTERS}\\d])`, 'gi'),
      build(match, context, sentence) {
        const [, ordinal = '', weekdayName = '', monthName = '', year] = match
        if (!capitalized(weekdayName) || !capitalized(monthName)) return undefined
        const nth = ordinal.toLowerCase() === 'last' ? -1 : ['first', 'second', 'third', 'fourth', 'fifth'].indexOf(ordinal.toLowerCase()) + 1
        const rule = {month: month(monthName), weekday: weekday(weekdayName), nth}
        if (year) return date(holidayIn(Number(year), rule), formatDay)
        if (!context.reference) return undefined
        return date(holidayNear(context.reference, rule, futureBefore(sentence, match.index)), formatDay)
      }
    },
    {
      // "Thanksgiving Day", "last Christmas", "Easter 2024": holidays by their rule, the year given or
      // nearest; "Easter week" is the week that holds the day.
      anchors: {names: holidayAnchors},
      regex: new RegExp(`\\b(?:(last|next|this)\\s+)?(${HOLIDAY})(\\s+week)?(?:,?\\s+(\\d{4}))?(?![${LETTERS}\\d])`, 'gi'),
      build(match, context, sentence) {
        const name = match[2] ?? ''
        const rule = lexicon.holidays[name.toLowerCase().replace(/\u2019/g, "'").replace(/\s+/g, ' ')]
        if (!rule || !capitalized(name)) return undefined
        const format = match[3] ? formatWeek : formatDay
        if (match[4]) return date(holidayIn(Number(match[4]), rule), format)
        if (!context.reference) {
          if (match[3]) return {type: 'DATE', value: 'XXXX-WXX'}
          return rule.month && rule.day ? {type: 'DATE', value: `XXXX-${pad(rule.month)}-${pad(rule.day)}`} : undefined
        }
        const which = match[1]?.toLowerCase()
        const step = which === 'last' || which === 'next' ? which : undefined
        return date(holidayNear(context.reference, rule, which === 'next' || futureBefore(sentence, match.index), step), format)
      }
    },
    {
      // "2023", "mid-2023", "fiscal 1989", "the end of 2024", "post-1989" (mod AFTER)
      anchors: {longNumber: true},
      regex: /\b(?:(early|mid|late|fiscal|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|pre-|post-)[-\s]?)?((?:1[89]|20)\d\d)(?![\d,.]\d)(?!\s*(?:%|percent\b))/gi,
      build(match, _context, sentence) {
        const before = sentence[match.index - 1] ?? ''
        if (/[$€£\d.,/-]/.test(before) && !match[1]) return undefined
        const side = {'pre-': 'BEFORE', 'post-': 'AFTER'}[(match[1] ?? '').toLowerCase()]
        return withMod({type: 'DATE', value: match[2] as string}, side ?? edge(match[1]))
      }
    },
    {
      // "nineteen ninety-six"; "two thousand" is a year only as "the year two thousand".
      anchors: {words: ['eighteen', 'nineteen', 'thousand']},
      regex: new RegExp(`\\b(?:(the\\s+year)\\s+)?(${spelledYear})\\b`, 'gi'),
      build: (match) => (match[1] || !/^two/i.test(match[2] ?? '') ? {type: 'DATE', value: yearOf(match[2] ?? '')} : undefined)
    },
    {
      // "the 1990s"
      anchors: {longNumber: true},
      regex: /\b(?:the\s+)?(?:(early|mid|late)[-\s]?)?((?:1[89]|20)\d)0s\b/gi,
      build: (match) => withMod({type: 'DATE', value: match[2] as string}, edge(match[1]))
    },
    {
      // "the third quarter", "third-quarter", "the first quarter of 2024", "the latest quarter"
      anchors: {words: ['quarter']},
      regex: /\b(?:(?:the\s+)?(?:fiscal\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|latest|last|current|previous|year-ago|year-earlier)\s+quarter|(first|second|third|fourth|1st|2nd|3rd|4th|year-ago|year-earlier)-quarter)\b(?:\s+of\s+(\d{4}))?/gi,
      build(match, context, sentence) {
        const which = (match[1] ?? match[2] ?? '').toLowerCase()
        const ordinal = ['first', 'second', 'third', 'fourth'].indexOf(which) + 1 || Number.parseInt(which, 10) || 0
        let year = match[3] ? Number(match[3]) : context.reference?.year
        // "the fourth quarter" in a January report is the one just ended: a calendar quarter two or
        // more ahead of the current one is last year's, unless the sentence looks ahead.
        if (ordinal && !match[3] && context.reference && !/fiscal/i.test(match[0])) {
          if (ordinal - quarterOf(context.reference) >= 2 && !futureBefore(sentence, match.index)) year = context.reference.year - 1
        }
        if (ordinal) return {type: 'DATE', value: `${year === undefined ? 'XXXX' : pad(year, 4)}-Q${ordinal}`}
        if (which === 'year-ago' || which === 'year-earlier') {
          if (context.quarter) return {type: 'DATE', value: shiftQuarter(context.quarter, -4)}
          return context.reference ? {type: 'DATE', value: formatQuarter(addMonths(context.reference, -12))} : {type: 'DATE', value: 'XXXX-QX'}
        }
        // The current quarter is the one the article is written in, whatever quarter it reports on.
        if (context.quarter && which === 'latest') return {type: 'DATE', value: context.quarter}
        if (!context.reference) return {type: 'DATE', value: 'XXXX-QX'}
        return {type: 'DATE', value: formatQuarter(which === 'current' ? context.reference : addMonths(context.reference, -3))}
      }
    },
    {
      // "the 1988 third quarter", "the year-ago second quarter", "next year's first quarter", "the 1988
      // period", "the quarter a year ago", and "year-earlier" alone before results ("year-earlier profit").
      anchors: {words: ['quarter', 'period', 'year']},
      regex: /\b(?:the\s+)?(?:((?:1[89]|20)\d\d)|(year-ago|year-earlier)|(this|last|next)\s+year's)\s+(?:fiscal\s+)?(?:(first|second|third|fourth)[-\s]quarter|(quarter|period))\b|\b(year-ago|year-earlier)(?=\s+[a-z])(?!\s+(?:\w+[-\s]+)?(?:days?|weeks?|months?|quarters?|periods?|years?)\b)|\bthe\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)\b/gi,
      build(match, context) {
        const yearAgo = context.quarter ? shiftQuarter(context.quarter, -4) : context.reference && pad(context.reference.year - 1, 4)
        if (match[6] || (!match[5] && !match[4])) return yearAgo ? {type: 'DATE', value: yearAgo} : undefined
        const base = context.quarter ? Number(context.quarter.slice(0, 4)) : context.reference?.year
        const which = match[3]?.toLowerCase()
        let year: number | undefined
        if (match[1]) year = Number(match[1])
        else if (base !== undefined) year = match[2] ? base - 1 : base + (which === 'last' ? -1 : which === 'next' ? 1 : 0)
        if (year === undefined) return undefined
        const ordinal = ['first', 'second', 'third', 'fourth'].indexOf((match[4] ?? '').toLowerCase()) + 1
        if (ordinal) return {type: 'DATE', value: `${pad(year, 4)}-Q${ordinal}`}
        return {type: 'DATE', value: context.quarter ? `${pad(year, 4)}-Q${context.quarter.slice(-1)}` : pad(year, 4)}
      }
    },
    {
      // "the first half of 2024", "the second half of the year", "the first two quarters of next year"
      anchors: {words: ['half', 'quarters']},
      regex: /\b(?:the\s+)?(first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+(?:((?:1[89]|20)\d\d)|(?:the|this|(last|next))\s+year)\b/gi,
      build(match, context) {
        const which = match[3]?.toLowerCase()
        const year = match[2] ? Number(match[2]) : context.reference && context.reference.year + (which === 'last' ? -1 : which === 'next' ? 1 : 0)
        const half = (match[1] ?? '').toLowerCase() === 'first' ? 1 : 2
        return {type: 'DATE', value: `${year === undefined ? 'XXXX' : pad(year, 4)}-H${half}`}
      }
    },
    {
      // "the 20th century", "the 19th-century", "the nineties": a century is its first two digits, a decade its first three.
      anchors: {words: ['century', ...Object.keys(lexicon.decades)]},
      regex: new RegExp(`\\b(?:(?:the\\s+)?(?:(early|mid|late)[-\\s]+)?(\\d{1,2})(?:st|nd|rd|th)[-\\s]century|the\\s+(?:(early|mid|late)[-\\s]+)?(${alternation(Object.keys(lexicon.decades))}))\\b`, 'gi'),
      build(match) {
        if (match[4]) return withMod({type: 'DATE', value: lexicon.decades[match[4].toLowerCase()] as string}, edge(match[3]))
        const century = Number(match[2])
        return century >= 1 && century <= 30 ? withMod({type: 'DATE', value: pad(century - 1)}, edge(match[1])) : undefined
      }
    },
    {
      // "this summer", "last fall", "this past spring", "the winter of 2022"
      anchors: {words: seasonWords},
      regex: new RegExp(`\\b(this\\s+past|this|last|next|early|late|the)\\s+(${SEASON})(?:\\s+of\\s+(\\d{4}|${spelledYear}))?\\b`, 'gi'),
      build(match, context) {
        const code = lexicon.seasons[(match[2] ?? '').toLowerCase()] as string
        const modifier = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ')
        if (match[3]) return {type: 'DATE', value: `${yearOf(match[3])}-${code}`}
        if (!context.reference) return {type: 'DATE', value: `XXXX-${code}`}
        // "this past spring" is the last one begun before the article's month.
        const pastThisYear = (seasonStarts[code] ?? 12) < context.reference.month
        const year = context.reference.year + (modifier === 'last' || (modifier === 'this past' && !pastThisYear) ? -1 : modifier === 'next' ? 1 : 0)
        return {type: 'DATE', value: `${pad(year, 4)}-${code}`}
      }
    },
    {
      anchors: {words: [...dayPartWords, 'tonight', 'night', 'overnight', 'midmorning', 'midafternoon']},
      // "mid-afternoon yesterday": a part of the day the text's own day, or the one a word names.
      regex: new RegExp(`\\b(yesterday|today|tomorrow|tonight|last\\s+night|this)\\s+(${PART})\\b|\\b(tonight|last\\s+night|overnight)\\b|\\bmid-?\\s?(morning|afternoon)(?:\\s+(yesterday|today|tomorrow))?\\b`, 'gi'),
      build(match, context) {
        const word = (match[1] ?? match[3] ?? match[5] ?? '').toLowerCase().replace(/\s+/g, ' ')
        const named = match[2] ?? match[4]
        const part = named ? (lexicon.dayParts[named.toLowerCase()] as string) : 'NI'
        const shift = word === 'yesterday' || word === 'last night' || word === 'overnight' ? -1 : word === 'tomorrow' ? 1 : 0
        const day = context.reference && addDays(context.reference, shift)
        return {type: 'TIME', value: `${day ? formatDay(day) : 'XXXX-XX-XX'}T${part}`}
      }
    },
    {
      anchors: {words: ['today', 'yesterday', 'tomorrow', 'now', 'currently', 'nowadays', 'these', 'recently', 'lately', 'future', 'past', 'current', 'soon', 'term']},
      regex: /\b(?:(early|late|earlier|later)\s+)?(today|yesterday|tomorrow|now|currently|nowadays|these\s+days|recently|lately|the\s+(?:near\s+)?future(?!\s+of\b)|the\s+past(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|few|several|many|couple)\b)|current|the\s+(?:near|short)\s+term|(?<!\bas\s)soon(?!\s+(?:after|afterwards?|as|before|thereafter)\b))\b/gi,
      build(match, context, sentence) {
        const word = (match[2] ?? '').toLowerCase().replace(/\s+/g, ' ')
        if (word === 'today' || word === 'yesterday' || word === 'tomorrow') {
          const day = context.reference && addDays(context.reference, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0)
          return {type: 'DATE', value: day ? formatDay(day) : 'XXXX-XX-XX'}
        }
        if (match[1]) return undefined
        // "soon" looks ahead only from the present: "was soon released" tells a past sequence.
        if (word === 'soon' && pastNear(sentence, match.index, match.index + match[0].length)) return undefined
        if (/future|soon|term/.test(word)) return {type: 'DATE', value: 'FUTURE_REF'}
        if (/now|current|these days/.test(word)) return {type: 'DATE', value: 'PRESENT_REF'}
        return {type: 'DATE', value: 'PAST_REF'}
      }
    },
    {
      // "last week", "next month", "this year", "earlier this year", "early next year", "the past year"
      anchors: {words: ['week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century']},
      regex: /\b(?:(earlier|later|early|late)\s+)?(this|last|next|coming|previous|current|past|following|latest(?=\s+(?:fiscal\s+)?year\b))\s+(?:fiscal\s+)?(week|weekend|month|year|quarter|decade|century)\b/gi,
      build(match, context, sentence) {
        // "This Week" with a capital is a title (a show, a column), not a week.
        if (capitalized(match[3] ?? '')) return undefined
        const which = (match[2] ?? '').toLowerCase()
        const unit = (match[3] ?? '').toLowerCase()
        const mod = edge(match[1])
        // "the past year" names the year before the article's; "the past month" lasts a month.
        if (which === 'past' && !(unit === 'year' && context.reference)) return {type: 'DURATION', value: duration(1, unit === 'weekend' ? 'week' : unit)}
        if (which === 'last' && unit === 'year' && context.quarter && !mod && /quarter/i.test(sentence)) return {type: 'DATE', value: shiftQuarter(context.quarter, -4)}
        const base = which === 'following' ? (context.anchor ?? context.reference) : context.reference
        if (!base) return withMod({type: 'DATE', value: unit === 'year' ? 'XXXX' : 'XXXX-XX'}, mod)
        const step = which === 'last' || which === 'previous' || which === 'past' || which === 'latest' ? -1 : which === 'next' || which === 'coming' || which === 'following' ? 1 : 0
        if (unit === 'weekend') return weekend(base, step)
        const found = withMod({type: 'DATE', value: period(base, unit, step)}, mod)
        return which === 'following' && (unit === 'year' || unit === 'month') ? {...found, fromLatest: {unit, step}} : found
      }
    },
    {
      // Earnings reports: "the quarter", "the year-ago period", "year-end"
      anchors: {words: ['quarter', 'period', 'end']},
      regex: /\b(?:(the|that)\s+(latest\s+)?(?:quarter|period)|(?:the\s+)?(year-ago|year-earlier)\s+(?:quarter|period)|(year[-\s]end|year's\s+end))\b/gi,
      build(match, context) {
        if (match[4]) return context.reference ? {type: 'DATE', value: formatYear(context.reference)} : undefined
        if (!context.quarter) return undefined
        return {type: 'DATE', value: match[3] ? shiftQuarter(context.quarter, -4) : context.quarter}
      }
    },
    {
      // "the year ended Sept. 30" is a fiscal year, a year long whatever its end; "the full year", "the
      // end of the year", "earlier in the month", "sales for the year" are the article's own year or month.
      anchors: {words: ['year', 'month', 'week']},
      regex: /\bthe\s+(?:fiscal\s+|financial\s+)?year(?=\s+(?:ended|ending)\b)|\bthe\s+(full)\s+year\b|\b(?:the\s+(end|start|beginning|middle)\s+of|(earlier|later)\s+in)\s+the\s+(year|month|week)\b|(?<=\b(?:for|during|in|of|through)\s)the\s+(year|month)\b(?!\s+(?:ended|ending|to|before|after|ago|earlier|later|\d)|[-'\u2019])/gi,
      build(match, context) {
        if (!match[1] && !match[4] && !match[5]) return {type: 'DURATION', value: 'P1Y'}
        if (!context.reference) return undefined
        const edgeWord = (match[2] ?? match[3] ?? '').toLowerCase()
        const mod = {end: 'END', later: 'END', start: 'START', beginning: 'START', earlier: 'START', middle: 'MID'}[edgeWord]
        return withMod({type: 'DATE', value: period(context.reference, (match[4] ?? match[5] ?? 'year').toLowerCase(), 0)}, mod)
      }
    },
    {
      // "later that year", "earlier that day", "that same year": the period the text last named.
      anchors: {words: ['day', 'month', 'year']},
      regex: /\b(?:(earlier|later)\s+that\s+(day|month|year)|(?:that|the)\s+same\s+(day|month|year)|that\s+(year))\b(?![-'\u2019])/gi,
      build(match, context) {
        const unit = (match[2] ?? match[3] ?? match[4] ?? '').toLowerCase() as FromLatest['unit']
        const base = context.anchor ?? context.reference
        if (!base) return undefined
        return withMod({type: 'DATE', value: period(base, unit, 0), fromLatest: {unit, step: 0}}, edge(match[1]))
      }
    },
    {
      anchors: {words: ['weekend']},
      regex: /\bthe\s+weekend\b/gi,
      build: (match, context, sentence) => (context.reference ? weekend(context.reference, futureBefore(sentence, match.index) ? 1 : 0) : {type: 'DATE', value: 'XXXX-WXX-WE'})
    },
    {
      // "Saturday", "last Friday", "Thursday evening", "next Tuesday"
      anchors: {names: weekdayNames},
      regex: new RegExp(`\\b(?:(last|this|next|coming|past|previous)\\s+)?(${W})(?:\\s+(${alternation(Object.keys(partCodes))}))?(?![${LETTERS}])`, 'gi'),
      build(match, context, sentence) {
        const name = match[2] ?? ''
        if (!capitalized(name) || (name.length <= 4 && !name.endsWith('.') && !/^(?:Tues|Thur|Thurs)$/.test(name))) return undefined
        const weekdayNumber = weekday(name)
        const modifier = match[1]?.toLowerCase()
        const part = match[3] ? partCodes[match[3].toLowerCase() as keyof typeof partCodes] : undefined
        const type = part ? 'TIME' : 'DATE'
        const suffix = part ? `T${part}` : ''
        if (!context.reference) return {type, value: `XXXX-WXX-${weekdayNumber}${suffix}`}
        // Tomorrow goes by its weekday ("flies Tuesday" on a Monday) unless the verb is past
        // ("approved on Tuesday"); six days ago is "last Tuesday".
        const tomorrow =
          weekdayNumber === weekdayOf(addDays(context.reference, 1)) && !pastNear(sentence, match.index, match.index + match[0].length)
        const forward = modifier === 'next' || modifier === 'coming' || (!modifier && (tomorrow || futureBefore(sentence, match.index) || deferredTo(sentence, match.index)))
        let day = weekdayNear(context.reference, weekdayNumber, forward)
        if (modifier === 'last' && dayNumber(day) === dayNumber(context.reference)) day = addDays(day, -7)
        // "the previous Friday" is the one before the day the text last named.
        if (modifier === 'previous' && context.anchor) day = weekdayNear(addDays(context.anchor, -1), weekdayNumber, false)
        const found: Found = {type, value: `${formatDay(day)}${suffix}`}
        return modifier === 'previous' && !part ? {...found, fromLatest: {unit: 'day', step: 0, weekday: weekdayNumber}} : found
      }
    },
    {
      anchors: {words: ['am', 'pm', 'm', 'noon', 'midday', 'midnight', 'morning', 'afternoon', 'evening']},
      // "high noon" is a showdown, not a clock time; "4 in the morning" is 04:00, "7 in the evening" 19:00,
      // but not "5 in the morning session".
      regex: /\b(\d{1,2})(?::(\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b)|(?<!\bhigh\s)\b(noon|midday|midnight)\b|\b(\d{1,2})(?::(\d{2}))?\s+(?:o'clock\s+)?in\s+the\s+(morning|afternoon|evening)\b/gi,
      build(match, context, sentence) {
        let hour: number
        let minute = Number(match[2] ?? match[6] ?? 0)
        if (match[4]) {
          hour = match[4].toLowerCase() === 'midnight' ? 24 : 12
          minute = 0
        } else if (match[7]) {
          const end = match.index + match[0].length
          if (/^\s+(?!(?:and|or|on|at|of|in|to|when|as|after|before|until|local)\b)[a-z]/.test(sentence.slice(end, end + 16))) return undefined
          hour = Number(match[5])
          if (hour < 1 || hour > 12) return undefined
          hour = (hour % 12) + (match[7].toLowerCase() === 'morning' ? 0 : 12)
        } else {
          hour = Number(match[1]) % 12
          if ((match[3] ?? '').toLowerCase().startsWith('p')) hour += 12
        }
        if (hour > 24 || minute > 59) return undefined
        const day = context.anchor ? formatDay(context.anchor) : 'XXXX-XX-XX'
        return {type: 'TIME', value: `${day}T${pad(hour)}:${pad(minute)}`}
      }
    },
    {
      // "two years", "about 10 days", "2 1/2 years", "a two-year", "three days ago", "the past three months"
      anchors: {words: unitWords},
      regex: new RegExp(
        `\\b(?:(${MOD})\\s+)?(?:the\\s+)?(?:(past|last|next|first|previous|coming|following)\\s+)?(${N})((?:\\s+and\\s+a\\s+half|\\s+1/2))?(?:\\s+(?:${QUALIFIER}))?[\\s-]+(${U}s?)(\\s+and\\s+a\\s+half|[\\s-]+old)?\\b(?:\\s+(ago|earlier|later|from\\s+now))?`,
        'gi'
      ),
      build(match, context, sentence) {
        const count = number(match[3] ?? '')
        const unit = unitOf(match[5] ?? '')
        if (count === undefined || !unit || count > 5000) return undefined
        // "$2 million a year", "four flights a week": a rate, not a length of time.
        if (/^an?$/i.test(match[0].split(/\s/, 1)[0] ?? '') && !match[7] && rateBefore(sentence, match.index)) return undefined
        // "a 52-year-old", "52 years old": an age, which TIMEX3 leaves alone; "three-quarters" is a share.
        if (/old$/i.test(match[6] ?? '')) return undefined
        // "60 Minutes" with a capital is a title; "a second group" counts, it does not last.
        if (capitalized(match[5] ?? '')) return undefined
        if (unit.letter === 'S' && /^an?$/i.test(match[3] ?? '') && !match[7] && /^\s+(?!(?:or|and|to|of|later|earlier|before|after|ago|longer)\b)\p{L}/u.test(sentence.slice(match.index + match[0].length))) return undefined
        if (unit.letter === 'Q' && (count === 1 || /-quarter/i.test(match[0]))) return undefined
        // "will one day be": some day ahead, not a day's length.
        if (/^one$/i.test(match[0].split(/\s/, 1)[0] ?? '') && unit.letter === 'D' && !match[7] && /\b(?:will|would|could|may|might|can|shall|should|must)\s+$/i.test(textBefore(sentence, match.index, 8))) {
          return {type: 'DATE', value: 'FUTURE_REF'}
        }
        const half = match[4] || match[6] ? 0.5 : 0
        const direction = match[7]?.toLowerCase().replace(/\s+/g, ' ')
        const unitName = (match[5] ?? '').toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')
        if (direction) {
          // "an hour later": the clock time is not known, so it stays a length of time.
          if (lexicon.units[unitName]?.time) return {type: 'DURATION', value: duration(count + half, unitName)}
          const base = direction === 'later' ? (context.anchor ?? context.reference) : context.reference
          if (!base) return {type: 'DATE', value: direction === 'ago' || direction === 'earlier' ? 'PAST_REF' : 'FUTURE_REF'}
          if (context.quarter && count === 1 && unitName === 'year' && direction !== 'later') return {type: 'DATE', value: shiftQuarter(context.quarter, -4)}
          const step = direction === 'ago' || direction === 'earlier' ? -count : count
          // The value keeps the expression's granularity: "six weeks ago" is a week, "ten days ago" a day.
          return {type: 'DATE', value: period(base, unitName, step)}
        }
        const mod = match[1] ? lexicon.mods[match[1].toLowerCase().replace(/\s+/g, ' ')] : undefined
        return withMod({type: 'DURATION', value: duration(count + half, unitName)}, mod)
      }
    },
    {
      anchors: {words: unitWords},
      regex: new RegExp(`\\b(?:((?:the\\s+(?:past|last|next)\\s+)?(?:several|a\\s+few|few|many)|recent|coming)\\s+)(${U}s)\\b(\\s+ago\\b)?|(?<=\\b(?:for|over|within)\\s+)((?:second|minute|hour|day|week|month|year|decade)s|centuries)\\b`, 'gi'),
      build(match) {
        const unitName = (match[2] ?? match[4] ?? '').toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')
        const unit = lexicon.units[unitName]
        if (!unit) return undefined
        // "several years ago" is some point in the past, not a length of time; so are "recent years",
        // but "in recent weeks" spans the weeks up to now.
        if (match[3] || (/recent/i.test(match[1] ?? '') && unitName === 'year')) return {type: 'DATE', value: 'PAST_REF'}
        return {type: 'DURATION', value: unit.time ? `PTX${unit.letter}` : `PX${unit.letter}`}
      }
    },
    {
      // "a day-long meeting" lasts a day, "a decades-long feud" some decades.
      anchors: {words: unitWords},
      regex: new RegExp(`\\b(${U}s?)-long\\b`, 'gi'),
      build(match) {
        const written = (match[1] ?? '').toLowerCase()
        const unitName = written.replace(/ies$/, 'y').replace(/s$/, '')
        const unit = lexicon.units[unitName]
        if (!unit) return undefined
        if (written === unitName) return {type: 'DURATION', value: duration(1, unitName)}
        return {type: 'DURATION', value: unit.time ? `PTX${unit.letter}` : `PX${unit.letter}`}
      }
    },
    {
      // "every Monday", "each July", "every day", "daily", "Tuesday nights"
      anchors: {words: ['every', 'each', 'daily', 'weekly', 'monthly', 'yearly', 'hourly', 'nightly', ...fullWeekdays.map((name) => `${name}s`)]},
      regex: new RegExp(`\\b(?:every|each)\\s+(?:(${W})|(${M})|(${U}))\\b|\\b(daily|weekly|monthly|yearly|hourly|nightly)\\b|\\b(${fullWeekdays.join('|')})s(?:\\s+(mornings|afternoons|evenings|nights))?\\b`, 'gi'),
      build(match) {
        if (match[1] || match[5]) {
          const part = match[6] ? `T${partCodes[match[6].toLowerCase().replace(/s$/, '') as keyof typeof partCodes]}` : ''
          return {type: 'SET', value: `XXXX-WXX-${weekday(match[1] ?? match[5] ?? '')}${part}`}
        }
        if (match[2]) return {type: 'SET', value: `XXXX-${pad(month(match[2]))}`}
        if (match[3]) return {type: 'SET', value: duration(1, (match[3] ?? '').toLowerCase())}
        const adverb = (match[4] ?? '').toLowerCase()
        const unit = {daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', annually: 'year', yearly: 'year', hourly: 'hour', nightly: 'day'}[adverb] ?? 'day'
        return {type: 'SET', value: duration(1, unit)}
      }
    }
  ]

  /** A day of a month: in the year given, else the one `which` ("last", "next") or the tense of the sentence asks for. */
  function monthDay(monthNumber: number, day: number, year: string | undefined, which: string | undefined, context: Context, sentence: string, match: RegExpExecArray): Found | undefined {
    if (day < 1 || day > 31) return undefined
    if (year) return date(dayOf(Number(year), monthNumber, day), formatDay)
    if (!context.reference) return {type: 'DATE', value: `XXXX-${pad(monthNumber)}-${pad(day)}`}
    // "last Oct. 23" is the latest one before the article, "next March 3" the first one after it.
    if (which) return date(holidayNear(context.reference, {month: monthNumber, day}, which !== 'last', which === 'last' ? 'last' : 'next'), formatDay)
    const past = pastVerbJustBefore(sentence, match.index) || pastVerbJustAfter(sentence, match.index, match.index + match[0].length)
    const tense = futureBefore(sentence, match.index) || deferredTo(sentence, match.index) ? 'future' : past ? 'past' : 'unmarked'
    return date(monthDayNear(context.reference, monthNumber, day, tense), formatDay)
  }

  function duration(count: number, unitName: string): string {
    const unit = lexicon.units[unitName] ?? {letter: unitName.toUpperCase()}
    count *= unit.times ?? 1
    const whole = Math.floor(count)
    const rest = count - whole
    if (rest === 0.5 && unit.letter === 'Y') return `P${whole}Y6M`
    if (rest === 0.5 && unit.letter === 'M' && !unit.time) return `P${whole}M15D`
    if (rest === 0.5 && unit.letter === 'M' && unit.time) return `PT${whole}M30S`
    if (rest === 0.5 && unit.letter === 'H') return `PT${whole}H30M`
    const value = rest ? String(count) : String(whole)
    return unit.time ? `PT${value}${unit.letter}` : `P${value}${unit.letter}`
  }

  const patternsIn = anchorScanner(patterns)

  return {
    mainQuarter(text, reference) {
      const counts = new Map<number, number>()
      for (const match of text.matchAll(/\b(first|second|third|fourth)[-\s]quarter\b/gi)) {
        const ordinal = ['first', 'second', 'third', 'fourth'].indexOf((match[1] ?? '').toLowerCase()) + 1
        counts.set(ordinal, (counts.get(ordinal) ?? 0) + 1)
      }
      // The quarter just ended is what an earnings report is about whenever it names it.
      const ended = addMonths(reference, -3)
      if (counts.has(quarterOf(ended))) return formatQuarter(ended)
      const [ordinal, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0]
      return count >= 2 ? `${pad(reference.year, 4)}-Q${ordinal}` : undefined
    },
    find(sentence, offset, context) {
      const present = patternsIn(sentence)
      const candidates: Candidate[] = []
      for (const [index, pattern] of patterns.entries()) {
        if ((present & (1 << index)) === 0) continue
        pattern.regex.lastIndex = 0
        for (let match = pattern.regex.exec(sentence); match; match = pattern.regex.exec(sentence)) {
          if (match[0].length === 0) {
            pattern.regex.lastIndex++
            continue
          }
          const built = pattern.build(match, context, sentence)
          if (!built) continue
          for (const {span, ...found} of Array.isArray(built) ? built : [built]) {
            const [from, to] = span ?? [match.index, match.index + match[0].length]
            candidates.push({start: offset + from, end: offset + to, text: sentence.slice(from, to), ...found})
          }
        }
      }
      let latest = context.latest
      return longestFirst(candidates).map((candidate) => {
        const {fromLatest, ...mention} = annotatedSpan(aroundDay(candidate, sentence, offset), sentence, offset, takesArticle)
        const resolved = fromLatest ? againstLatest(mention, fromLatest, latest) : mention
        if (resolved.type === 'DATE' && calendarValue.test(resolved.value)) latest = resolved.value
        return resolved
      })
    }
  }
}

/** The words of `text`, letters only, in lower case. */
function lowerWords(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? []
}

/**
 * Which patterns can match in a sentence, from one pass over it: bit `i` stands for `patterns[i]`.
 * Most sentences name no date, and one scan for the anchor words costs far less than every regex.
 * The scan is looser than the patterns around a word (any non-letter may touch it, as in "5pm"),
 * so it never hides a match.
 */
function anchorScanner(patterns: ReadonlyArray<Pattern>): (sentence: string) => number {
  if (patterns.length > 31) throw new RangeError('One bit a pattern: at most 31 patterns')
  const anyCase = new Map<string, number>()
  const capitalized = new Map<string, number>()
  let longNumber = 0
  const add = (words: Map<string, number>, phrases: Iterable<string> | undefined, bit: number) => {
    for (const phrase of phrases ?? []) {
      for (const word of lowerWords(phrase)) words.set(word, (words.get(word) ?? 0) | bit)
    }
  }
  for (const [index, {anchors}] of patterns.entries()) {
    add(anyCase, anchors.words, 1 << index)
    add(capitalized, anchors.names, 1 << index)
    if (anchors.longNumber) longNumber |= 1 << index
  }
  const anchor = new RegExp(`(?<![a-z])(?:${alternation(new Set([...anyCase.keys(), ...capitalized.keys()]))})(?![a-z])|\\d{4}`, 'gi')
  return (sentence) => {
    let present = 0
    anchor.lastIndex = 0
    for (let match = anchor.exec(sentence); match; match = anchor.exec(sentence)) {
      const word = match[0]
      const first = word.charCodeAt(0)
      if (first >= 48 && first <= 57) {
        present |= longNumber
        continue
      }
      const lower = word.toLowerCase()
      present |= anyCase.get(lower) ?? 0
      if (lower.charCodeAt(0) !== first) present |= capitalized.get(lower) ?? 0
    }
    return present
  }
}

/**
 * "the day before Tuesday" is a day earlier, "the week of March 6" the week that holds it: such words
 * before a full date take it in.
 */
function aroundDay<Mention extends DateMention>(mention: Mention, sentence: string, offset: number): Mention {
  if (mention.type !== 'DATE' || !/^\d{4}-\d\d-\d\d$/.test(mention.value)) return mention
  const start = mention.start - offset
  const before = /(?:\bthe\s+)?\b(?:day\s+(before|after)|week\s+of)\s+$/i.exec(textBefore(sentence, start, 20))
  const day = before && parseDay(mention.value)
  if (!before || !day) return mention
  const from = mention.start - before[0].length
  const value = before[1] ? formatDay(addDays(day, before[1].toLowerCase() === 'before' ? -1 : 1)) : formatWeek(day)
  return {...mention, start: from, text: sentence.slice(from - offset, mention.end - offset), value}
}

/**
 * TIMEX3 spans as annotators draw them: a hedge after a date or length is part of it ("the next
 * year or so"), a relative date takes its "the" ("the past year", "the
 * previous Friday"), a date its edge ("the end of November", mod END), and a length written as an
 * adjective leaves the article out ("the two-week crisis" is "two-week").
 */
function annotatedSpan<Mention extends DateMention>(found: Mention, sentence: string, offset: number, takesArticle: RegExp): Mention {
  // "the next year or so", "1994 or later": the hedge belongs to the expression.
  // "weeks or months": an unspecified length takes the other unit it is weighed against.
  const hedgeAfter = /^PT?X[A-Z]$/.test(found.value) ? /^\s+or\s+(?:so|later|earlier|longer|days|weeks|months|years|decades)\b/i : /^\s+or\s+(?:so|later|earlier|longer)\b/i
  const hedge = found.type === 'DATE' || found.type === 'DURATION' ? hedgeAfter.exec(sentence.slice(found.end - offset, found.end - offset + 16)) : null
  const mention = hedge ? {...found, end: found.end + hedge[0].length, text: found.text + hedge[0]} : found
  const start = mention.start - offset
  const extend = (by: number, extra: Partial<DateMention> = {}): Mention => {
    const from = mention.start - by
    return {...mention, ...extra, start: from, text: sentence.slice(from - offset, mention.end - offset)}
  }
  if (mention.type === 'DURATION') {
    const adjective = /^the\s+(?=[^\s-]+-[^\s-]+$)/i.exec(mention.text)
    return adjective ? {...mention, start: mention.start + adjective[0].length, text: mention.text.slice(adjective[0].length)} : mention
  }
  if (mention.type !== 'DATE' || /_REF$/.test(mention.value)) return mention
  const before = textBefore(sentence, start, 30)
  const edgeOf = /\bthe\s+(end|beginning|start|middle)\s+of\s+$/i.exec(before)
  if (edgeOf && !/^the\b/i.test(mention.text)) {
    const mod = mention.mod ?? edge(edgeOf[1] === 'middle' ? 'mid' : `the ${edgeOf[1]} of`)
    return extend(edgeOf[0].length, mod ? {mod} : {})
  }
  const article = /\bthe\s+$/i.exec(before)
  return article && takesArticle.test(mention.text) ? extend(article[0].length) : mention
}

/** Keep the longest of overlapping candidates, earliest first. */
function longestFirst<Mention extends DateMention>(candidates: Mention[]): Mention[] {
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
  const kept: Mention[] = []
  for (const candidate of candidates) {
    const last = kept.at(-1)
    if (last && candidate.start < last.end) {
      if (candidate.end - candidate.start > last.end - last.start) kept[kept.length - 1] = candidate
      continue
    }
    kept.push(candidate)
  }
  return kept
}

/**
 * "5 p.m. EST Nov. 9", "noon Thursday", "6 a.m. local time on Sunday": a clock time beside a day is one TIME on that day. Over
 * the whole text, as a sentence splitter may take the full stop of "p.m." for a sentence end.
 */
export function mergeClockAndDay(mentions: ReadonlyArray<DateMention>, text: string): DateMention[] {
  const merged: DateMention[] = []
  for (const mention of mentions) {
    const previous = merged.at(-1)
    const gap = previous ? text.slice(previous.end, mention.start) : ''
    const clockThenDay = previous?.type === 'TIME' && /T\d\d:\d\d$/.test(previous.value) && mention.type === 'DATE' && /^\d{4}-\d\d-\d\d$/.test(mention.value)
    const dayThenClock = previous?.type === 'DATE' && /^\d{4}-\d\d-\d\d$/.test(previous.value) && mention.type === 'TIME' && /T\d\d:\d\d$/.test(mention.value)
    if (previous && (clockThenDay || dayThenClock) && /^,?\s(?:(?:[A-Z]{1,3}T|UTC|local\stime),?\s)?(?:on\s)?$/.test(gap)) {
      const day = clockThenDay ? mention.value : previous.value
      const clock = (clockThenDay ? previous.value : mention.value).slice(10)
      merged[merged.length - 1] = {
        start: previous.start,
        end: mention.end,
        text: text.slice(previous.start, mention.end),
        type: 'TIME',
        value: `${day}${clock}`
      }
      continue
    }
    merged.push(mention)
  }
  return merged
}

function period(base: Day, unit: string, step: number): string {
  switch (unit) {
    case 'day':
    case 'night':
      return formatDay(addDays(base, step))
    case 'week':
    case 'fortnight':
      return formatWeek(addDays(base, 7 * step * (unit === 'fortnight' ? 2 : 1)))
    case 'weekend':
      return `${formatWeek(addDays(base, 7 * step))}-WE`
    case 'month':
      return formatMonth(addMonths(base, step))
    case 'quarter':
      return formatQuarter(addMonths(base, 3 * step))
    case 'decade':
      return String(Math.floor((base.year + 10 * step) / 10))
    case 'century':
      return String(Math.floor((base.year + 100 * step) / 100))
    case 'hour':
    case 'minute':
    case 'second':
      return formatDay(base)
    default:
      return pad(base.year + step, 4)
  }
}

/** The weekend `step` weekends from the last one not after `day` (Saturday and Sunday belong to their own). */
function weekend(day: Day, step: number): Found {
  const last = weekdayOf(day) >= 6 ? day : addDays(day, -7)
  return {type: 'DATE', value: `${formatWeek(addDays(last, 7 * step))}-WE`}
}

function shiftQuarter(quarter: string, by: number): string {
  const [year, number] = quarter.split('-Q').map(Number) as [number, number]
  const index = year * 4 + number - 1 + by
  return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`
}

function date(day: Day | undefined, format: (day: Day) => string): Found | undefined {
  return day ? {type: 'DATE', value: format(day)} : undefined
}

function withMod(found: Found, mod: string | undefined): Found {
  return mod ? {...found, mod} : found
}

/** "early", "mid", "late" and their kin as TIMEX3 mods. */
function edge(word: string | undefined): string | undefined {
  const key = word?.toLowerCase().replace(/\s+/g, ' ')
  if (!key) return undefined
  if (key === 'early' || key === 'earlier this' || key === 'the start of' || key === 'the beginning of' || key === 'earlier') return 'START'
  if (key === 'mid') return 'MID'
  if (key === 'late' || key === 'later this' || key === 'the end of' || key === 'later') return 'END'
  return undefined
}

/** "May", "March" and "August" are words too: a month only with a capital and a date-like neighbour. */
function monthInContext(name: string, match: RegExpExecArray, sentence: string): boolean {
  if (!/^(?:may|march|august|sept?|jan|mar|jun|jul|dec)$/i.test(stripDot(name)) || match[1]) return true
  const before = textBefore(sentence, match.index, 12).toLowerCase()
  return /\b(?:in|since|until|till|by|from|through|during|of|early|late|mid|last|next|this|before|after|between|and)\s*$/.test(before)
}

function capitalized(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase()
}

function stripDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word
}

function pad(value: number, size = 2): string {
  return String(value).padStart(size, '0')
}

/** An alternation of names; abbreviations may take a full stop, full names may not swallow one. */
function names(list: ReadonlyArray<string>, isFull: (name: string) => boolean): string {
  const full = list.filter(isFull)
  const short = list.filter((name) => !isFull(name))
  return `(?:${alternation(full)}|(?:${alternation(short)})\\.?)`
}

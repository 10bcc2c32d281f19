import {addMonths, type Day, formatQuarter, formatYear, quarterOf} from '../calendar.js'
import {pad, sameLetters} from '../text.js'
import {period, shiftQuarter, withMod} from '../values.js'
import type {Vocabulary} from '../vocabulary.js'
import type {DateRule} from './types.js'

const ORDINALS = ['first', 'second', 'third', 'fourth']

/** "the third quarter", "third-quarter", "the first quarter of 2024", "the latest quarter". */
export const quarterRule: DateRule = {
  id: 'quarter',
  // "the fiscal first quarter": three gaps before the anchor.
  reach: 3,
  anchors: {words: ['quarter']},
  pattern:
    /\b(?:(?:the\s+)?(?:fiscal\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|latest|last|current|previous|year-ago|year-earlier)\s+quarter|(first|second|third|fourth|1st|2nd|3rd|4th|year-ago|year-earlier)-quarter)\b(?:\s+of\s+(\d{4}))?/gi,
  build(match, {reference, quarter, reportsGame, sentence, tense, words}) {
    const which = (match[1] ?? match[2] ?? '').toLowerCase()
    const ordinal = ORDINALS.indexOf(which) + 1 || Number.parseInt(which, 10) || 0
    // "scored twice in the fourth quarter": a period of a game, unless a year or "fiscal" names it.
    if (ordinal && !match[3] && !/fiscal/i.test(match[0]) && (reportsGame || words.reportsGame(sentence))) return undefined
    let year = match[3] ? Number(match[3]) : reference?.year
    // "the fourth quarter" in a January report is the one just ended: a calendar quarter two or
    // more ahead of the current one is last year's, unless the sentence looks ahead.
    if (ordinal && !match[3] && reference && !/fiscal/i.test(match[0])) {
      if (ordinal - quarterOf(reference) >= 2 && !tense.futureBefore(sentence, match.index)) year = reference.year - 1
    }
    if (ordinal) return {type: 'DATE', value: `${year === undefined ? 'XXXX' : pad(year, 4)}-Q${ordinal}`}
    if (which === 'year-ago' || which === 'year-earlier') {
      if (quarter) return {type: 'DATE', value: shiftQuarter(quarter, -4)}
      return reference ? {type: 'DATE', value: formatQuarter(addMonths(reference, -12))} : {type: 'DATE', value: 'XXXX-QX'}
    }
    // The current quarter is the one the article is written in, whatever quarter it reports on.
    if (!reference) return {type: 'DATE', value: 'XXXX-QX'}
    return {type: 'DATE', value: formatQuarter(which === 'current' ? reference : addMonths(reference, -3))}
  }
}

/** A year as a code writes it: "25" is 2025, as in "Q4'25", "FY25" and "3Q25". */
const codeYear = (written: string) => (written.length === 2 ? `20${written}` : written)

/**
 * "Q3", "Q1 2024", "2024-Q2", "Q4'23", "q1-2019", "3Q24", "Q4 FY25": a quarter as business news
 * abbreviates it, the number before the Q as analysts write it; without a year, read as "the third
 * quarter" is. A fiscal year's quarter is named by the fiscal year, as "FY25" is.
 */
export const quarterCodeRule: DateRule = {
  id: 'quarter-code',
  // "2023 - Q1": one gap before the anchor.
  reach: 1,
  // "Q" is a word of its own to the scan wherever digits touch it: "Q3", "3Q24".
  anchors: {words: ['q']},
  pattern:
    /\b(?:((?:19|20)\d\d)\s?[-/]?\s?Q([1-4])|Q([1-4])(?:(?:\s?[-/]\s?|\s|\s?')((?:19|20)\d\d|\d\d)|\s+FY\s?'?((?:20)?\d\d))?|([1-4])Q\s?'?((?:19|20)\d\d|\d\d))\b/gi,
  build(match, {reference, sentence, tense}) {
    const ordinal = Number(match[2] ?? match[3] ?? match[6])
    const written = match[1] ?? match[4] ?? match[5] ?? match[7]
    if (written) return {type: 'DATE', value: `${codeYear(written)}-Q${ordinal}`}
    if (!reference) return {type: 'DATE', value: `XXXX-Q${ordinal}`}
    const ahead = ordinal - quarterOf(reference) >= 2 && !tense.futureBefore(sentence, match.index)
    return {type: 'DATE', value: `${pad(reference.year - (ahead ? 1 : 0), 4)}-Q${ordinal}`}
  }
}

/**
 * "FY2025", "FY25", "FY 2024-25", "H1 2025", "1H25", "H2 FY26": fiscal years and halves as
 * results and budgets code them. A fiscal year is named by the year it is labelled with, as
 * "fiscal 2024" is; one written as two ("FY2024-25") by the later, which its short form ("FY25")
 * names. A half needs its year: a bare "H2" is as often hydrogen.
 */
export const fiscalCodeRule: DateRule = {
  id: 'fiscal-code',
  // "H1 FY25": one gap before the anchor.
  reach: 1,
  // "FY" and "H" are words of their own to the scan where digits touch them, but for an "H" between
  // digits, which the scan reads as joining them ("2H24", as "15h00").
  anchors: {words: ['fy', 'h'], digits: 'joined', requires: {digits: 'any'}},
  pattern: /\b(?:H([12])(?:\s?FY\s?'?|\s'?|')|([12])H(?:\s?FY\s?'?|\s?'?))((?:20)?\d\d)\b(?![-/.,:]\d)|\bFY\s?'?((?:20)?\d\d)(?:\s?[-/]\s?((?:20)?\d\d))?\b(?![-/.,:]\d)/g,
  build(match) {
    const half = match[1] ?? match[2]
    if (half) return {type: 'DATE', value: `${codeYear(match[3] as string)}-H${half}`}
    const first = Number(codeYear(match[4] as string))
    if (!match[5]) return {type: 'DATE', value: String(first)}
    // "FY2024-25": the second year must follow the first.
    const second = Number(codeYear(match[5]))
    return second === first + 1 ? {type: 'DATE', value: String(second)} : undefined
  }
}

/**
 * A quarter named with its year: "the 2023 third quarter", "the year-ago second quarter", "next
 * year's first quarter", and "year-earlier" alone before results
 * ("year-earlier profit").
 */
export const quarterOfYearRule: DateRule = {
  id: 'quarter-of-year',
  // "the 2023 fiscal first quarter": four gaps before the anchor.
  reach: 4,
  // Every match holds "quarter", "period" or "year-ago": "year" alone, far commoner, does not wake the rule.
  anchors: {words: ['quarter', 'period', 'year'], requires: {words: ['quarter', 'period', 'ago', 'earlier']}},
  pattern:
    /\b(?:the\s+)?(?:((?:1[89]|20)\d\d)|(year-ago|year-earlier)|(this|last|next)\s+year's)\s+(?:fiscal\s+)?(?:(first|second|third|fourth)[-\s]quarter|(quarter|period))\b|\b(year-ago|year-earlier)(?=\s+[a-z])(?!\s+(?:\w+[-\s]+)?(?:days?|weeks?|months?|quarters?|periods?|years?)\b)/gi,
  build(match, {reference, quarter}) {
    const yearAgo = quarter ? shiftQuarter(quarter, -4) : reference && pad(reference.year - 1, 4)
    if (match[6] || (!match[5] && !match[4])) return yearAgo ? {type: 'DATE', value: yearAgo} : undefined
    const base = quarter ? Number(quarter.slice(0, 4)) : reference?.year
    const which = match[3]?.toLowerCase()
    let year: number | undefined
    if (match[1]) year = Number(match[1])
    else if (base !== undefined) year = match[2] ? base - 1 : base + (which === 'last' ? -1 : which === 'next' ? 1 : 0)
    if (year === undefined) return undefined
    const ordinal = ORDINALS.indexOf((match[4] ?? '').toLowerCase()) + 1
    if (ordinal) return {type: 'DATE', value: `${pad(year, 4)}-Q${ordinal}`}
    return {type: 'DATE', value: quarter ? `${pad(year, 4)}-Q${quarter.slice(-1)}` : pad(year, 4)}
  }
}

/** "the first half of 2024", "the second half of the year", "the last two quarters of next year". */
export const halfRule: DateRule = {
  id: 'half',
  // "the first two quarters of": three gaps before the anchor.
  reach: 3,
  anchors: {words: ['half', 'quarters']},
  pattern: /\b(?:the\s+)?(first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+(?:((?:1[89]|20)\d\d)|(?:the|this|(last|next))\s+year)\b/gi,
  build(match, {reference}) {
    const which = match[3]?.toLowerCase()
    const year = match[2] ? Number(match[2]) : reference && reference.year + (which === 'last' ? -1 : which === 'next' ? 1 : 0)
    const half = (match[1] ?? '').toLowerCase() === 'first' ? 1 : 2
    return {type: 'DATE', value: `${year === undefined ? 'XXXX' : pad(year, 4)}-H${half}`}
  }
}

/** Earnings reports: "the quarter" and "the year-ago period" as the quarter reported on, "year-end" as the article's year. */
export const reportPeriodRule: DateRule = {
  id: 'report-period',
  // "the year-ago quarter": three gaps before the anchor.
  reach: 3,
  // Every match holds "quarter", "period" or "year": "end" alone, far commoner, does not wake the rule.
  anchors: {words: ['quarter', 'period', 'end'], requires: {words: ['quarter', 'period', 'year']}},
  pattern: /\b(?:(the|that)\s+(latest\s+)?(?:quarter|period)|(?:the\s+)?(year-ago|year-earlier)\s+(?:quarter|period)|(year[-\s]end|year's\s+end))\b/gi,
  build(match, {reference, quarter}) {
    if (match[4]) return reference ? {type: 'DATE', value: formatYear(reference)} : undefined
    if (!quarter) return undefined
    return {type: 'DATE', value: match[3] ? shiftQuarter(quarter, -4) : quarter}
  }
}

/**
 * "the year ended June 30" is a fiscal year, a year long whatever its end; "the full year", "the
 * end of the year", "by end of month", "earlier in the month", "sales for the year" are the
 * article's own year or month.
 */
export const theYearRule: DateRule = {
  id: 'the-year',
  // "the end of the year": three gaps before the anchor.
  reach: 3,
  // Every match holds one of these phrases; "year" alone, in most sentences that give one, does not.
  anchors: {phrases: ['the year', 'the month', 'the week', 'of year', 'of month', 'of week', 'fiscal year', 'financial year', 'full year']},
  pattern:
    /\bthe\s+(?:fiscal\s+|financial\s+)?year(?=\s+(?:ended|ending)\b)|\bthe\s+(full)\s+year\b|\b(?:(?:the\s+)?(end|start|beginning|middle)\s+of(?:\s+the)?|(earlier|later)\s+in\s+the)\s+(year|month|week)\b|(?<=\b(?:for|during|in|of|through)\s)the\s+(year|month)\b(?!\s+(?:ended|ending|to|before|after|ago|earlier|later|\d)|[-'\u2019])/gi,
  build(match, {reference}) {
    if (!match[1] && !match[4] && !match[5]) return {type: 'DURATION', value: 'P1Y'}
    if (!reference) return undefined
    const edgeWord = (match[2] ?? match[3] ?? '').toLowerCase()
    const mod = {end: 'END', later: 'END', start: 'START', beginning: 'START', earlier: 'START', middle: 'MID'}[edgeWord]
    return withMod({type: 'DATE', value: period(reference, (match[4] ?? match[5] ?? 'year').toLowerCase(), 0)}, mod)
  }
}

/** The quarter a text names at least twice, most often; or the one just ended, when it names that (see `Context.quarter`). */
export function mainQuarter(text: string, reference: Day): string | undefined {
  // Most texts name no quarter: a plain search spares them the ordinals' pattern.
  if (!holdsQuarter(text)) return undefined
  const counts = new Map<number, number>()
  for (const match of text.matchAll(/\b(first|second|third|fourth)[-\s]quarter\b/gi)) {
    const ordinal = ORDINALS.indexOf((match[1] ?? '').toLowerCase()) + 1
    counts.set(ordinal, (counts.get(ordinal) ?? 0) + 1)
  }
  // The quarter just ended is what an earnings report is about whenever it names it.
  const ended = addMonths(reference, -3)
  if (counts.has(quarterOf(ended))) return formatQuarter(ended)
  const [ordinal, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0]
  return count >= 2 ? `${pad(reference.year, 4)}-Q${ordinal}` : undefined
}

/** Whether a text that names a quarter reports a game (`Vocabulary.reportsGame`): its quarters are the game's, and it reports on none of the year. */
export const reportsGame = (text: string, words: Vocabulary) => holdsQuarter(text) && words.reportsGame(text)

/**
 * Whether `text` holds "quarter" in any case. A search for its first letter, rare in English, reads
 * a text in a tenth of the time a pattern that ignores case takes.
 */
function holdsQuarter(text: string): boolean {
  for (const letter of ['q', 'Q']) {
    for (let at = text.indexOf(letter); at !== -1; at = text.indexOf(letter, at + 1)) if (sameLetters(text, at, 'quarter')) return true
  }
  return false
}

/**
 * "week 31", "in week 12 of 2025", "Week 40, 2024": a week of the year by its ISO number, as
 * factories, shipping and schedules count them; of the article's year when none is given. Not
 * "week 3 of the trial" (a week of something else) nor "week 2 results" (a noun after it).
 */
export const weekNumberRule: DateRule = {
  id: 'week-number',
  // Every match opens at its anchor.
  reach: 0,
  anchors: {words: ['week', 'wk'], requires: {digits: 'any'}},
  pattern: /\b(?:week|wk)\s+(\d{1,2})(?:(?:\s+of|,)?\s+((?:19|20)\d\d))?(?![\da-z])(?!\s+(?:of|in)\b|\s*[-/:.]\d|\s+[a-z])/gi,
  build(match, {reference}) {
    const week = Number(match[1])
    const year = match[2] ?? (reference ? pad(reference.year, 4) : 'XXXX')
    return week >= 1 && week <= 53 ? {type: 'DATE', value: `${year}-W${pad(week)}`} : undefined
  }
}

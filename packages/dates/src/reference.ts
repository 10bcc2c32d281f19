import type {ReferenceDate} from '@tidings/core'
import {addDays, type Day, dayNumber, dayOf, formatDay, parseDay, weekdayNear, weekdayOf} from './calendar.js'
import type {DateLexicon} from './lexicon.js'

/** Where a reference date may come from, most trusted first; a value that names no day is passed over. */
export interface ReferenceSources {
  /** The document's own `publishedAt`. */
  document?: string | null
  /** A date the clean stage lifted from the page. */
  metadata?: string
  /** The pipeline's `published` option, or the plugin's `referenceDate` (which then stands alone). */
  option?: string
}

/**
 * The date an article's expressions are resolved against, its time of day when the source gives
 * one, and where it came from: the document, the page's metadata, the option, or the text itself
 * when it pins one date. `sentences` are read only when nothing else gives a date.
 */
export function chooseReference(
  sources: ReferenceSources,
  sentences: () => ReadonlyArray<string>,
  lexicon: DateLexicon
): {reference: Day | undefined; minute?: number; record: ReferenceDate} {
  for (const [source, value] of [['document', sources.document], ['metadata', sources.metadata], ['option', sources.option]] as const) {
    const day = value ? parseDay(value) : undefined
    if (!day) continue
    const minute = minuteOf(value!)
    return {reference: day, ...(minute === undefined ? {} : {minute}), record: {value: formatDay(day), source}}
  }
  const inferred = inferReference(sentences(), lexicon)
  if (inferred) return {reference: inferred.day, record: {value: formatDay(inferred.day), source: 'inferred', from: inferred.from}}
  return {reference: undefined, record: {value: null, source: 'none'}}
}

/** Minutes after midnight of "2024-03-06T21:40", none for a bare midnight (a date written as a time) or no time. */
function minuteOf(value: string): number | undefined {
  const time = /^\d{4}-\d\d-\d\dT([01]\d|2[0-3]):([0-5]\d)/.exec(value)
  const minute = time ? Number(time[1]) * 60 + Number(time[2]) : 0
  return minute === 0 ? undefined : minute
}

/**
 * When the text pins its own date: news names the same days by weekday and by date ("launched
 * Saturday" ... "launched on Dec. 30"). Among the years the text gives (and the year after each),
 * the one where at least two of the weekdays it names fall on its dated days, and more than in any
 * other year, dates the events; the article is then dated to the latest weekday it names, counted
 * from its earliest dated event, as news counts days.
 */
export function inferReference(sentences: ReadonlyArray<string>, lexicon: DateLexicon): {day: Day; from: string} | undefined {
  const monthNames = Object.keys(lexicon.months).sort((a, b) => b.length - a.length).join('|')
  const weekdayNames = Object.keys(lexicon.weekdays).filter((name) => name.length > 3).sort((a, b) => b.length - a.length).join('|')
  const monthDay = new RegExp(`\\b(${monthNames})\\.?\\s+(\\d{1,2})\\b|\\b(\\d{1,2})\\s+(${monthNames})\\b`, 'gi')
  const weekdayWord = new RegExp(`\\b(${weekdayNames})\\b`, 'gi')
  const years = new Set<number>()
  const dated: Array<{month: number; day: number}> = []
  const named = new Map<number, string>()
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(/\b((?:19|20)\d\d)\b/g)) years.add(Number(match[1]))
    for (const match of sentence.matchAll(monthDay)) {
      const month = lexicon.months[(match[1] ?? match[4] ?? '').toLowerCase()]
      const day = Number(match[2] ?? match[3])
      if (month && day >= 1 && day <= 31) dated.push({month, day})
    }
    for (const match of sentence.matchAll(weekdayWord)) {
      const word = match[1] ?? ''
      const weekday = lexicon.weekdays[word.toLowerCase()]
      if (weekday && word[0] !== word[0]?.toLowerCase()) named.set(weekday, word)
    }
  }
  if (years.size === 0 || dated.length === 0 || named.size < 2) return undefined
  const months = dated.map((event) => event.month)
  // Early-year dates beside late-year ones (Dec. 30, Jan. 2) cross into the next year.
  const crosses = Math.max(...months) - Math.min(...months) > 6
  const daysIn = (year: number) =>
    dated
      .map((event) => dayOf(crosses && event.month <= 6 ? year + 1 : year, event.month, event.day))
      .filter((day): day is Day => day !== undefined)
      .sort((a, b) => dayNumber(a) - dayNumber(b))
  const scored = [...new Set([...years].flatMap((year) => [year, year + 1]))].map((year) => {
    const days = daysIn(year)
    const matching = [...named.keys()].filter((weekday) => days.some((day) => weekdayOf(day) === weekday))
    return {year, days, matching}
  })
  scored.sort((a, b) => b.matching.length - a.matching.length)
  const [best, runnerUp] = scored
  if (!best || best.matching.length < 2 || (runnerUp && runnerUp.matching.length === best.matching.length)) return undefined
  const earliest = best.days[0] as Day
  const latest = [...named.keys()]
    .map((weekday) => weekdayNear(addDays(earliest, -1), weekday, true))
    .reduce((day, candidate) => (dayNumber(candidate) > dayNumber(day) ? candidate : day), best.days.at(-1) as Day)
  const evidence = best.matching.map((weekday) => `${named.get(weekday)} = ${formatDay(best.days.find((day) => weekdayOf(day) === weekday) as Day)}`)
  return {day: latest, from: `${evidence.join(', ')}; dated to the latest weekday it names`}
}

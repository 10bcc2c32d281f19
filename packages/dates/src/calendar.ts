import {type CalendarDay, dayFromNumber, dayNumber, dayOf, daysInMonth, holidayDate, type HolidayRule, parseDay, weekdayOf} from '@tidings/lexicon'

export {dayFromNumber, dayNumber, dayOf, holidayDate, type HolidayRule, parseDay, weekdayOf}

/**
 * Calendar arithmetic on dates only: proleptic Gregorian, no clock, no time zone. Plain integers,
 * because every candidate expression needs a few of these and a date library object per step
 * cost more than finding the expressions.
 */
export type Day = CalendarDay

export function addDays(day: Day, count: number): Day {
  return dayFromNumber(dayNumber(day) + count)
}

/** `count` months on; a day the target month lacks becomes its last day (Jan. 31 + 1 month = Feb. 28 or 29). */
export function addMonths(day: Day, count: number): Day {
  const index = day.year * 12 + day.month - 1 + count
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return {year, month, day: Math.min(day.day, daysInMonth(year, month))}
}

export function quarterOf(day: Day): number {
  return Math.ceil(day.month / 3)
}

/** The ISO week: weeks start on Monday, and a week belongs to the year that holds its Thursday. */
function isoWeekOf(day: Day): {weekYear: number; week: number} {
  const number = dayNumber(day)
  const thursday = number - weekdayOf(day) + 4
  const weekYear = dayFromNumber(thursday).year
  return {weekYear, week: Math.floor((thursday - dayNumber({year: weekYear, month: 1, day: 1})) / 7) + 1}
}

const pad = (value: number, size = 2) => String(value).padStart(size, '0')

export const formatDay = (day: Day) => `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`
export const formatMonth = (day: Day) => `${pad(day.year, 4)}-${pad(day.month)}`
export const formatYear = (day: Day) => pad(day.year, 4)
export const formatQuarter = (day: Day) => `${pad(day.year, 4)}-Q${quarterOf(day)}`
export function formatWeek(day: Day): string {
  const {weekYear, week} = isoWeekOf(day)
  return `${pad(weekYear, 4)}-W${pad(week)}`
}

/** The Monday of ISO week `week` of `weekYear` (week 1 holds January 4). */
export function weekMonday(weekYear: number, week: number): Day {
  const fourth = {year: weekYear, month: 1, day: 4}
  return addDays(fourth, 7 * (week - 1) - weekdayOf(fourth) + 1)
}

/** The ISO weeks of `year`: 53 when its last Thursday falls in week 53. */
export const weeksIn = (year: number) => isoWeekOf({year, month: 12, day: 28}).week

/** The weekday `weekday` (ISO, Monday 1) nearest `reference` looking back (same day counts) or ahead (strictly after). */
export function weekdayNear(reference: Day, weekday: number, future: boolean): Day {
  const difference = weekday - weekdayOf(reference)
  if (future) return addDays(reference, difference > 0 ? difference : difference + 7)
  return addDays(reference, difference <= 0 ? difference : difference - 7)
}

/**
 * The month-day a news article means: with `future`, the next one not before `reference`; else the
 * most recent one not after it, unless the next one is far nearer (a date a few weeks ahead, like a
 * payment or a vote, is named without its year too). "Dec. 30" in a January article is last year's.
 */
export function monthDayNear(reference: Day, month: number, day: number, tense: Tense): Day | undefined {
  const candidates = [reference.year - 1, reference.year, reference.year + 1]
    .map((year) => dayOf(year, month, day))
    .filter((candidate): candidate is Day => candidate !== undefined)
  return nearest(reference, candidates, tense)
}

/** The month a news article means, by the same rule as `monthDayNear`. */
export function monthNear(reference: Day, month: number, tense: Tense): Day {
  const start = {year: reference.year, month: reference.month, day: 1}
  const candidates = [-1, 0, 1].map((offset) => ({year: reference.year + offset, month, day: 1}))
  return nearest(start, candidates, tense) as Day
}

/**
 * A holiday named without its year, by the rule of `monthDayNear`; "last" takes the latest one
 * before `reference`, "next" the first one after it.
 */
export function holidayNear(reference: Day, rule: HolidayRule, future: boolean, which?: 'last' | 'next'): Day | undefined {
  const candidates = [reference.year - 1, reference.year, reference.year + 1]
    .map((year) => holidayDate(rule, year))
    .filter((candidate): candidate is Day => candidate !== undefined)
  const at = dayNumber(reference)
  if (which === 'last') return candidates.filter((candidate) => dayNumber(candidate) < at).at(-1)
  if (which === 'next') return candidates.find((candidate) => dayNumber(candidate) > at)
  return nearest(reference, candidates, future ? 'future' : 'unmarked')
}

/**
 * What the words around a date say of its time: `future` (a "will" before it), `past` (a past-tense
 * verb: "the year ended Jan. 31"), or nothing, `unmarked`.
 */
export type Tense = 'future' | 'past' | 'unmarked'

/**
 * What `near` gives by `tense`, where `isPast` (whether the sentence speaks of the past) is read only
 * when a past tense would change the day: mostly it does not (a month just gone is the past one
 * either way), and the words of a sentence cost far more than the calendar.
 */
export function nearByTense(near: (tense: Tense) => Day | undefined, ahead: boolean, isPast: () => boolean): Day | undefined {
  if (ahead) return near('future')
  const unmarked = near('unmarked')
  const past = near('past')
  const same = unmarked === undefined || past === undefined ? unmarked === past : dayNumber(unmarked) === dayNumber(past)
  return same || !isPast() ? unmarked : past
}

function nearest(reference: Day, candidates: ReadonlyArray<Day>, tense: Tense): Day | undefined {
  const future = tense === 'future'
  const at = dayNumber(reference)
  const past = candidates.filter((candidate) => dayNumber(candidate) <= at).at(-1)
  const next = candidates.find((candidate) => (future ? dayNumber(candidate) >= at : dayNumber(candidate) > at))
  if (future || !past) return next ?? past
  if (!next || tense === 'past') return past
  // Ahead only when at least twice as near: news reports the past.
  return (dayNumber(next) - at) * 2 < at - dayNumber(past) ? next : past
}

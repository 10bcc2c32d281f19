import {DateTime} from 'luxon'

/** Calendar arithmetic on dates only, in UTC: no clock, no machine time zone. */
export type Day = DateTime<true>

export function parseDay(value: string): Day | undefined {
  const day = DateTime.fromISO(value.slice(0, 10), {zone: 'utc'})
  return day.isValid ? day : undefined
}

export function dayOf(year: number, month: number, day: number): Day | undefined {
  const value = DateTime.utc(year, month, day)
  return value.isValid && value.day === day ? value : undefined
}

const pad = (value: number, size = 2) => String(value).padStart(size, '0')

export const formatDay = (day: Day) => `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`
export const formatMonth = (day: Day) => `${pad(day.year, 4)}-${pad(day.month)}`
export const formatYear = (day: Day) => pad(day.year, 4)
export const formatWeek = (day: Day) => `${pad(day.weekYear, 4)}-W${pad(day.weekNumber)}`
export const formatQuarter = (day: Day) => `${pad(day.year, 4)}-Q${day.quarter}`

/** The weekday `weekday` (ISO, Monday 1) nearest `reference` looking back (same day counts) or ahead (strictly after). */
export function weekdayNear(reference: Day, weekday: number, future: boolean): Day {
  const difference = weekday - reference.weekday
  if (future) return reference.plus({days: difference > 0 ? difference : difference + 7})
  return reference.minus({days: difference <= 0 ? -difference : 7 - difference})
}

/**
 * The month-day a news article means: with `future`, the next one not before `reference`; else the
 * most recent one not after it, unless the next one is far nearer (a date a few weeks ahead, like a
 * payment or a vote, is named without its year too). "Dec. 30" in a January article is last year's.
 */
export function monthDayNear(reference: Day, month: number, day: number, future: boolean): Day | undefined {
  const candidates = [reference.year - 1, reference.year, reference.year + 1]
    .map((year) => dayOf(year, month, day))
    .filter((candidate): candidate is Day => candidate !== undefined)
  return nearest(reference, candidates, future)
}

/** The month a news article means, by the same rule as `monthDayNear`. */
export function monthNear(reference: Day, month: number, future: boolean): Day {
  const start = DateTime.utc(reference.year, reference.month, 1) as Day
  const candidates = [-1, 0, 1].map((offset) => DateTime.utc(reference.year + offset, month, 1) as Day)
  return nearest(start, candidates, future) as Day
}

export let aheadPenalty = 1000
export function setPenalty(v: number) { aheadPenalty = v }
function nearest(reference: Day, candidates: ReadonlyArray<Day>, future: boolean): Day | undefined {
  const past = candidates.filter((candidate) => candidate <= reference).at(-1)
  const next = candidates.find((candidate) => (future ? candidate >= reference : candidate > reference))
  if (future || !past) return next ?? past
  if (!next) return past
  // Ahead only when at least twice as near: news reports the past.
  return next.diff(reference, 'days').days * 2 < reference.diff(past, 'days').days ? next : past
}

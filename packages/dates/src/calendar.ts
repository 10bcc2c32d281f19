/**
 * Calendar arithmetic on dates only: proleptic Gregorian, no clock, no time zone. Plain integers,
 * because every candidate expression needs a few of these and a date library object per step
 * cost more than finding the expressions.
 */
export interface Day {
  readonly year: number
  /** 1 to 12. */
  readonly month: number
  /** 1 to 31. */
  readonly day: number
}

/** The date a YYYY-MM-DD string starts with ("2024-05-08T10:00:00Z" gives 2024-05-08). */
export function parseDay(value: string): Day | undefined {
  const parts = /^(\d{4})-(\d\d)-(\d\d)(?!\d)/.exec(value)
  return parts ? dayOf(Number(parts[1]), Number(parts[2]), Number(parts[3])) : undefined
}

/** The date, or undefined when there is no such day (February 30). */
export function dayOf(year: number, month: number, day: number): Day | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return {year, month, day}
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** Days since 1970-01-01 (negative before it), so dates compare and subtract as numbers. */
export function dayNumber({year, month, day}: Day): number {
  // Counted from March 1 of year 0, so the leap day ends each 4-, 100- and 400-year cycle.
  const shiftedYear = month <= 2 ? year - 1 : year
  const era = Math.floor(shiftedYear / 400)
  const yearOfEra = shiftedYear - era * 400
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

export function dayFromNumber(number: number): Day {
  const shifted = number + 719_468
  const era = Math.floor(shifted / 146_097)
  const dayOfEra = shifted - era * 146_097
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365)
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153)
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
  return {year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1}
}

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

/** ISO weekday: Monday 1 to Sunday 7. */
export function weekdayOf(day: Day): number {
  // 1970-01-01 was a Thursday.
  return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1
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
 * A holiday's date in `year`: a fixed month and day, the `nth` `weekday` of a month (a negative
 * `nth` counts from the month's end), or days from Easter Sunday; then `shift` days on.
 */
export interface HolidayRule {
  month?: number
  day?: number
  /** ISO weekday, Monday 1. */
  weekday?: number
  nth?: number
  /** Set for holidays fixed by Easter. */
  easter?: boolean
  shift?: number
}

export function holidayIn(year: number, rule: HolidayRule): Day | undefined {
  let found: Day | undefined
  if (rule.easter) found = easterSunday(year)
  else if (rule.month && rule.day) found = dayOf(year, rule.month, rule.day)
  else if (rule.month && rule.weekday && rule.nth) {
    if (rule.nth > 0) {
      const first = {year, month: rule.month, day: 1}
      found = addDays(first, ((rule.weekday - weekdayOf(first) + 7) % 7) + 7 * (rule.nth - 1))
    } else {
      const last = {year, month: rule.month, day: daysInMonth(year, rule.month)}
      found = addDays(last, -((weekdayOf(last) - rule.weekday + 7) % 7) + 7 * (rule.nth + 1))
    }
  }
  // "the fifth Monday of February" most years does not exist.
  if (found && rule.nth && found.month !== rule.month) return undefined
  return found && rule.shift ? addDays(found, rule.shift) : found
}

/** Easter Sunday of the Gregorian calendar (the anonymous computus). */
export function easterSunday(year: number): Day {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  return {year, month, day: ((h + l - 7 * m + 114) % 31) + 1}
}

/**
 * A holiday named without its year, by the rule of `monthDayNear`; "last" takes the latest one
 * before `reference`, "next" the first one after it.
 */
export function holidayNear(reference: Day, rule: HolidayRule, future: boolean, which?: 'last' | 'next'): Day | undefined {
  const candidates = [reference.year - 1, reference.year, reference.year + 1]
    .map((year) => holidayIn(year, rule))
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

import {addDays, addMonths, type Day, formatDay, formatMonth, formatQuarter, formatWeek, weekdayOf} from './calendar.js'
import type {Found} from './rules/types.js'
import {pad} from './text.js'

/** A value that names one calendar year, month or day. */
export const calendarValue = /^\d{4}(?:-\d\d){0,2}$/

/** The period `step` units on from `base`, at the unit's grain ("2024-W02", "2023", "2024-Q1"). */
export function period(base: Day, unit: string, step: number): string {
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
export function weekend(day: Day, step: number): Found {
  const last = weekdayOf(day) >= 6 ? day : addDays(day, -7)
  return {type: 'DATE', value: `${formatWeek(addDays(last, 7 * step))}-WE`}
}

export function shiftQuarter(quarter: string, by: number): string {
  const [year, number] = quarter.split('-Q').map(Number) as [number, number]
  const index = year * 4 + number - 1 + by
  return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`
}

export function date(day: Day | undefined, format: (day: Day) => string = formatDay): Found | undefined {
  return day ? {type: 'DATE', value: format(day)} : undefined
}

export function withMod(found: Found, mod: string | undefined): Found {
  return mod ? {...found, mod} : found
}

/** "early", "mid", "late" and their kin as TIMEX3 mods. */
export function edge(word: string | undefined): string | undefined {
  const key = word?.toLowerCase().replace(/\s+/g, ' ')
  if (!key) return undefined
  if (key === 'early' || key === 'earlier this' || key === 'the start of' || key === 'the beginning of' || key === 'earlier') return 'START'
  if (key === 'mid') return 'MID'
  if (key === 'late' || key === 'later this' || key === 'the end of' || key === 'later') return 'END'
  return undefined
}

import fc from 'fast-check'
import {DateTime} from 'luxon'
import {describe, expect, it} from 'vitest'
import {
  addDays,
  addMonths,
  dayFromNumber,
  dayNumber,
  dayOf,
  formatDay,
  formatQuarter,
  formatWeek,
  holidayNear,
  monthDayNear,
  monthNear,
  parseDay,
  weekdayNear,
  weekdayOf
} from './calendar.js'

const day = (value: string) => parseDay(value) ?? expect.unreachable(value)

describe('holidays', () => {
  it('takes the nearest one, or the last or next one when asked', () => {
    const christmas = {month: 12, day: 25}
    expect(holidayNear(day('2024-01-10'), christmas, false)).toEqual(day('2023-12-25'))
    expect(holidayNear(day('2024-12-25'), christmas, false, 'last')).toEqual(day('2023-12-25'))
    expect(holidayNear(day('2024-12-25'), christmas, false, 'next')).toEqual(day('2025-12-25'))
  })
})

describe('the calendar', () => {
  it('reads the date a timestamp starts with, and only real days', () => {
    expect(parseDay('2024-05-08T10:00:00Z')).toEqual({year: 2024, month: 5, day: 8})
    expect(parseDay('2024-02-29')).toEqual({year: 2024, month: 2, day: 29})
    expect(parseDay('2023-02-29')).toBeUndefined()
    expect(parseDay('2024-05-081')).toBeUndefined()
    expect(parseDay('May 8, 2024')).toBeUndefined()
    expect(dayOf(1900, 2, 29)).toBeUndefined()
    expect(dayOf(2000, 2, 29)).toEqual({year: 2000, month: 2, day: 29})
    expect(dayOf(2024, 13, 1)).toBeUndefined()
  })

  it('adds days and months, keeping a month end inside the month', () => {
    expect(addDays(day('2024-02-28'), 2)).toEqual({year: 2024, month: 3, day: 1})
    expect(addDays(day('2024-01-04'), -5)).toEqual({year: 2023, month: 12, day: 30})
    expect(addMonths(day('2024-01-31'), 1)).toEqual({year: 2024, month: 2, day: 29})
    expect(addMonths(day('2023-01-31'), 1)).toEqual({year: 2023, month: 2, day: 28})
    expect(addMonths(day('2024-02-29'), -12)).toEqual({year: 2023, month: 2, day: 28})
    expect(addMonths(day('2024-01-15'), -1)).toEqual({year: 2023, month: 12, day: 15})
  })

  it('gives ISO weekdays, weeks and quarters', () => {
    expect(weekdayOf(day('2024-01-04'))).toBe(4)
    expect(weekdayOf(day('2023-12-31'))).toBe(7)
    expect(formatWeek(day('2024-01-04'))).toBe('2024-W01')
    expect(formatWeek(day('2021-01-03'))).toBe('2020-W53')
    expect(formatWeek(day('2024-12-30'))).toBe('2025-W01')
    expect(formatQuarter(day('2024-09-30'))).toBe('2024-Q3')
  })

  it('finds the weekday, month-day and month a news article means', () => {
    const thursday = day('2024-01-04')
    expect(weekdayNear(thursday, 6, false)).toEqual({year: 2023, month: 12, day: 30})
    expect(weekdayNear(thursday, 4, false)).toEqual(thursday)
    expect(weekdayNear(thursday, 4, true)).toEqual({year: 2024, month: 1, day: 11})
    expect(monthDayNear(thursday, 12, 30, 'unmarked')).toEqual({year: 2023, month: 12, day: 30})
    expect(monthDayNear(thursday, 1, 20, 'unmarked')).toEqual({year: 2024, month: 1, day: 20})
    expect(monthDayNear(thursday, 3, 1, 'unmarked')).toEqual({year: 2024, month: 3, day: 1})
    expect(monthDayNear(thursday, 6, 1, 'unmarked')).toEqual({year: 2023, month: 6, day: 1})
    expect(monthDayNear(thursday, 6, 1, 'future')).toEqual({year: 2024, month: 6, day: 1})
    // A past-tense verb keeps a date in the past however near the next one is: "the year ended March 1".
    expect(monthDayNear(thursday, 3, 1, 'past')).toEqual({year: 2023, month: 3, day: 1})
    expect(monthDayNear(thursday, 2, 30, 'unmarked')).toBeUndefined()
    expect(monthNear(thursday, 11, 'unmarked')).toEqual({year: 2023, month: 11, day: 1})
    expect(monthNear(thursday, 2, 'unmarked')).toEqual({year: 2024, month: 2, day: 1})
    expect(monthNear(thursday, 2, 'past')).toEqual({year: 2023, month: 2, day: 1})
  })
})

describe('the calendar against luxon', () => {
  // luxon is the reference: the stage counts in plain integers on its hot path, and must agree.
  const anyDay = fc.integer({min: dayNumber({year: 1600, month: 1, day: 1}), max: dayNumber({year: 2400, month: 12, day: 31})}).map(dayFromNumber)
  const luxonDay = (value: {year: number; month: number; day: number}) => DateTime.fromObject(value, {zone: 'utc'})
  const plain = (value: DateTime) => ({year: value.year, month: value.month, day: value.day})

  it('agrees on day and month steps, weekdays and ISO weeks for any day from 1600 to 2400', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({min: -800, max: 800}), fc.integer({min: -40, max: 40}), (start, days, months) => {
        expect(addDays(start, days)).toEqual(plain(luxonDay(start).plus({days})))
        expect(addMonths(start, months)).toEqual(plain(luxonDay(start).plus({months})))
        expect(weekdayOf(start)).toBe(luxonDay(start).weekday)
        expect(formatWeek(start)).toBe(luxonDay(start).toFormat("kkkk-'W'WW"))
        expect(formatQuarter(start)).toBe(`${luxonDay(start).toFormat('yyyy')}-Q${luxonDay(start).quarter}`)
      }),
      {numRuns: 2000}
    )
  })
})

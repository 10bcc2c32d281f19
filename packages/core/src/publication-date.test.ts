import fc from 'fast-check'
import {DateTime} from 'luxon'
import {describe, expect, it} from 'vitest'
import {publicationDay} from './publication-date.js'

describe('publicationDay', () => {
  it('gives the day of an ISO calendar date, alone or followed by a time', () => {
    expect(publicationDay('2024-02-29')).toBe('2024-02-29')
    expect(publicationDay('2024-05-08T10:00:00Z')).toBe('2024-05-08')
    expect(publicationDay('2000-02-29 23:59')).toBe('2000-02-29')
  })

  it('gives nothing for a value that names no day of the calendar', () => {
    expect(publicationDay('yesterday')).toBeUndefined()
    expect(publicationDay('2025-13-40')).toBeUndefined()
    expect(publicationDay('2025-02-30')).toBeUndefined()
    expect(publicationDay('1900-02-29')).toBeUndefined()
    expect(publicationDay('2025-04-31T08:00:00Z')).toBeUndefined()
    expect(publicationDay('2025-00-10')).toBeUndefined()
    expect(publicationDay('2025-05-081')).toBeUndefined()
    expect(publicationDay('May 8, 2025')).toBeUndefined()
  })

  it('agrees with luxon on every YYYY-MM-DD, real or not', () => {
    const digits = (length: number) => fc.integer({min: 0, max: 10 ** length - 1}).map((value) => String(value).padStart(length, '0'))
    fc.assert(
      fc.property(fc.integer({min: 1000, max: 2999}), digits(2), digits(2), (year, month, day) => {
        const value = `${year}-${month}-${day}`
        expect(publicationDay(value) !== undefined).toBe(DateTime.fromISO(value, {zone: 'utc'}).isValid)
      }),
      {numRuns: 2000}
    )
  })
})

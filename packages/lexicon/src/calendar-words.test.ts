import {describe, expect, it} from 'vitest'
import {calendarWords} from './calendar-words.js'

describe('calendarWords', () => {
  it('names every month and weekday, with abbreviations', () => {
    expect(new Set(Object.values(calendarWords.months))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))
    expect(new Set(Object.values(calendarWords.weekdays))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]))
    expect(calendarWords.months).toMatchObject({sept: 9, dec: 12, may: 5})
    expect(calendarWords.weekdays).toMatchObject({thurs: 4, sun: 7})
    for (const word of ['mai', 'day', 'week', 'tuesdays']) {
      expect(calendarWords.months[word]).toBeUndefined()
      expect(calendarWords.weekdays[word]).toBeUndefined()
    }
  })

  it('reads in lower case only the names that are no everyday word', () => {
    expect(calendarWords.caselessMonths).toEqual(expect.arrayContaining(['january', 'december', 'june']))
    expect(calendarWords.caselessWeekdays).toEqual(expect.arrayContaining(['monday', 'sunday']))
    for (const word of ['may', 'march', 'mar', 'jan', 'dec']) expect(calendarWords.caselessMonths).not.toContain(word)
    for (const word of ['sun', 'sat', 'wed', 'mon']) expect(calendarWords.caselessWeekdays).not.toContain(word)
    for (const word of [...calendarWords.caselessMonths]) expect(calendarWords.months[word]).toBeDefined()
    for (const word of [...calendarWords.caselessWeekdays]) expect(calendarWords.weekdays[word]).toBeDefined()
  })
})

import {describe, expect, it} from 'vitest'
import {holidayDate, holidays} from './holidays.js'

function on(name: string, year: number): string | undefined {
  const rule = holidays[name]
  if (!rule) throw new Error(`no holiday ${name}`)
  const day = holidayDate(rule, year)
  return day && `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`
}

describe('holidayDate', () => {
  it('dates fixed, weekday and Easter holidays', () => {
    expect(on('christmas', 2024)).toBe('2024-12-25')
    expect(on('thanksgiving', 2024)).toBe('2024-11-28')
    expect(on('memorial day', 2024)).toBe('2024-05-27')
    expect(on('election day', 2024)).toBe('2024-11-05')
    expect(on('easter', 2025)).toBe('2025-04-20')
    expect(on('good friday', 2025)).toBe('2025-04-18')
    expect(on('ash wednesday', 2025)).toBe('2025-03-05')
    expect(on('black friday', 2023)).toBe('2023-11-24')
  })

  it('dates Islamic holidays by the Umm al-Qura calendar', () => {
    expect(on('eid al-fitr', 2024)).toBe('2024-04-10')
    expect(on('ramadan', 2024)).toBe('2024-03-11')
    expect(on('eid al-adha', 2024)).toBe('2024-06-16')
    expect(on('islamic new year', 2024)).toBe('2024-07-07')
    expect(on('eid al-fitr', 2025)).toBe('2025-03-30')
  })

  it('dates Hebrew holidays, Purim in Adar II of a leap year', () => {
    expect(on('rosh hashanah', 2023)).toBe('2023-09-16')
    expect(on('yom kippur', 2023)).toBe('2023-09-25')
    expect(on('passover', 2024)).toBe('2024-04-23')
    expect(on('hanukkah', 2024)).toBe('2024-12-26')
    expect(on('purim', 2024)).toBe('2024-03-24')
    expect(on('purim', 2023)).toBe('2023-03-07')
    expect(on('shavuot', 2024)).toBe('2024-06-12')
  })

  it('dates Chinese holidays, never in a leap month', () => {
    expect(on('lunar new year', 2024)).toBe('2024-02-10')
    expect(on('lunar new year', 2023)).toBe('2023-01-22')
    expect(on('mid-autumn festival', 2024)).toBe('2024-09-17')
    expect(on('dragon boat festival', 2023)).toBe('2023-06-22')
    expect(on('lunar new year', 2026)).toBe('2026-02-17')
  })

  it('dates Diwali and Holi from the Moon and the Sun', () => {
    expect(on('diwali', 2024)).toBe('2024-11-01')
    expect(on('diwali', 2023)).toBe('2023-11-12')
    expect(on('diwali', 2022)).toBe('2022-10-24')
    expect(on('holi', 2024)).toBe('2024-03-25')
    expect(on('holi', 2023)).toBe('2023-03-08')
    expect(on('holi', 2025)).toBe('2025-03-14')
  })

  it('gives undefined for rules that name no day, and keeps answers deterministic', () => {
    expect(holidayDate({month: 2, weekday: 1, nth: 5}, 2025)).toBeUndefined()
    expect(holidayDate({month: 2, day: 30}, 2024)).toBeUndefined()
    expect(holidayDate({}, 2024)).toBeUndefined()
    expect(holidayDate({calendar: 'islamic', month: 2, day: 31}, 2024)).toBeUndefined()
    expect(holidayDate({month: 2, weekday: 4, nth: 5}, 2024)).toEqual({year: 2024, month: 2, day: 29})
    expect(on('eid al-fitr', 2024)).toBe(on('eid al-fitr', 2024))
  })

  it('lists names in lower case, each with a rule that dates it this decade', () => {
    for (const [name, rule] of Object.entries(holidays)) {
      expect(name).toBe(name.toLowerCase())
      expect(holidayDate(rule, 2026), name).toBeDefined()
    }
    for (const word of ['monday', 'eid', 'new year', 'holiday', 'festival']) expect(holidays[word]).toBeUndefined()
  })
})

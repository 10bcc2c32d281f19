import {describe, expect, it} from 'vitest'
import {calendarWords} from './calendar-words.js'
import {currencyWords} from './currencies.js'
import {escapeRegExp, extendLexicon, wordTable} from './extend.js'
import {holidays} from './holidays.js'
import {numberWords} from './numbers.js'

describe('extendLexicon', () => {
  it('appends to lists, merges records, keeps every default key and leaves the defaults alone', () => {
    const defaults: {words: string[]; codes: Record<string, string>; marks: string[]} = {words: ['ferry'], codes: {east: 'E'}, marks: ['!']}
    expect(extendLexicon(defaults, {words: ['quay'], codes: {west: 'W', east: 'X'}})).toEqual({words: ['ferry', 'quay'], codes: {east: 'X', west: 'W'}, marks: ['!']})
    expect(extendLexicon(defaults)).toEqual(defaults)
    expect(defaults).toEqual({words: ['ferry'], codes: {east: 'E'}, marks: ['!']})
  })

  it('gives tables in which a word finds only its own entries, not what every object inherits', () => {
    const merged = extendLexicon<{codes: Record<string, string>}>({codes: {east: 'E'}}, {codes: {west: 'W'}})
    expect(merged.codes['constructor']).toBeUndefined()
    expect(merged.codes['east']).toBe('E')
    for (const table of [numberWords.magnitudes, numberWords.cardinals, calendarWords.months, calendarWords.weekdays, currencyWords.names, holidays]) {
      for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) expect((table as Record<string, unknown>)[word]).toBeUndefined()
    }
    expect(numberWords.magnitudes['million']).toBe(1e6)
  })
})

describe('wordTable', () => {
  it('keeps the entries and nothing inherited', () => {
    const table = wordTable({dozen: 12, constructor: 5})
    expect(table['dozen']).toBe(12)
    expect(table['constructor']).toBe(5)
    expect(table['toString']).toBeUndefined()
    expect(Object.keys(table)).toEqual(['dozen', 'constructor'])
  })
})

describe('escapeRegExp', () => {
  it('matches its text literally, with and without the u flag', () => {
    for (const text of ['a.b*c', '(x|y)', '[z]', 'S&P 500', 'e-mail', 'back\\slash', '$5^2?']) {
      for (const flags of ['', 'u', 'iu']) {
        expect(new RegExp(`^${escapeRegExp(text)}$`, flags).test(text)).toBe(true)
      }
    }
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false)
  })
})

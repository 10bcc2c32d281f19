import {describe, expect, it} from 'vitest'
import {escapeRegExp, extendLexicon} from './extend.js'

describe('extendLexicon', () => {
  it('appends to lists, merges records, keeps every default key and leaves the defaults alone', () => {
    const defaults: {words: string[]; codes: Record<string, string>; marks: string[]} = {words: ['ferry'], codes: {east: 'E'}, marks: ['!']}
    expect(extendLexicon(defaults, {words: ['quay'], codes: {west: 'W', east: 'X'}})).toEqual({words: ['ferry', 'quay'], codes: {east: 'X', west: 'W'}, marks: ['!']})
    expect(extendLexicon(defaults)).toEqual(defaults)
    expect(defaults).toEqual({words: ['ferry'], codes: {east: 'E'}, marks: ['!']})
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

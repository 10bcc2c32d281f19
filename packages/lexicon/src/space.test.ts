import {describe, expect, it} from 'vitest'
import {isSpace, trimEnd, trimSpan} from './space.js'

describe('isSpace', () => {
  it('counts ASCII spaces, the no-break space, the byte-order mark and the Unicode separators, and nothing else', () => {
    for (const character of [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\ufeff', '\u2028', '\u2029']) expect(isSpace(character.charCodeAt(0))).toBe(true)
    for (const character of ['a', '.', '-', '\u200b', '0', '_']) expect(isSpace(character.charCodeAt(0))).toBe(false)
  })
})

describe('trimSpan', () => {
  it('drops white space, including no-break space, at both ends', () => {
    expect(trimSpan('\u00a0 ab c \n', {start: 0, end: 8})).toEqual({start: 2, end: 6})
    expect(trimSpan('   ', {start: 0, end: 3})).toEqual({start: 3, end: 3})
    expect(trimSpan('ab', {start: 0, end: 2})).toEqual({start: 0, end: 2})
  })
})

describe('trimEnd', () => {
  it('drops the given characters at the end only', () => {
    expect(trimEnd('LONDON (Reuters) -', ' -')).toBe('LONDON (Reuters)')
    expect(trimEnd('-a-', '-')).toBe('-a')
    expect(trimEnd('', '-')).toBe('')
  })
})

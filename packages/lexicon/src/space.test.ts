import {describe, expect, it} from 'vitest'
import {isSpace, isWhiteSpace, trimEnd, trimSpan} from './space.js'

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

describe('isWhiteSpace', () => {
  it('says what `\\s` says of every code unit', () => {
    const differ: number[] = []
    for (let code = 0; code <= 0xffff; code++) if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code)
    expect(differ).toEqual([])
  })

  it('counts the Ogham space mark and the byte-order mark, not the next-line control', () => {
    expect([0x1680, 0xfeff, 0x3000, 0x20, 0x0a].map(isWhiteSpace)).toEqual([true, true, true, true, true])
    expect([0x85, 0x200b, 0x41, 0x2e].map(isWhiteSpace)).toEqual([false, false, false, false])
  })
})

import {describe, expect, it} from 'vitest'
import {isWhiteSpace} from './white-space.js'

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

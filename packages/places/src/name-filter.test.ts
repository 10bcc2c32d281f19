import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {hashByte, hashWord, NameFilter, nameState, WORD_START} from './name-filter.js'

const encoder = new TextEncoder()
const byBytes = (word: string) => encoder.encode(word).reduce(hashByte, WORD_START)

describe('hashWord', () => {
  it('hashes the UTF-8 bytes of the word, as the packed keys are hashed', () => {
    for (const word of ['kyiv', 'sud', 'zurich', 'ålesund', 'ho chi', 'київ', '東京', '😀x', 'a\uD800b']) expect(hashWord(word)).toBe(byBytes(word))
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 12}), (word) => hashWord(word) === byBytes(word)), {numRuns: 500})
  })
})

describe('NameFilter', () => {
  const filter = new NameFilter()
  filter.addKey('north korea')
  filter.addKey('kyiv')

  it('lets through the keys it holds and the runs that go on to one', () => {
    expect(filter.mayName(nameState('north korea'))).toBe(true)
    expect(filter.mayName(nameState('kyiv'))).toBe(true)
    expect(filter.mayGoOn(nameState('north'))).toBe(true)
  })

  it('stops the runs it does not hold', () => {
    expect(filter.mayName(nameState('north'))).toBe(false)
    expect(filter.mayName(nameState('korea north'))).toBe(false)
    expect(filter.mayName(nameState('korea'))).toBe(false)
    expect(filter.mayGoOn(nameState('north korea'))).toBe(false)
    expect(filter.mayGoOn(nameState('kyiv'))).toBe(false)
  })

  it('copies without changing the original', () => {
    const more = filter.copy()
    more.addKey('lviv')
    expect(more.mayName(nameState('lviv'))).toBe(true)
    expect(filter.mayName(nameState('lviv'))).toBe(false)
  })
})

import {describe, expect, it} from 'vitest'
import {memoizedByCode} from './codes.js'

describe('memoizedByCode', () => {
  it('asks once a character and gives the same answer after', () => {
    const asked: string[] = []
    const vowel = memoizedByCode((character) => {
      asked.push(character)
      return 'aeioué'.includes(character) ? 1 : 0
    })
    expect(['é', 'b', 'é', 'a', 'b'].map((character) => vowel(character.charCodeAt(0)))).toEqual([1, 0, 1, 1, 0])
    expect(asked).toEqual(['é', 'b', 'a'])
  })
})

import {escapeRegExp} from '@tidings/core'
import {describe, expect, it} from 'vitest'
import {quantityWordsTest} from './quantity-words.js'

const lettered = ['one', 'two', 'ten', 'tens', 'tenth', 'six', 'lakh', 'minus', 'half', 'halves']
const signs = ['½', '¾', '+1']
const mayHold = quantityWordsTest(lettered, signs)
// The test as one plain pattern: any of the words after no letter or mark.
const plain = new RegExp(`(?<![\\p{L}\\p{M}])(?:${lettered.map(escapeRegExp).join('|')})|fold(?![\\p{L}\\p{M}])${signs.map((sign) => `|${escapeRegExp(sign)}`).join('')}`, 'iu')
const asPlain = (sentence: string) => /\d/.test(sentence) || plain.test(sentence)

describe('quantityWordsTest', () => {
  it('finds a digit, a word of the list where a word starts, "-fold" and a sign', () => {
    for (const sentence of ['It cost 5 pounds.', 'Two boats sank.', 'about TEN', 'Sales rose fourfold.', 'Add ½ a cup', '“one” she said', 'a Halfway house', 'ſix ships', 'a +1 score', 'caféone, then ½', 'éone-fold']) {
      expect([sentence, mayHold(sentence)]).toEqual([sentence, true])
    }
  })

  it('finds no word inside another, no "fold" before a letter or a mark, nor a word after a letter or a mark', () => {
    for (const sentence of ['Someone left early.', 'The weather was fine.', 'a foldable chair', 'unfolded', 'caféone', 'e\u0301two', 'fold\u0301', '']) {
      expect([sentence, mayHold(sentence)]).toEqual([sentence, false])
    }
  })

  it('agrees with the plain pattern on text made of the parts that could tell them apart', () => {
    const parts = ['one', 'Two', 'TEN', 'tens', 'tenth', 'ſix', 'ſ', 'K', 'LaKh', 'halve', 'minus', 'fold', 'FOLD', 'folded', 'fo', 'ld', 'é', '\u0301', '½', '+', '1', '😀', '𝒜', '-', ' ', ',', 'a', 'x', "'", 'o', 'ne', 'te']
    let seed = 7
    const random = (limit: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % limit
    }
    for (let round = 0; round < 5000; round++) {
      let sentence = ''
      for (let count = random(6); count >= 0; count--) sentence += parts[random(parts.length)]
      expect([sentence, mayHold(sentence)]).toEqual([sentence, asPlain(sentence)])
    }
  })

  it('stays linear on long input', () => {
    const long = `${'fo xen foldé ôten '.repeat(20_000)}é`
    expect(mayHold(long)).toBe(false)
  })
})

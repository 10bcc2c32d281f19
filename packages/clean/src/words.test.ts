import {describe, expect, it} from 'vitest'
import {countWords} from './words.js'

describe('countWords', () => {
  it('counts stop words and the publisher voice in any case, by the hash of ASCII words and by lower case for the rest', () => {
    expect(countWords('The Mayor said WE would open it')).toEqual({wordCount: 7, stops: 5, voiceCount: 1, capitalized: 3})
    expect(countWords("We're asking for YOUR help, ourselves")).toEqual({wordCount: 6, stops: 1, voiceCount: 3, capitalized: 2})
    // Listed words with letters beyond ASCII, in capitals too; a typographic apostrophe is another word than "we're".
    expect(countWords('MÁS de la mitad, É isso')).toEqual({wordCount: 6, stops: 4, voiceCount: 0, capitalized: 2})
    expect(countWords('We’re here')).toEqual({wordCount: 2, stops: 0, voiceCount: 0, capitalized: 1})
  })

  it('never counts a word longer than the longest listed word, nor a listed word inside another ("the-end" is two words)', () => {
    expect(countWords('Theresa thereafter ourselveses 2024 the-end')).toEqual({wordCount: 6, stops: 1, voiceCount: 0, capitalized: 1})
  })
})

import {describe, expect, it} from 'vitest'
import {mergeLexicon} from './lexicon.js'
import {buildVocabulary, placeNamed, WordKind} from './vocabulary.js'

describe('placeNamed', () => {
  const vocabulary = buildVocabulary(mergeLexicon())

  it('reads a name in capitals as the lists write it, each word and each part after a hyphen in title case', () => {
    expect(['LIMA', 'NEW ZEALAND', 'GUINEA-BISSAU', 'NORTH KOREAN', 'Lima', 'UK'].map((name) => placeNamed(vocabulary, name))).toEqual([
      'Lima', 'New Zealand', 'Guinea-Bissau', 'North Korea', 'Lima', 'UK'
    ])
  })

  it('leaves names the lists do not know, and other cases of a known name', () => {
    expect(['PORT ELDEN', 'New zealand', 'NEW  ZEALANDS', 'LIM'].map((name) => placeNamed(vocabulary, name))).toEqual([undefined, undefined, undefined, undefined])
  })
})

describe('wordKinds', () => {
  const vocabulary = buildVocabulary(mergeLexicon({functionWords: ['whilst'], titles: ['Marshal']}))
  const kinds = (words: string[]) => words.map((word) => vocabulary.wordKinds.get(word) ?? 0)

  it('holds the words of each short list in the cases it is looked up in, one bit a list', () => {
    expect(kinds(['The', 'the', 'Whilst', 'Monday', 'MONDAY', 'President', 'PRESIDENT', 'Inc', 'CEO', 'Marshal'])).toEqual([
      WordKind.functionWord, WordKind.functionWord, WordKind.functionWord, WordKind.notName, WordKind.notName, WordKind.title, WordKind.title,
      WordKind.abbreviation, WordKind.commonAcronym | WordKind.title, WordKind.title
    ])
  })

  it('gives a word in two lists both bits', () => {
    expect(kinds(['I', 'Co', 'Chief'])).toEqual([WordKind.notName | WordKind.functionWord, WordKind.abbreviation, WordKind.title])
  })

  it('holds no name, no upper-case function word and no other case of an acronym', () => {
    expect(kinds(['Ukraine', 'John', 'Reuters', 'THE', 'IT', 'Gdp', 'Kyiv'])).toEqual([0, 0, 0, 0, 0, 0, 0])
  })
})

describe('listedNames', () => {
  const vocabulary = buildVocabulary(mergeLexicon({organisations: ['Acme Works'], givenNames: ['Zorvan']}))

  it('holds the places, organisations and given names as the lists write them', () => {
    expect(['Ukraine', 'Kyiv', 'Reuters', 'Acme Works', 'John', 'Zorvan', 'Crimean'].map((name) => vocabulary.listedNames.has(name))).toEqual([true, true, true, true, true, true, true])
  })

  it('holds no word of the other lists and no other case of a name', () => {
    expect(['President', 'Ministry', 'The', 'ukraine', 'REUTERS', 'Zorvans'].map((name) => vocabulary.listedNames.has(name))).toEqual([false, false, false, false, false, false])
  })
})

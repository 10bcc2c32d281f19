import {describe, expect, it} from 'vitest'
import {mergeLexicon} from './lexicon.js'
import {buildVocabulary, placeNamed} from './vocabulary.js'

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

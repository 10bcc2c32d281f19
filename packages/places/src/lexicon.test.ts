import {describe, expect, it} from 'vitest'
import {commonWords, defaultLexicon, mergeLexicon} from './lexicon.js'

describe('lexicon', () => {
  it('adds a caller’s entries after its own', () => {
    const merged = mergeLexicon({countryNames: {Ruritania: 'RO'}, personTitles: ['envoy']})
    expect(merged.countryNames['Ruritania']).toBe('RO')
    expect(merged.countryNames['Burma']).toBe('MM')
    expect(merged.personTitles.at(-1)).toBe('envoy')
    expect(merged.personTitles).toContain('gov')
  })

  it('knows the commonest English words, and not the names of places', () => {
    const words = commonWords()
    for (const word of ['reading', 'police', 'mobile', 'white', 'house', 'over']) expect(words.has(word)).toBe(true)
    for (const name of ['paris', 'boston', 'kyiv', 'victoria', 'maria', 'lowell']) expect(words.has(name)).toBe(false)
  })

  it('keeps its lists in lower case where it compares lower-case keys', () => {
    for (const list of [defaultLexicon.personTitles, defaultLexicon.openers, defaultLexicon.featureWords, defaultLexicon.speechVerbs, defaultLexicon.organisationWords, defaultLexicon.publicationWords, defaultLexicon.calendarWords, defaultLexicon.placePrepositions, defaultLexicon.townNouns, defaultLexicon.divisionNouns, defaultLexicon.directionWords, defaultLexicon.peopleWords]) {
      for (const word of list) expect(word).toBe(word.toLowerCase())
    }
  })
})

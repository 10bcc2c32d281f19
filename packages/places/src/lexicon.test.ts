import {describe, expect, it} from 'vitest'
import {commonWords, defaultLexicon, mergeLexicon, namePrefixWords} from './lexicon.js'
import {defaultRegions} from './regions.js'

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

  it('knows the words that make a saint\'s name a church\'s, and not the words of a town\'s bodies', () => {
    for (const word of ['church', 'lutheran', 'catholic', 'cathedral', 'parish']) expect(defaultLexicon.churchWords).toContain(word)
    for (const word of ['police', 'council', 'city', 'county', 'cardinals']) expect(defaultLexicon.churchWords).not.toContain(word)
  })

  it('knows the words that open place names in full and cut short, and not the words that open phrases', () => {
    for (const word of ['mount', 'mt', 'fort', 'ft', 'port', 'point', 'saint', 'st']) expect(namePrefixWords.has(word)).toBe(true)
    for (const word of ['new', 'lake', 'the', 'north', 'white']) expect(namePrefixWords.has(word)).toBe(false)
  })

  it('points each place adjective at a country\'s ISO code, a division\'s GeoNames code or a region\'s name', () => {
    const regions = new Set(defaultRegions.map((region) => region.name))
    for (const [adjective, place] of Object.entries(defaultLexicon.placeAdjectives)) {
      expect(adjective).toMatch(/^\p{Lu}/u)
      if (!regions.has(place)) expect(place).toMatch(/^[A-Z]{2}(?:\.[A-Z0-9]{2,3})?$/)
    }
    // Adjectives that name towns news writes, or a language more often than a place, stay out.
    for (const word of ['English', 'Lombard', 'Saxon', 'Punjabi']) expect(defaultLexicon.placeAdjectives[word]).toBeUndefined()
  })

  it('reads "D.C." alone as the district, and a state\'s AP abbreviation only after a comma', () => {
    expect(defaultLexicon.divisionAbbreviations['D.C.']).toBe('US.DC')
    expect(defaultLexicon.stateAbbreviations['D.C.']).toBeUndefined()
    for (const name of ['Ill.', 'Calif.', 'Va.']) expect(defaultLexicon.divisionAbbreviations[name]).toBeUndefined()
  })

  it('names big towns by their short names, not by a state\'s code', () => {
    expect(defaultLexicon.townNames).toMatchObject({NYC: 'New York City', 'L.A.': 'Los Angeles', Philly: 'Philadelphia', Bombay: 'Mumbai', Saigon: 'Ho Chi Minh City'})
    // "LA" is Louisiana's code, "Frisco" a town of Texas too.
    for (const name of ['LA', 'Frisco', 'SF']) expect(defaultLexicon.townNames[name]).toBeUndefined()
  })

  it('keeps its lists in lower case where it compares lower-case keys', () => {
    for (const list of [defaultLexicon.saintWords, defaultLexicon.churchWords, defaultLexicon.clubWords, defaultLexicon.localPeopleWords, defaultLexicon.divisionPlurals, defaultLexicon.personTitles, defaultLexicon.openers, defaultLexicon.featureWords, defaultLexicon.speechVerbs, defaultLexicon.organisationWords, defaultLexicon.publicationWords, defaultLexicon.calendarWords, defaultLexicon.placePrepositions, defaultLexicon.townNouns, defaultLexicon.divisionNouns, defaultLexicon.directionWords, defaultLexicon.peopleWords]) {
      for (const word of list) expect(word).toBe(word.toLowerCase())
    }
  })
})

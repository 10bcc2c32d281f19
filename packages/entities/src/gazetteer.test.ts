import {describe, expect, it} from 'vitest'
import {type KnownNames, namesFile, parseNamesFile, readPackages} from './gazetteer.js'

describe('the names file', () => {
  it('reads back the names it was written from, in their order', () => {
    const names: KnownNames = {
      places: [
        ['Freedonia', 'Freedonia'],
        ['Republic of Freedonia', 'Freedonia'],
        ['Freedonian', 'Freedonia']
      ],
      adjectives: ['Freedonian'],
      givenNames: ['Rufus', 'Firefly', 'Zeppo']
    }
    expect(parseNamesFile(namesFile(names))).toEqual(names)
  })

  it('holds what the packages give: countries with their spellings, capitals and demonyms, and given names', () => {
    const names = parseNamesFile(namesFile(readPackages()))
    const places = new Map(names.places)
    expect([places.get('French'), places.get('Russians'), places.get('Kyiv'), places.get('Republic of Finland')]).toEqual(['France', 'Russia', 'Kyiv', 'Finland'])
    expect(names.adjectives.includes('French')).toBe(true)
    expect(names.adjectives.includes('France')).toBe(false)
    expect(names.givenNames.includes('Margaret')).toBe(true)
    expect(names.givenNames.includes('Ardmore')).toBe(false)
  })
})

import {describe, expect, it} from 'vitest'
import {abbreviationSets, defaultAbbreviations, listBullets} from './abbreviations.js'

describe('abbreviation lists', () => {
  it('hold what they must and not what they must not', () => {
    expect(defaultAbbreviations.titles).toEqual(expect.arrayContaining(['mr', 'dr', 'st', 'mt', 'gov']))
    expect(defaultAbbreviations.names).toEqual(expect.arrayContaining(['u.s', 'co', 'inc', 'jan', 'no']))
    expect(defaultAbbreviations.units).toEqual(expect.arrayContaining(['a.m', 'p.m', 'etc', 'in']))
    for (const word of ['said', 'ship', 'the', 'fire']) {
      expect([...defaultAbbreviations.titles, ...defaultAbbreviations.names, ...defaultAbbreviations.units]).not.toContain(word)
    }
    expect(listBullets).toContain('•')
    expect(listBullets).not.toContain('-')
  })

  it('give sets in lower case with extra entries', () => {
    const sets = abbreviationSets({titles: ['Brig']})
    expect(sets.titles.has('brig')).toBe(true)
    expect(sets.titles.has('mr')).toBe(true)
    expect(abbreviationSets().titles.has('brig')).toBe(false)
  })
})

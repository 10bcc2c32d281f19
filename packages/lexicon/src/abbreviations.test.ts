import {describe, expect, it} from 'vitest'
import {abbreviationSets, defaultAbbreviations, listBullets} from './abbreviations.js'

describe('abbreviation lists', () => {
  it('hold what they must and not what they must not', () => {
    expect(defaultAbbreviations.titles).toEqual(expect.arrayContaining(['mr', 'dr', 'mt', 'gov', 'sens', 'brig', 'rs']))
    expect(defaultAbbreviations.names).toEqual(expect.arrayContaining(['u.s', 'co', 'inc', 'jan', 'no', 'st', 'hwy']))
    expect(defaultAbbreviations.units).toEqual(expect.arrayContaining(['a.m', 'p.m', 'etc', 'in']))
    for (const word of ['said', 'ship', 'the', 'fire']) {
      expect([...defaultAbbreviations.titles, ...defaultAbbreviations.names, ...defaultAbbreviations.units]).not.toContain(word)
    }
    expect(defaultAbbreviations.sentenceStarters).toEqual(expect.arrayContaining(['the', 'officials', 'separately']))
    expect(defaultAbbreviations.timeZones).toEqual(expect.arrayContaining(['et', 'est', 'gmt', 'utc']))
    expect(defaultAbbreviations.speechVerbs).toEqual(expect.arrayContaining(['said', 'asked', 'told']))
    expect(defaultAbbreviations.sentenceStarters).toEqual(expect.arrayContaining(['workers', 'doctors', 'dozens', 'amid', 'asked', 'passengers', 'neighbours', 'dealers']))
    for (const word of ['senate', 'army', 'government', 'congress', 'coast', 'marines', 'marshals', 'forces', 'airways', 'open']) {
      expect(defaultAbbreviations.sentenceStarters).not.toContain(word)
    }
    for (const word of ['am', 'pm', 'the', 'on']) expect(defaultAbbreviations.timeZones).not.toContain(word)
    for (const word of ['and', 'that', 'the', 'rose']) expect(defaultAbbreviations.speechVerbs).not.toContain(word)
    expect(listBullets).toContain('•')
    expect(listBullets).not.toContain('-')
  })

  it('give sets in lower case with extra entries', () => {
    const sets = abbreviationSets({titles: ['Cllr']})
    expect(sets.titles.has('cllr')).toBe(true)
    expect(sets.titles.has('mr')).toBe(true)
    expect(abbreviationSets().titles.has('cllr')).toBe(false)
  })
})

import {describe, expect, it} from 'vitest'
import {acronym, acronymUpTo, capitalised, codeName, hasCapital, inCapitals, isWordCode, withoutPossessive} from './tokens.js'

describe('word shapes', () => {
  it('tells capitalised words', () => {
    expect(['Kirby', 'U.S.', 'KN-23', 'Élysée'].map(capitalised)).toEqual([true, true, true, true])
    expect(['iPhone', '38', 'de', '-'].map(capitalised)).toEqual([false, false, false, false])
  })

  it('tells words in capitals and words with a capital, as upper- and lower-casing them would', () => {
    expect(['NATO', 'U.S.', 'ÉLYSÉE', 'KN-23', '38'].map(inCapitals)).toEqual([true, true, true, true, true])
    expect(['Nato', 'ÉLYSéE', 'kyiv', 'DÉc'].map(inCapitals)).toEqual([false, false, false, false])
    expect(['Kyiv', 'iPhone', 'élYsée', 'ÉLYSÉE'].map(hasCapital)).toEqual([true, true, true, true])
    expect(['kyiv', 'élysée', '38', '-'].map(hasCapital)).toEqual([false, false, false, false])
  })

  it('tells the code units of words', () => {
    expect(['a', 'Z', '7', 'é', 'Ж', '\u0301'].map((character) => isWordCode(character.charCodeAt(0)))).toEqual([true, true, true, true, true, true])
    expect([' ', '-', '’', '—', '\u00a0'].map((character) => isWordCode(character.charCodeAt(0)))).toEqual([false, false, false, false, false])
    expect(isWordCode(Number.NaN)).toBe(false)
  })

  it('tells acronyms', () => {
    expect(['NATO', 'U.N.', 'FBI'].map(acronym)).toEqual([true, true, true])
    expect(['A', 'Nato', 'U.', 'NGOs', 'F16'].map(acronym)).toEqual([false, false, false, false, false])
    expect(acronym('ÉLYSÉE')).toBe(true)
    expect([acronymUpTo('NGOs', 3), acronymUpTo('Nato', 1), acronymUpTo('Élysée', 1)]).toEqual([true, false, false])
  })

  it('tells codes and models', () => {
    expect(['KN-23', 'F-16', 'G7', 'Covid-19'].map(codeName)).toEqual([true, true, true, true])
    expect(['Kirby', '1990s', '23', 'al-Assad'].map(codeName)).toEqual([false, false, false, false])
  })

  it('drops a possessive', () => {
    expect(["Russia's", 'Russia’s', "Jones'", "Lee'S"].map(withoutPossessive)).toEqual(['Russia', 'Russia', 'Jones', 'Lee'])
    expect(['Its', "'s", 'Glass'].map(withoutPossessive)).toEqual(['Its', "'s", 'Glass'])
  })
})

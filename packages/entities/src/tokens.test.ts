import {describe, expect, it} from 'vitest'
import {acronym, capitalised, codeName, withoutPossessive} from './tokens.js'

describe('word shapes', () => {
  it('tells capitalised words', () => {
    expect(['Kirby', 'U.S.', 'KN-23', 'Élysée'].map(capitalised)).toEqual([true, true, true, true])
    expect(['iPhone', '38', 'de', '-'].map(capitalised)).toEqual([false, false, false, false])
  })

  it('tells acronyms', () => {
    expect(['NATO', 'U.N.', 'FBI'].map(acronym)).toEqual([true, true, true])
    expect(['A', 'Nato', 'U.', 'NGOs'].map(acronym)).toEqual([false, false, false, false])
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

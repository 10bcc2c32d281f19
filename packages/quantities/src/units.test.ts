import {describe, expect, it} from 'vitest'
import {normalize} from './extract.js'
import {defaultLexicon} from './lexicon.js'
import {defaultUnits} from './units.js'

const unit = (id: string) => defaultUnits.find((candidate) => candidate.id === id)!

describe('the unit vocabulary', () => {
  it('names units in British singular and fills what convert-units lacks', () => {
    expect(unit('km').name).toBe('kilometre')
    expect(normalize(550, unit('mi'))).toEqual({value: 885_139.2, unit: 'm'})
    expect(normalize(10, unit('nmi'))).toEqual({value: 18_520, unit: 'm'})
    expect(normalize(2, unit('t'))).toEqual({value: 2000, unit: 'kg'})
    expect(normalize(5, unit('eur'))).toEqual({value: 5, unit: 'EUR'})
  })

  it('has no surface twice and none that is a common word', () => {
    const surfaces = defaultUnits.flatMap((definition) => definition.surfaces)
    for (const word of ['the', 'and', 'ship', 'said']) expect(surfaces).not.toContain(word)
    expect(defaultLexicon.bounds['up to']).toBe('atMost')
    expect(defaultLexicon.bounds.said).toBeUndefined()
  })
})

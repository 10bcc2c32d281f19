import {describe, expect, it} from 'vitest'
import {usStateAbbreviations} from './us-states.js'

describe('usStateAbbreviations', () => {
  it('holds the news-style abbreviations with their full stops', () => {
    expect(usStateAbbreviations['Calif.']).toEqual({code: 'CA', name: 'California'})
    expect(usStateAbbreviations['N.Y.']).toEqual({code: 'NY', name: 'New York'})
    expect(usStateAbbreviations['W.Va.']).toEqual({code: 'WV', name: 'West Virginia'})
  })

  it('holds no postal code or bare word: those are names or words of their own', () => {
    expect(usStateAbbreviations.CA).toBeUndefined()
    expect(usStateAbbreviations.Wash).toBeUndefined()
    expect(usStateAbbreviations['D.C.']).toBeUndefined()
  })
})

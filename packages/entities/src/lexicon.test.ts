import {describe, expect, it} from 'vitest'
import {defaultLexicon} from './lexicon.js'
import {brief} from './test-helpers.js'

describe('the word lists', () => {
  it('hold what they say and not their near misses', () => {
    expect(defaultLexicon.titles).toEqual(expect.arrayContaining(['President', 'Gen', 'Mr']))
    expect(defaultLexicon.titles).not.toContain('Spokesmen')
    expect(defaultLexicon.notGivenNames).toEqual(expect.arrayContaining(['North', 'West', 'Port']))
    expect(defaultLexicon.notGivenNames).not.toContain('Glen')
    expect(defaultLexicon.organisationHeads).toEqual(expect.arrayContaining(['Ministry', 'Agency', 'Party', 'Council', 'University', 'Army', 'Police']))
    expect(defaultLexicon.organisationHeads).not.toContain('Street')
    expect(defaultLexicon.companyHeads).toEqual(expect.arrayContaining(['Inc', 'Ltd', 'Labs', 'Therapeutics', 'Entertainment']))
    // An institution is named for its town ("Harlow Police"): its first word alone is the town.
    expect(defaultLexicon.companyHeads).not.toContain('Police')
    expect(defaultLexicon.ownershipNouns).toEqual(expect.arrayContaining(['shares', 'stake']))
    // After a name, "shares" is a verb as often ("Ann Lee shares her notes").
    expect(defaultLexicon.companyNouns).not.toContain('shares')
    expect(defaultLexicon.countryNames['U.S.']).toBe('United States')
    expect(defaultLexicon.regions.Crimean).toBe('Crimea')
    expect(defaultLexicon.regions['D.C.']).toBe('District of Columbia')
    expect(defaultLexicon.regions['N.C.']).toBeUndefined()
    // A state's abbreviation names the state only where one stands ("Salem, Ore."), so it is no region of its own.
    expect(defaultLexicon.stateAbbreviations['Ore.']).toBe('Oregon')
    expect(defaultLexicon.stateAbbreviations.Ore).toBeUndefined()
    expect(defaultLexicon.portfolioWords).toEqual(expect.arrayContaining(['Affairs', 'Security', 'Development']))
    // "Secretary of State Lee": a title modifier is no field's last word, or the surname after it would join the title.
    expect(defaultLexicon.portfolioWords).not.toContain('State')
    expect(defaultLexicon.organisationHeads).toEqual(expect.arrayContaining(['United', 'Rovers', 'Athletic']))
    expect(defaultLexicon.lawHeads).toEqual(expect.arrayContaining(['Act', 'Treaty']))
    // "Bill" is a given name as often ("Bill Hale said"), and "Law" ends a firm's name ("Brinley Law").
    expect(defaultLexicon.lawHeads).not.toContain('Bill')
    expect(defaultLexicon.lawHeads).not.toContain('Law')
    // "Mexico City", "Harlow Town": a club named so is its town too often to tell.
    expect(defaultLexicon.organisationHeads).not.toContain('Town')
    expect(defaultLexicon.titleModifiers).toEqual(expect.arrayContaining(['Operating', 'Financial']))
    expect(defaultLexicon.notNames).toEqual(expect.arrayContaining(["I've", 'I’m']))
    expect(defaultLexicon.notNames).toEqual(expect.arrayContaining(['monday', 'december']))
    // "May" is a month and a surname; the dates stage, when it ran, claims the month.
    expect(defaultLexicon.notNames).not.toContain('may')
    expect(defaultLexicon.commonAcronyms).toContain('CEO')
    expect(defaultLexicon.commonAcronyms).not.toContain('NATO')
    expect(defaultLexicon.possessiveNameOpeners).toEqual(expect.arrayContaining(['St', 'Prince', 'Queen', 'King']))
    expect(defaultLexicon.possessiveNameOpeners).not.toContain('President')
  })

  it('reads a region named by a state and a landform as a place, not as a given name and a surname', async () => {
    expect(await brief('Storms crossed the Florida Panhandle and the Georgia Highlands; Virginia Woolf wrote of neither.')).toEqual([
      ['Florida Panhandle', 'place', 'Florida Panhandle'],
      ['Georgia Highlands', 'place', 'Georgia Highlands'],
      ['Virginia Woolf', 'person', 'Virginia Woolf']
    ])
  })

  it('reads a possessive inside a name opened by a saint\'s or a royal word, or an officer\'s, up to a head word, and ends other names at theirs', async () => {
    expect(await brief("Nurses at St. Mary's Hospital and deputies of Prince George's County met at King's College.")).toEqual([
      ["St. Mary's Hospital", 'organisation', "St. Mary's Hospital"],
      ["Prince George's County", 'place', "Prince George's County"],
      ["King's College", 'organisation', "King's College"]
    ])
    expect(await brief("The Harlow County Prosecutor's Office and the Sheriff's Department asked for Sheriff Lee's help.")).toEqual([
      ["Harlow County Prosecutor's Office", 'organisation', "Harlow County Prosecutor's Office"],
      ["Sheriff's Department", 'organisation', "Sheriff's Department"],
      ['Lee', 'person', 'Lee']
    ])
    expect(await brief("Russia's Defence Ministry and Prince Harry's Netflix deal were in the news.")).toEqual([
      ['Russia', 'place', 'Russia'],
      ['Defence Ministry', 'organisation', 'Defence Ministry'],
      ['Harry', 'person', 'Harry'],
      ['Netflix', 'other', 'Netflix']
    ])
  })

  it('types a name by the built-in lists, and leaves a near miss untyped', async () => {
    expect(await brief('Staff of the Harlow Council and the Fenwick Trust met Gen. Tamsu Sami.')).toEqual([
      ['Harlow Council', 'organisation', 'Harlow Council'],
      ['Fenwick Trust', 'organisation', 'Fenwick Trust'],
      ['Tamsu Sami', 'person', 'Tamsu Sami']
    ])
    expect(await brief('Staff of the Harlow Councils and the Fenwick Trustees met Tamsu Sami.')).toEqual([
      ['Harlow Councils', 'other', 'Harlow Councils'],
      ['Fenwick Trustees', 'other', 'Fenwick Trustees'],
      ['Tamsu Sami', 'other', 'Tamsu Sami']
    ])
  })

  it('takes entries of the user through the lexicon option', async () => {
    const lexicon = {organisationHeads: ['Trustees'], givenNames: ['Tamsu'], organisations: ['Harlow Councils'], regions: {Wessex: 'Wessex'}}
    expect(await brief('Staff of the Harlow Councils and the Fenwick Trustees met Tamsu Sami of Wessex.', {lexicon})).toEqual([
      ['Harlow Councils', 'organisation', 'Harlow Councils'],
      ['Fenwick Trustees', 'organisation', 'Fenwick Trustees'],
      ['Tamsu Sami', 'person', 'Tamsu Sami'],
      ['Wessex', 'place', 'Wessex']
    ])
  })

  it('reads given names and countries from the packaged lists', async () => {
    expect(await brief('Talks with Margaret Tanaka went well in Uruguay, and Uruguayans cheered.')).toEqual([
      ['Margaret Tanaka', 'person', 'Margaret Tanaka'],
      ['Uruguay', 'place', 'Uruguay'],
      ['Uruguayans', 'place', 'Uruguay']
    ])
  })
})

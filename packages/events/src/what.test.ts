import {describe, expect, it} from 'vitest'
import {defaultSubordinators, nounOpeners} from './clause-words.js'
import {mainClause} from './what.js'

describe('mainClause', () => {
  it('keeps a headline that is one clause, subject included', () => {
    expect(mainClause('Ferry sinks off Port Elden')).toBe('Ferry sinks off Port Elden')
    expect(mainClause('Harbour Board names new master.')).toBe('Harbour Board names new master')
    expect(mainClause('Storm Alda floods three villages')).toBe('Storm Alda floods three villages')
  })

  it('drops a short label before a colon, keeps a long clause before one', () => {
    expect(mainClause('Elden floods: sea wall gives way at dawn')).toBe('sea wall gives way at dawn')
    expect(mainClause('Harbour crisis: crews pump water all night')).toBe('crews pump water all night')
    expect(mainClause('The mayor of Port Elden made one promise to the town: dry streets')).toBe('The mayor of Port Elden made one promise to the town')
  })

  it('reads a comma between digits as part of the number, and other commas as boundaries', () => {
    expect(mainClause('Brindle to cut 1,200 jobs as trade slides')).toBe('Brindle to cut 1,200 jobs')
    expect(mainClause('Ferry sinks with 2,400 tonnes of grain aboard')).toBe('Ferry sinks with 2,400 tonnes of grain aboard')
    expect(mainClause('In 2024, 300 crews left Elden')).toBe('300 crews left Elden')
  })

  it('ends the clause where a dependent clause opens', () => {
    expect(mainClause('Sea wall breaks as Storm Alda reaches the coast')).toBe('Sea wall breaks')
    expect(mainClause('Mayor of Elden resigns after the harbour vote')).toBe('Mayor of Elden resigns')
    expect(mainClause('Ferry crew rescued while towing a barge')).toBe('Ferry crew rescued')
    expect(mainClause('While crews slept, the Elden sea wall broke')).toBe('the Elden sea wall broke')
  })

  it('keeps the clause that says what happened after a count of the dead or hurt', () => {
    expect(mainClause('At least 12 dead as bus falls into gorge')).toBe('At least 12 dead as bus falls into gorge')
    expect(mainClause('Two hurt after tram overturns in Elden')).toBe('Two hurt after tram overturns in Elden')
    expect(mainClause('Ferry sinks as 12 die, police said')).toBe('Ferry sinks')
    expect(mainClause('Storm kills two as rivers rise')).toBe('Storm kills two')
  })

  it('ends it before the time that leads into a dependent clause, and keeps a number in digits', () => {
    expect(mainClause('Council passes budget hours before deadline')).toBe('Council passes budget')
    expect(mainClause('Mayor of Elden resigns two weeks after the harbour vote')).toBe('Mayor of Elden resigns')
    expect(mainClause('Ferry sinks shortly after leaving Port Elden')).toBe('Ferry sinks')
    expect(mainClause('Storm kills 5 days before the vote')).toBe('Storm kills 5')
    expect(mainClause('Storm hours after')).toBe('Storm hours')
  })

  it('ends it at a purpose clause, not at a place it goes to', () => {
    expect(mainClause('Ines Varga flies to Moravik to meet the fleet')).toBe('Ines Varga flies to Moravik')
    expect(mainClause('Crews return to the harbour at dawn')).toBe('Crews return to the harbour at dawn')
    expect(mainClause('Minister travels to meet flood victims')).toBe('Minister travels')
  })

  it('skips a dateline, an opening adverbial and a trailing attribution', () => {
    expect(mainClause('ELDEN (Wire) - The sea wall broke on Saturday')).toBe('The sea wall broke on Saturday')
    expect(mainClause("PORT ELDEN (Wire) - Elden's harbour wall broke on Saturday as the tide rose")).toBe("Elden's harbour wall broke on Saturday")
    expect(mainClause('NEW PORT ELDEN — Crews worked all night')).toBe('Crews worked all night')
    expect(mainClause('On Saturday, the sea wall of Port Elden broke')).toBe('the sea wall of Port Elden broke')
    expect(mainClause('Twelve boats sank in the harbour, police said')).toBe('Twelve boats sank in the harbour')
  })
})

describe('clause words', () => {
  it('hold the words that open a dependent clause', () => {
    for (const word of ['as', 'after', 'while', 'despite', 'amid']) expect(defaultSubordinators.has(word)).toBe(true)
  })

  it('leave verbs, prepositions of place and nouns alone', () => {
    for (const word of ['in', 'at', 'on', 'flood', 'says', 'with']) expect(defaultSubordinators.has(word)).toBe(false)
  })

  it('know the words that make "to" a preposition, and no verbs', () => {
    for (const word of ['the', 'a', 'their']) expect(nounOpeners.has(word)).toBe(true)
    for (const word of ['meet', 'visit', 'harbour']) expect(nounOpeners.has(word)).toBe(false)
  })
})

it('reads a long run of spaces and commas in linear time', () => {
  expect(mainClause(`Sea wall${' ,'.repeat(50_000)} breaks`)).toBe('Sea wall')
})

import {describe, expect, it} from 'vitest'
import {readFeatures} from './features.js'
import {defaultStopWords} from './stopwords.js'
import {article} from './test-records.js'

describe('stop words', () => {
  it('hold function words, reporting verbs and calendar words', () => {
    for (const word of ['the', 'said', 'according', 'tuesday', 'december', 'yesterday']) expect(defaultStopWords.has(word)).toBe(true)
  })

  it('leave the words that tell events apart', () => {
    for (const word of ['flood', 'missile', 'harbour', 'earthquake', 'ukraine', 'kirby']) expect(defaultStopWords.has(word)).toBe(false)
  })
})

describe('readFeatures', () => {
  const record = article(
    'a',
    'Crews in Port Elden said the harbour flooded on Saturday. Harbour master Ines Varga counted 12 boats.',
    {
      dates: [['Saturday', '2031-03-15']],
      quantities: [['12 boats', {dimension: 'count', bound: 'exact', value: 12, of: 'Boats'}]]
    },
    {publishedAt: '2031-03-17', source: 'Gazette'}
  )

  it('weighs the lead, keeps names apart and reads numbers and dates from the stages', () => {
    const features = readFeatures(record, defaultStopWords)
    expect(Object.fromEntries(features.words)).toEqual({
      crew: 1.5, port: 1.5, elden: 1.5, harbour: 3, flooded: 1.5, master: 1.5, ines: 1.5, varga: 1.5, counted: 1.5, boat: 1.5
    })
    expect(Object.fromEntries(features.names)).toEqual({port: 1.5, elden: 1.5, ines: 1.5, varga: 1.5})
    expect(Object.fromEntries(features.numbers)).toEqual({12: 1, '03-15': 1})
    expect([...features.years]).toEqual(['2031'])
    expect(features.publishedDay).toBe(22_355)
    expect(features.lead).toBe('Crews in Port Elden said the harbour flooded on Saturday.')
    expect(features.headline).toBeUndefined()
    expect(features.dated.map((item) => [item.day, item.sentence.text, [...item.words]])).toEqual([
      ['2031-03-15', 'Crews in Port Elden said the harbour flooded on Saturday.', ['crew', 'port', 'elden', 'harbour', 'flooded']]
    ])
    expect(features.quantities).toEqual([
      {dimension: 'count', value: 12, bound: 'exact', of: 'boats', heads: ['boat'], inLead: true, mention: {article: 'a', start: 92, end: 100, text: '12 boats'}}
    ])
    expect(features.reportedDay).toBe('2031-03-15')
  })

  it('reads no publication day from a date the calendar lacks', () => {
    const dayOf = (publishedAt: string) => readFeatures(article('p', 'Crews pumped water.', {}, {publishedAt}), defaultStopWords).publishedDay
    expect(dayOf('2031-03-17T08:00:00Z')).toBe(22_355)
    expect(dayOf('2031-02-29')).toBeUndefined()
    expect(dayOf('2031-04-31')).toBeUndefined()
    expect(dayOf('yesterday')).toBeUndefined()
  })

  it('takes the publication day as the reported day when the opening sentences name no day', () => {
    const late = article('late', 'Crews pumped water. Boats were moved. The wall held. The harbour had flooded on Saturday.', {
      dates: [['Saturday', '2031-03-15']]
    }, {publishedAt: '2031-03-17T09:30:00'})
    expect(readFeatures(late, defaultStopWords).reportedDay).toBe('2031-03-17')
  })

  it('passes over a day in a relative clause and a day after the publication for the reported day', () => {
    const reported = (text: string, dates: Array<[string, string]>, publishedAt = '2031-03-17T09:30') =>
      readFeatures(article('r', text, {dates}, {publishedAt}), defaultStopWords).reportedDay
    expect(reported('Ines Varga, who took office on Monday, closed the harbour on Tuesday.', [['Monday', '2031-03-10'], ['Tuesday', '2031-03-11']])).toBe('2031-03-11')
    expect(reported('The ferry, which sank on Sunday, was raised on Thursday.', [['Sunday', '2031-03-09'], ['Thursday', '2031-03-13']])).toBe('2031-03-13')
    expect(reported('The board, whose vote fell on May 2, met again on Friday.', [['May 2', '2030-05-02'], ['Friday', '2031-03-14']])).toBe('2031-03-14')
    expect(reported('The mayor, as promised on Monday, opened the gates.', [['Monday', '2031-03-10']])).toBe('2031-03-10')
    expect(reported('The ministers will meet on Friday to talk about the flood.', [['Friday', '2031-03-21']])).toBe('2031-03-17')
    expect(reported('The crews will start at 11:00 this morning.', [['11:00 this morning', '2031-03-17T11:00']])).toBe('2031-03-17')
    expect(reported('The wall broke at 6:00 this morning.', [['6:00 this morning', '2031-03-17T06:00']])).toBe('2031-03-17')
    expect(reported('The wall broke at 6:00 on Sunday.', [['6:00 on Sunday', '2031-03-16T06:00']])).toBe('2031-03-16')
  })

  it('reads the nouns a count goes on to name after its counted thing', () => {
    const heads = (text: string, needle: string, of: string) =>
      readFeatures(article('q', text, {quantities: [[needle, {dimension: 'count', bound: 'exact', value: 3, of}]]}), defaultStopWords).quantities[0]!.heads
    expect(heads('Storm Alda sank 30 boats and ferries in the harbour.', '30 boats', 'boats')).toEqual(['boat', 'ferrie'])
    expect(heads('Crews cleared 12 roads or bridges by noon.', '12 roads', 'roads')).toEqual(['road', 'bridge'])
    expect(heads('The storm hit 40 houses and the old mill.', '40 houses', 'houses')).toEqual(['house'])
    expect(heads('Police found 3 cars and said more were missing.', '3 cars', 'cars')).toEqual(['cars'])
    expect(heads('The fleet lost 5 tugs and ferries and barges.', '5 tugs and ferries', 'tugs and ferries')).toEqual(['tugs', 'ferrie', 'barge'])
  })

  it('reads each actor and place once, with how often and how early the article names it', () => {
    const text = 'Ines Varga said Elden flooded. The Harbour Board met in Elden. Varga left.'
    const named = article('named', text, {}, {
      title: 'Varga warns Elden',
      entities: [
        {start: 0, end: 10, text: 'Ines Varga', type: 'person', name: 'Ines Varga'},
        {start: 35, end: 51, text: 'The Harbour Board', type: 'organisation', name: 'Harbour Board'},
        {start: 67, end: 72, text: 'Varga', type: 'person', name: 'Ines Varga'}
      ],
      places: [
        {start: 16, end: 21, text: 'Elden', name: 'Elden', country: 'XE', lat: 10, lon: 20, geonameId: 7},
        {start: 59, end: 64, text: 'Elden', name: 'Elden', country: 'XE', lat: 10, lon: 20, geonameId: 7}
      ]
    })
    const features = readFeatures(named, defaultStopWords)
    expect(features.actors).toEqual([
      {name: 'Ines Varga', type: 'person', mentions: 2, firstSentence: 0, headlineWord: 0},
      {name: 'Harbour Board', type: 'organisation', mentions: 1, firstSentence: 1}
    ])
    expect(features.places).toEqual([
      {key: '7', name: 'Elden', country: 'XE', lat: 10, lon: 20, mentions: 2, firstSentence: 0, headlineWord: 2}
    ])
  })

  it('reads an untyped name the places stage put on the map as a place, and leaves out the agency a dateline credits', () => {
    const text = 'ELDEN (Wirepress) - Crews reached Marrow. Wirepress staff said Marrow was cut off.'
    const credited = article('credited', text, {}, {
      entities: [
        {start: 0, end: 5, text: 'ELDEN', type: 'place', name: 'Elden'},
        {start: 7, end: 16, text: 'Wirepress', type: 'organisation', name: 'Wirepress'},
        {start: 34, end: 40, text: 'Marrow', type: 'other', name: 'Marrow'},
        {start: 42, end: 51, text: 'Wirepress', type: 'organisation', name: 'Wirepress'},
        {start: 63, end: 69, text: 'Marrow', type: 'other', name: 'Marrow'}
      ],
      places: [{start: 34, end: 40, text: 'Marrow', name: 'Marrow', country: 'XE', lat: 10, lon: 20, geonameId: 8}]
    })
    expect(readFeatures(credited, defaultStopWords).actors).toEqual([
      {name: 'Elden', type: 'place', mentions: 1, firstSentence: 0},
      {name: 'Marrow', type: 'place', mentions: 2, firstSentence: 0},
      {name: 'Wirepress', type: 'organisation', mentions: 1, firstSentence: 1}
    ])
  })

  it("reads a name typed a person's that the places stage put on the map as a place, and a person it left off the map as a person", () => {
    const text = 'Police were called to a shop in Tavish Heath. Tavish Heath said nothing.'
    const placed = article('placed', text, {}, {
      entities: [
        {start: 32, end: 44, text: 'Tavish Heath', type: 'person', name: 'Tavish Heath'},
        {start: 46, end: 58, text: 'Tavish Heath', type: 'person', name: 'Tavish Heath'}
      ],
      places: [{start: 32, end: 44, text: 'Tavish Heath', name: 'Tavish Heath', country: 'XE', lat: 10, lon: 20, geonameId: 9}]
    })
    expect(readFeatures(placed, defaultStopWords).actors).toEqual([{name: 'Tavish Heath', type: 'place', mentions: 2, firstSentence: 0}])
    const unplaced = article('unplaced', text, {}, {entities: placed.entities, places: []})
    expect(readFeatures(unplaced, defaultStopWords).actors).toEqual([{name: 'Tavish Heath', type: 'person', mentions: 2, firstSentence: 0}])
  })

  it('drops the words a user adds to the stop words', () => {
    const features = readFeatures(record, new Set([...defaultStopWords, 'harbour', 'crews']))
    expect(features.words.has('harbour')).toBe(false)
    expect(features.words.has('crew')).toBe(false)
  })
})

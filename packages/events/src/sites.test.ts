import type {Entity} from '@tidings/core'
import {describe, expect, it} from 'vitest'
import {defaultSiteWords, leadSites} from './sites.js'
import {article} from './test-records.js'

/** The sites of a one-sentence article whose named things are `names`, typed organisation unless said. */
function sitesIn(text: string, names: string[], type: Entity['type'] = 'organisation') {
  const entities = names.map((name) => {
    const start = text.indexOf(name)
    return {start, end: start + name.length, text: name, type, name}
  })
  const record = article('a', text, {}, {entities})
  return leadSites(record, record.sentences, 3, defaultSiteWords).map((site) => site.name)
}

describe('leadSites', () => {
  it('finds a named building or ground that a preposition places the news at', () => {
    expect(sitesIn('Fans gathered outside Ashford Stadium after the final.', ['Ashford Stadium'])).toEqual(['Ashford Stadium'])
    expect(sitesIn('The two leaders met at the Elden Palace on Monday.', ['Elden Palace'])).toEqual(['Elden Palace'])
    expect(sitesIn('A fire broke out in the Varga Tower late at night.', ['Varga Tower'])).toEqual(['Varga Tower'])
    expect(sitesIn('Crowds waited in front of the Moravik Town Hall.', ['Moravik Town Hall'])).toEqual(['Moravik Town Hall'])
    expect(sitesIn('Police closed a cafe on Mill Street.', ['Mill Street'], 'place')).toEqual(['Mill Street'])
  })

  it('leaves out a site that acts or is only where someone comes from, and names that are not sites', () => {
    expect(sitesIn('The Elden Palace said the talks would go on.', ['Elden Palace'])).toEqual([])
    expect(sitesIn('Workers from Ashford Stadium went on strike.', ['Ashford Stadium'])).toEqual([])
    expect(sitesIn('The vote was held at the House on Friday.', ['House'])).toEqual([])
    expect(sitesIn('Engineers met at Varga Works on Friday.', ['Varga Works'])).toEqual([])
    expect(sitesIn('Reporters waited at the home of Ines Hall.', ['Ines Hall'], 'person')).toEqual([])
  })

  it('reads only the opening sentences, where a report says where', () => {
    const text = 'Storm Alda flooded Port Elden. Crews worked all night. The wall broke. Later they met at the Elden Palace.'
    expect(sitesIn(text, ['Elden Palace'])).toEqual([])
  })

  it('keeps its look-behind bounded on long input', () => {
    const text = `${'at the '.repeat(20_000)}Elden Palace.`
    expect(sitesIn(text, ['Elden Palace'])).toEqual(['Elden Palace'])
  })
})

describe('defaultSiteWords', () => {
  it('holds head nouns of buildings and grounds, lower case, and not those of bodies that act', () => {
    for (const word of ['stadium', 'palace', 'tower', 'house', 'street', 'airport', 'hospital']) expect(defaultSiteWords.has(word)).toBe(true)
    for (const word of ['ministry', 'party', 'council', 'board', 'agency', 'works', 'Stadium']) expect(defaultSiteWords.has(word)).toBe(false)
  })
})

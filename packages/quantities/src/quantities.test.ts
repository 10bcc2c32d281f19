import {createPipeline} from '@tidings/core'
import {describe, expect, it} from 'vitest'
import {type Candidate, quantities, type Token} from './index.js'
import {brief, found} from './test-helpers.js'

describe('the quantities stage', () => {
  it('links a restatement to its figure and flags one that disagrees', async () => {
    const record = await found('It flies 900 kilometres (550 miles), or 900 kilometres (400 miles).')
    expect(record.quantities?.map((q) => [q.text, q.sameAs])).toEqual([
      ['900 kilometres', undefined],
      ['550 miles', 0],
      ['900 kilometres', undefined],
      ['400 miles', 2]
    ])
    expect(record.messages).toEqual([
      {reason: '`400 miles` restates `900 kilometres` but differs by 28%', ruleId: 'restated-mismatch', source: 'tidings-quantities', start: 56, end: 65}
    ])
  })

  it('takes extra units through options and throws on bad ones when built', async () => {
    const pipeline = createPipeline({
      article: [[quantities, {units: [{id: 'li', name: 'league', symbol: 'lea', dimension: 'length', surfaces: ['league', 'leagues'], factor: 4828}]}]]
    })
    const record = await pipeline.article({id: 'l', text: 'They sailed 20 leagues.'})
    expect(record).toMatchObject({quantities: [{text: '20 leagues', normalized: {value: 96_560, unit: 'm'}}]})
    expect(() => createPipeline({article: [[quantities, {units: [{id: 'x'}]}]]})).toThrow('Invalid options for quantities')
  })

  it('reads the length of time a recurring date spans, not the numbers of other recurring dates', async () => {
    const text = 'Polls open every four years; the fair opens every 25 hours.'
    const datesFirst = () => (_tree: unknown, file: {data: Record<string, unknown>}) => {
      file.data.dates = [
        {start: 11, end: 27, text: 'every four years', type: 'SET', value: 'P4Y'},
        {start: 44, end: 58, text: 'every 25 hours', type: 'SET', value: 'XXXX-WXX-1'}
      ]
    }
    const record = await createPipeline({article: [datesFirst, quantities]}).article({id: 's', text})
    // One quantity: the count of hours inside the other set stays blocked.
    expect(record).toMatchObject({quantities: [{text: 'four years', value: 4, unit: {id: 'yr'}}]})
  })

  it('names "times" over a length of time a count per that time, and leaves "times" as a ratio elsewhere', async () => {
    expect(await brief('The ferry sails four times a week; take two tablets 3 times per day; the pulsar spins 700 times a second.')).toEqual([
      ['four times a week', 4, 'count per week', 'exact'],
      ['two tablets', 2, 'tablets', 'exact'],
      ['3 times per day', 3, 'count per day', 'exact'],
      ['700 times a second', 700, 'count per second', 'exact']
    ])
    expect(await brief('Prices rose three times last year, and sales are 2.5 times what they were a year ago.')).toEqual([
      ['three times', 3, 'times', 'exact', 'increase'],
      ['2.5 times', 2.5, 'times', 'exact']
    ])
  })

  it('stays linear on long adversarial input', async () => {
    const started = performance.now()
    await found('1 2 3 4 5 6 '.repeat(10_000) + '$'.repeat(20_000) + ' about '.repeat(10_000))
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('reads numbers with the rules a user adds and rejects them with the exclusions a user adds', async () => {
    const couple = {id: 'a-couple', read: (tokens: readonly Token[], index: number) => (tokens[index]?.lower === 'a' && tokens[index + 1]?.lower === 'couple' && tokens[index + 2]?.lower === 'of' ? {value: 2, next: index + 3} : undefined)}
    const jersey = {id: 'jersey-number', test: ({tokens, start}: Candidate) => tokens[start - 1]?.lower === 'jersey'}
    expect(await brief('A couple of boats left; the player in jersey 23 scored 30 points.', {rules: [couple], exclusions: [jersey]})).toEqual([
      ['A couple of boats', 2, 'boats', 'exact'],
      ['30 points', 30, 'point', 'exact']
    ])
    expect(() => createPipeline({article: [[quantities, {rules: [{id: 'x'}]}]]})).toThrow('Invalid options for quantities')
  })
})

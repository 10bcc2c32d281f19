import {createPipeline} from '@tidings/core'
import {segment} from '@tidings/segment'
import {describe, expect, it} from 'vitest'
import {dates} from './index.js'

async function found(text: string, publishedAt: string | null = '2024-01-04', options = {}) {
  const record = await createPipeline({article: [segment, [dates, options]]}).article({id: 't', text, publishedAt})
  if (record.kind !== 'article') throw new Error(record.error.message)
  return {mentions: (record.dates ?? []).map(({text: span, type, value, mod}) => [span, type, value, ...(mod ? [mod] : [])]), reference: record.referenceDate}
}

describe('dates', () => {
  it('resolves news dates against the reference date, the past first', async () => {
    const {mentions} = await found('The ferry sank Saturday. Crews searched on Dec. 30 and 2 January, and will return Tuesday.')
    expect(mentions).toEqual([
      ['Saturday', 'DATE', '2023-12-30'],
      ['Dec. 30', 'DATE', '2023-12-30'],
      ['2 January', 'DATE', '2024-01-02'],
      ['Tuesday', 'DATE', '2024-01-09']
    ])
  })

  it('normalizes relative expressions, durations, sets and mods', async () => {
    const {mentions} = await found(
      'Last year the port shut for two years. Talks resume next week, every Monday, in the first quarter. Prices peaked in mid-2023 and in the 1990s. It is open now.'
    )
    expect(mentions).toEqual([
      ['Last year', 'DATE', '2023'],
      ['two years', 'DURATION', 'P2Y'],
      ['next week', 'DATE', '2024-W02'],
      ['every Monday', 'SET', 'XXXX-WXX-1'],
      ['the first quarter', 'DATE', '2024-Q1'],
      ['mid-2023', 'DATE', '2023', 'MID'],
      ['the 1990s', 'DATE', '199'],
      ['now', 'DATE', 'PRESENT_REF']
    ])
  })

  it('keeps times of day, and a clock time beside its day as one mention', async () => {
    const {mentions} = await found('The blast came at 5 p.m. EST Jan. 3, and another last night.')
    expect(mentions).toEqual([
      ['5 p.m. EST Jan. 3', 'TIME', '2024-01-03T17:00'],
      ['last night', 'TIME', '2024-01-03TNI']
    ])
  })

  it('finds expressions whose words touch digits, and skips sentences without a date word', async () => {
    const {mentions} = await found('No vote was held. The polls shut at 9pm on 2024-01-02 after mid2023 talks.')
    expect(mentions).toEqual([
      ['9pm on 2024-01-02', 'TIME', '2024-01-02T21:00'],
      ['mid2023', 'DATE', '2023', 'MID']
    ])
  })

  it('reads a weekday that is tomorrow as tomorrow, and "last" months and weeks as past ones', async () => {
    // 2024-01-07 is the Sunday that ends 2024-W01.
    const {mentions} = await found('The ship sails Monday, as planned last March. Last week was calm.', '2024-01-07')
    expect(mentions).toEqual([
      ['Monday', 'DATE', '2024-01-08'],
      ['last March', 'DATE', '2023-03'],
      ['Last week', 'DATE', '2023-W52']
    ])
  })

  it('keeps tomorrow\'s weekday in the past when the verb is past', async () => {
    // 2025-03-10 is a Monday.
    const {mentions} = await found('The council on Tuesday approved the bridge. Crews met Tuesday. The ferry sails Tuesday.', '2025-03-10')
    expect(mentions).toEqual([
      ['Tuesday', 'DATE', '2025-03-04'],
      ['Tuesday', 'DATE', '2025-03-04'],
      ['Tuesday', 'DATE', '2025-03-11']
    ])
  })

  it('gives months of a named year, spelled-out years, and a clock time a sentence split from its day', async () => {
    const {mentions} = await found(
      'It closed in June last year and in the winter of nineteen ninety-four, by the year two thousand, not two thousand times. Doors open at 9 a.m. Tuesday.'
    )
    expect(mentions).toEqual([
      ['June last year', 'DATE', '2023-06'],
      ['the winter of nineteen ninety-four', 'DATE', '1994-WI'],
      ['the year two thousand', 'DATE', '2000'],
      ['9 a.m. Tuesday', 'TIME', '2024-01-02T09:00']
    ])
  })

  it('anchors "later" to the last date the text gave', async () => {
    const {mentions} = await found('The storm hit on Nov. 10. Two days later the bridge fell.')
    expect(mentions).toEqual([
      ['Nov. 10', 'DATE', '2023-11-10'],
      ['Two days later', 'DATE', '2023-11-12']
    ])
  })

  it('leaves values underspecified without a reference date, and never reads the clock', async () => {
    const {mentions, reference} = await found('Rain fell on December 30 and Tuesday.', null)
    expect(reference).toEqual({value: null, source: 'none'})
    expect(mentions).toEqual([
      ['December 30', 'DATE', 'XXXX-12-30'],
      ['Tuesday', 'DATE', 'XXXX-WXX-2']
    ])
  })

  it('dates an article from its own text when its weekdays fall on its dates in one year only', async () => {
    const text = 'The dam broke Friday, officials said Sunday.\nIt broke on March 1 and the town emptied on March 3 in 2024.'
    const {reference, mentions} = await found(text, null)
    expect(reference).toEqual({
      value: '2024-03-03',
      source: 'inferred',
      from: 'Friday = 2024-03-01, Sunday = 2024-03-03; dated to the latest weekday it names'
    })
    expect(mentions.slice(0, 2)).toEqual([
      ['Friday', 'DATE', '2024-03-01'],
      ['Sunday', 'DATE', '2024-03-03']
    ])
  })

  it('prefers the document date, then the option', async () => {
    expect((await found('Monday.', '2024-05-08T10:00:00Z')).reference).toEqual({value: '2024-05-08', source: 'document'})
    expect((await found('Monday.', null, {referenceDate: '2020-02-02'})).reference).toEqual({value: '2020-02-02', source: 'document'})
    const record = await createPipeline({article: [dates], published: '2022-07-01'}).article({id: 'o', text: 'Monday.'})
    expect(record).toMatchObject({referenceDate: {value: '2022-07-01', source: 'option'}, dates: [{value: '2022-06-27'}]})
  })

  it('is not fooled by words that look like dates', async () => {
    const {mentions} = await found('You may march with august crowds. The 52-year-old sat on a 1,999 km line. Thus it was.')
    expect(mentions).toEqual([])
  })

  it('throws on bad options when the pipeline is built', () => {
    expect(() => createPipeline({article: [[dates, {referenceDate: 'soon'}]]})).toThrow('Invalid options for dates')
  })

  it('stays linear on long adversarial input', async () => {
    const started = performance.now()
    await found('1 1 1 1 '.repeat(20_000) + 'the the '.repeat(20_000) + 'Dec. '.repeat(20_000))
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

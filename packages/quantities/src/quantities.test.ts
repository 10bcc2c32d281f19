import {createPipeline} from '@tidings/core'
import {dates} from '@tidings/dates'
import {segment} from '@tidings/segment'
import {describe, expect, it} from 'vitest'
import {quantities} from './index.js'

async function found(text: string, options = {}) {
  const record = await createPipeline({article: [segment, dates, [quantities, options]]}).article({id: 't', text, publishedAt: '2025-03-10'})
  if (record.kind !== 'article') throw new Error(record.error.message)
  return record
}

const brief = (text: string) =>
  found(text).then((record) =>
    (record.quantities ?? []).map((q) => [q.text, q.value, q.unit?.name ?? q.of ?? null, q.bound, ...(q.change ? [q.change] : []), ...(q.range ? [q.range] : [])])
  )

describe('quantities', () => {
  it('finds values with units, bounds and what is counted', async () => {
    expect(await brief('The rockets fly up to 900 kilometres and hit at least four depots; about 550 miles of rail and $64 billion were lost.')).toEqual([
      ['up to 900 kilometres', 900, 'kilometre', 'atMost'],
      ['at least four depots', 4, 'depots', 'atLeast'],
      ['about 550 miles', 550, 'mile', 'approximate'],
      ['$64 billion', 64e9, 'dollar', 'exact']
    ])
  })

  it('normalizes through SI units and keeps currencies in their ISO code', async () => {
    const record = await found('A 640-mile front, a 3 kg parcel, £2,000 and €5m.')
    expect(record.quantities?.map((q) => [q.text, q.dimension, q.normalized])).toEqual([
      ['640-mile', 'length', {value: 1_029_980.16, unit: 'm'}],
      ['3 kg', 'mass', {value: 3, unit: 'kg'}],
      ['£2,000', 'currency', {value: 2000, unit: 'GBP'}],
      ['€5m', 'currency', {value: 5_000_000, unit: 'EUR'}]
    ])
  })

  it('reads rises, falls, ranges, vague amounts and ages', async () => {
    expect(await brief('Sales rose 5% while costs fell by 2.5 percent. Between 10 and 20 ships and dozens of boats sailed. The captain, a 52-year-old, waved.')).toEqual([
      ['5%', 5, 'percentage', 'exact', 'increase'],
      ['2.5 percent', 2.5, 'percentage', 'exact', 'decrease'],
      ['10 and 20 ships', 10, 'ships', 'approximate', [10, 20]],
      ['dozens of boats', 12, 'boats', 'approximate', [12, 120]],
      ['52-year-old', 52, 'year', 'exact']
    ])
  })

  it('finds nothing in model names, years, dates, times, ordinals and labels', async () => {
    expect(await brief('The S-300 and KN-23 of 38 North Research hit Boeing 747 jets in 2023 on Dec. 30 at 5 p.m. on the 3rd floor of No. 10 and page 4.')).toEqual([])
  })

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

  it('stays linear on long adversarial input', async () => {
    const started = performance.now()
    await found('1 2 3 4 5 6 '.repeat(10_000) + '$'.repeat(20_000) + ' about '.repeat(10_000))
    expect(performance.now() - started).toBeLessThan(5000)
  })
})

import {describe, expect, it} from 'vitest'
import {brief, found} from './test-helpers.js'

describe('ranges', () => {
  it('reads a magnitude inside an age and a range written as one hyphenated word', async () => {
    expect(await brief('The 300 million-year-old rock beat the 0-to-60-mph mark of 3.1 seconds.')).toEqual([
      ['300 million-year-old', 3e8, 'year', 'exact'],
      ['0-to-60-mph', 0, 'mile per hour', 'exact', [0, 60]],
      ['3.1 seconds', 3.1, 'second', 'exact']
    ])
  })

  it('reads a range "between" a bounded figure and another, and "between $10 and 15" as a range of dollars', async () => {
    expect(await brief('Economists expect growth of between about 5 and 10 percent.')).toEqual([['about 5 and 10 percent', 5, 'percentage', 'approximate', [5, 10]]])
    expect(await brief('Between roughly 2,000 and 3,000 people marched.')).toEqual([['roughly 2,000 and 3,000 people', 2000, 'people', 'approximate', [2000, 3000]]])
    expect(await brief('It costs between $10 and 15.')).toEqual([['$10 and 15', 10, 'dollar', 'exact', [10, 15]]])
  })

  it('reads no range in "and" without "between", and dollars and cents as one amount', async () => {
    expect(await brief('He paid $10 and 15 cents.')).toEqual([['$10 and 15 cents', 10.15, 'dollar', 'exact']])
    expect(await brief('It cost about 12 dollars and 40 cents.')).toEqual([['about 12 dollars and 40 cents', 12.4, 'dollar', 'approximate']])
    expect(await brief('Output was about 5 and inflation 10 percent.')).toEqual([
      ['about 5', 5, null, 'approximate'],
      ['10 percent', 10, 'percentage', 'exact']
    ])
  })

  it('reads ranges from one figure to another, with a shared magnitude or sign', async () => {
    expect(await brief('Prices moved from $40 to $35, output from 5 to 10 million tonnes, and bids between $41 and $47 per share.')).toEqual([
      ['$40 to $35', 40, 'dollar', 'exact', [40, 35]],
      ['5 to 10 million tonnes', 5e6, 'tonne', 'exact', [5e6, 1e7]],
      ['$41 and $47 per share', 41, 'dollar per share', 'exact', [41, 47]]
    ])
    expect(await brief('Shares fell 3.5p to 412p as costs rose 5 to 10 percent.')).toEqual([
      ['3.5p', 3.5, 'penny', 'exact', 'decrease'],
      ['412p', 412, 'penny', 'exact'],
      ['5 to 10 percent', 5, 'percentage', 'exact', 'increase', [5, 10]]
    ])
    expect(await brief('Gallium went from about $120 per kg to $150 per kg; oil rose $5 a barrel to $70.')).toEqual([
      ['about $120 per kg to $150 per kg', 120, 'dollar per kilogram', 'exact', [120, 150]],
      ['$5 a barrel', 5, 'dollar per barrel', 'exact', 'increase'],
      ['$70', 70, 'dollar', 'exact']
    ])
  })

  it('reads a range in one hyphenated word only upwards, and shares a magnitude only between ends of one size', async () => {
    expect(await brief('The vote was 3-to-1 and the 5-to-10-year term began; output grew from 500 to 2 million units.')).toEqual([
      ['3', 3, null, 'exact'],
      ['5-to-10-year', 5, 'year', 'exact', [5, 10]],
      ['500 to 2 million units', 500, 'units', 'exact', [500, 2e6]]
    ])
  })
})

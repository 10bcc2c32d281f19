import {describe, expect, it} from 'vitest'
import {brief, found} from './test-helpers.js'

describe('ranges', () => {
  it('reads a magnitude inside an age and a range written as one hyphenated word', async () => {
    expect(await brief('The 400 million-year-old rock beat the 0-to-60-mph mark of 3.1 seconds.')).toEqual([
      ['400 million-year-old', 4e8, 'year', 'exact'],
      ['0-to-60-mph', 0, 'mile per hour', 'exact', [0, 60]],
      ['3.1 seconds', 3.1, 'second', 'exact']
    ])
  })

  it('reads ranges from one figure to another, with a shared magnitude or sign', async () => {
    expect(await brief('Prices moved from $40 to $35, output from 5 to 10 million tonnes, and bids between $62 and $68 per share.')).toEqual([
      ['$40 to $35', 40, 'dollar', 'exact', [40, 35]],
      ['5 to 10 million tonnes', 5e6, 'tonne', 'exact', [5e6, 1e7]],
      ['$62 and $68 per share', 62, 'dollar per share', 'exact', [62, 68]]
    ])
    expect(await brief('Shares fell 3.5p to 412p as costs rose 5 to 10 percent.')).toEqual([
      ['3.5p', 3.5, 'penny', 'exact', 'decrease'],
      ['412p', 412, 'penny', 'exact'],
      ['5 to 10 percent', 5, 'percentage', 'exact', 'increase', [5, 10]]
    ])
    expect(await brief('Gallium went from about $350 per kg to $680 per kg; oil rose $5 a barrel to $70.')).toEqual([
      ['about $350 per kg to $680 per kg', 350, 'dollar per kilogram', 'exact', [350, 680]],
      ['$5 a barrel', 5, 'dollar per barrel', 'exact', 'increase'],
      ['$70', 70, 'dollar', 'exact']
    ])
  })
})

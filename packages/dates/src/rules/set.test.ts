import {describe, expect, it} from 'vitest'
import {found} from '../testing.js'

describe('sets', () => {
  it('reads repeated times as sets', async () => {
    expect(await found('Trains run every Monday and each July, daily in summer, and on Sundays. Buses come every hour.')).toEqual([
      ['every Monday', 'SET', 'XXXX-WXX-1'],
      ['each July', 'SET', 'XXXX-07'],
      ['daily', 'SET', 'P1D'],
      ['Sundays', 'SET', 'XXXX-WXX-7'],
      ['every hour', 'SET', 'PT1H']
    ])
  })

  it('reads frequency adverbs, not "quarterly", and a single weekday as a date', async () => {
    expect(await found('The weekly market opened Monday. A quarterly report came out.')).toEqual([
      ['weekly', 'SET', 'P1W'],
      ['Monday', 'DATE', '2024-03-04']
    ])
  })
})

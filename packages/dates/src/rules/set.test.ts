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

  it('reads "annually" as a set, but not after an amount it makes a rate of', async () => {
    expect(await found('The fair is held annually. The list is revised annually by the board. Growers export annually to Asia.')).toEqual([
      ['annually', 'SET', 'P1Y'],
      ['annually', 'SET', 'P1Y'],
      ['annually', 'SET', 'P1Y']
    ])
    expect(await found('Revenue should rise 8% annually. The mine yields 20,000 tonnes annually. The plant ships 300 cars daily.')).toEqual([])
  })

  it('reads "every morning" and "each evening" as the part of every day', async () => {
    expect(await found('She swims every morning. The bells ring each evening, and guards patrol every night.')).toEqual([
      ['every morning', 'SET', 'XXXX-XX-XXTMO'],
      ['each evening', 'SET', 'XXXX-XX-XXTEV'],
      ['every night', 'SET', 'XXXX-XX-XXTNI']
    ])
    expect(await found('Every morning paper ran the story.')).toEqual([])
  })

  it('reads a weekday with a part of the day in the plural as a set, in the singular as one day', async () => {
    expect(await found('The club meets on Tuesday afternoons. He works Friday nights. Sunday mornings are quiet.')).toEqual([
      ['Tuesday afternoons', 'SET', 'XXXX-WXX-2TAF'],
      ['Friday nights', 'SET', 'XXXX-WXX-5TNI'],
      ['Sunday mornings', 'SET', 'XXXX-WXX-7TMO']
    ])
    expect(await found('They met Tuesday afternoon. On Friday, nights were cold.')).toEqual([
      ['Tuesday afternoon', 'TIME', '2024-03-05TAF'],
      ['Friday', 'DATE', '2024-03-01']
    ])
  })

  it('reads "every other" unit as a set two units apart, and "every" with a count of units as a set that far apart', async () => {
    expect(await found('Bins go out every other week, checks come every second month and the council is elected every four years.')).toEqual([
      ['every other week', 'SET', 'P2W'],
      ['every second month', 'SET', 'P2M'],
      ['every four years', 'SET', 'P4Y']
    ])
    expect(await found('Nurses turn the patient every 2 hours. The comet returns every seventy-six years. Each ten days a ship calls.')).toEqual([
      ['every 2 hours', 'SET', 'PT2H'],
      ['every seventy-six years', 'SET', 'P76Y'],
      ['Each ten days', 'SET', 'P10D']
    ])
    expect(await found('Volunteers clean the beach every weekend and the market runs every other Friday.')).toEqual([
      ['every weekend', 'SET', 'XXXX-WXX-WE'],
      ['every other Friday', 'SET', 'XXXX-WXX-5']
    ])
  })

  it('leaves "every" before no unit of time, and a count after it alone', async () => {
    expect(await found('Every one of the four candidates spoke. Each two-seat car sold out.')).toEqual([])
    expect(await found('Every four teams share a coach, and each of the past three years was hot.')).toEqual([
      ['the past three years', 'DURATION', 'P3Y']
    ])
  })

  it('reads a part of the day in the plural after "in the", "on" or "weekday" as recurring, and "every summer"', async () => {
    expect(await found('The clinic is open in the mornings. Traffic jams on weekday evenings. The fair returns every summer.')).toEqual([
      ['mornings', 'SET', 'XXXX-XX-XXTMO'],
      ['weekday evenings', 'SET', 'XXXX-XX-XXTEV'],
      ['every summer', 'SET', 'XXXX-SU']
    ])
    expect(await found('He spent nights in a cell. Mornings were cold. The evenings news ran late.')).toEqual([])
  })
})

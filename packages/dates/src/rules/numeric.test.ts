import {describe, expect, it} from 'vitest'
import {found} from '../testing.js'

describe('numeric dates', () => {
  it('reads numeric dates month first by default, day first when a part says so or dots are used', async () => {
    expect(await found('Filings close 3/4/2024, not 25/12/2023. The vote is on 2/15. The law dated 15.02.2024 passed.')).toEqual([
      ['3/4/2024', 'DATE', '2024-03-04'],
      ['25/12/2023', 'DATE', '2023-12-25'],
      ['2/15', 'DATE', '2024-02-15'],
      ['15.02.2024', 'DATE', '2024-02-15']
    ])
  })

  it('reads a two-digit year as the one from 80 years before the reference to 20 after it', async () => {
    expect(await found('The singer, born 03/18/50, signed on 2/15/24; the lease runs to 1/1/41.', '2024-03-06')).toEqual([
      ['03/18/50', 'DATE', '1950-03-18'],
      ['2/15/24', 'DATE', '2024-02-15'],
      ['1/1/41', 'DATE', '2041-01-01']
    ])
    expect(await found('The mill, opened 5/1/30, closed 12/31/97; the bonds mature 6/30/05.', '1998-03-06')).toEqual([
      ['5/1/30', 'DATE', '1930-05-01'],
      ['12/31/97', 'DATE', '1997-12-31'],
      ['6/30/05', 'DATE', '2005-06-30']
    ])
  })

  it('reads numeric dates day first with the option', async () => {
    expect(await found('Filings close 3/4/2024 and reopen on 5/6.', '2024-03-06', {numericOrder: 'day-month'})).toEqual([
      ['3/4/2024', 'DATE', '2024-04-03'],
      ['5/6', 'DATE', '2024-06-05']
    ])
  })

  it('leaves fractions, scores and versions alone', async () => {
    expect(await found('Rates rose 1/2 point; 3/4 of voters agreed. The team won 3-1 and shipped 2.1.3 in 2 1/2 days.')).toEqual([
      ['2 1/2 days', 'DURATION', 'P2.5D']
    ])
    expect(await found('Add 3 cups of flour and 1/2 cup of milk, then stir to 3/4 full.')).toEqual([])
  })

  it('reads the second date of a range written with "to" or "and"', async () => {
    expect(await found('The fair runs from 6/12 to 6/15, and tickets sell between 5/1 and 5/20.', '2024-03-06')).toEqual([
      ['6/12', 'DATE', '2024-06-12'],
      ['6/15', 'DATE', '2024-06-15'],
      ['5/1', 'DATE', '2024-05-01'],
      ['5/20', 'DATE', '2024-05-20']
    ])
  })

  it('reads each date of a list or range that a dating word opens, but not a list of shares', async () => {
    expect(await found('Interviews will be on 11/20, 11/22 or 11/25. The sale will run from 10/1-11/7.', '2024-03-06')).toEqual([
      ['11/20', 'DATE', '2024-11-20'],
      ['11/22', 'DATE', '2024-11-22'],
      ['11/25', 'DATE', '2024-11-25'],
      ['10/1', 'DATE', '2024-10-01'],
      ['11/7', 'DATE', '2024-11-07']
    ])
    expect(await found('Mix 1/2, 3/4 or 2/3 of a cup. The ratios were 1/3-2/3 and 3/5, 4/5.')).toEqual([])
  })

  it('reads ISO dates and month names inside numeric dates', async () => {
    expect(await found('Data from 2024-02-15 and 2023/11/02 matched the 05-Aug-2016 and 2019-aug-1 files and the Dec-2018 log.')).toEqual([
      ['2024-02-15', 'DATE', '2024-02-15'],
      ['2023/11/02', 'DATE', '2023-11-02'],
      ['05-Aug-2016', 'DATE', '2016-08-05'],
      ['2019-aug-1', 'DATE', '2019-08-01'],
      ['Dec-2018', 'DATE', '2018-12']
    ])
  })
})

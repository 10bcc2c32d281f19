import {describe, expect, it} from 'vitest'
import {found} from '../testing.js'

describe('a week counted in a year', () => {
  it('is that ISO week', async () => {
    expect(await found('Sales peaked in the first week of 2015 and in week 27 of last year.')).toEqual([
      ['the first week of 2015', 'DATE', '2015-W01'],
      ['week 27 of last year', 'DATE', '2023-W27']
    ])
    expect(await found('Prices fell in the last week of 2020 and the 3rd week of this year.')).toEqual([
      ['the last week of 2020', 'DATE', '2020-W53'],
      ['the 3rd week of this year', 'DATE', '2024-W03']
    ])
    expect(await found('Last week of 2019 was calm.')).toEqual([['Last week of 2019', 'DATE', '2019-W52']])
  })

  it('leaves a year alone when no week is counted in it', async () => {
    expect(await found('He spent a week of 2019 abroad.')).toEqual([
      ['a week', 'DURATION', 'P1W'],
      ['2019', 'DATE', '2019']
    ])
    expect(await found('The best week of 2019 was in March.')).toEqual([
      ['2019', 'DATE', '2019'],
      ['March', 'DATE', '2024-03']
    ])
    expect(await found('Last week, 2019 figures came out; week 60 of 2019 does not exist.')).toEqual([
      ['Last week', 'DATE', '2024-W09'],
      ['2019', 'DATE', '2019'],
      ['2019', 'DATE', '2019']
    ])
  })
})

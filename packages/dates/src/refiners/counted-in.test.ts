import {describe, expect, it} from 'vitest'
import {found} from '../testing.js'

describe('a week counted in a month', () => {
  it('is the ISO week that holds most of those seven days, not last week', async () => {
    expect(await found('Sales rose in the last week of July. Talks began in the first week of March 2023. In the third week of September, crews left.')).toEqual([
      ['the last week of July', 'DATE', '2023-W30'],
      ['the first week of March 2023', 'DATE', '2023-W09'],
      ['the third week of September', 'DATE', '2023-W38']
    ])
  })

  it('leaves the month alone when the week does not fit in it or none is counted', async () => {
    expect(await found('It rained in the fifth week of February. He spent a week of June abroad.')).toEqual([
      ['February', 'DATE', '2024-02'],
      ['a week', 'DURATION', 'P1W'],
      ['June', 'DATE', '2024-06']
    ])
  })
})

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

describe('a day counted in a month, a month counted in a year', () => {
  it('is that day or month', async () => {
    expect(await found('Rent is due the 15th day of next month and the last day of June 2024.')).toEqual([
      ['the 15th day of next month', 'DATE', '2024-04-15'],
      ['the last day of June 2024', 'DATE', '2024-06-30']
    ])
    expect(await found('Output peaked in the third month of 2021 and the 9th month of next year.')).toEqual([
      ['the third month of 2021', 'DATE', '2021-03'],
      ['the 9th month of next year', 'DATE', '2025-09']
    ])
    expect(await found('It rained until the twenty-sixth day of the month.')).toEqual([['the twenty-sixth day of the month', 'DATE', '2024-03-26']])
  })

  it('leaves the period alone when nothing is counted in it, or the day does not exist', async () => {
    expect(await found('The thirty-first day of April 2024 never came.')).toEqual([['April 2024', 'DATE', '2024-04']])
    expect(await found('The 30th day of the strike fell in June 2024.')).toEqual([['June 2024', 'DATE', '2024-06']])
    expect(await found('A day of June 2024 and the 13th month of 2021 passed.')).toEqual([
      ['A day', 'DURATION', 'P1D'],
      ['June 2024', 'DATE', '2024-06'],
      ['2021', 'DATE', '2021']
    ])
  })
})


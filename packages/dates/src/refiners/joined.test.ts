import {describe, expect, it} from 'vitest'
import {found} from '../testing.js'

describe('a weekday in the week the text names', () => {
  it('is the day of that week', async () => {
    expect(await found('Talks resume Tuesday of next week.')).toEqual([['Tuesday of next week', 'DATE', '2024-03-12']])
    expect(await found('The plant shut on Monday of last week.')).toEqual([['Monday of last week', 'DATE', '2024-02-26']])
    expect(await found('Next week on Friday the board votes.')).toEqual([['Next week on Friday', 'DATE', '2024-03-15']])
    expect(await found('The ministers meet Thursday next week.')).toEqual([['Thursday next week', 'DATE', '2024-03-14']])
  })

  it('stays apart from a week it is not joined to', async () => {
    expect(await found("On Friday, last week's winner spoke.")).toEqual([
      ['Friday', 'DATE', '2024-03-01'],
      ['last week', 'DATE', '2024-W09']
    ])
    expect(await found('He left Monday and next week returns.')).toEqual([
      ['Monday', 'DATE', '2024-03-04'],
      ['next week', 'DATE', '2024-W11']
    ])
    expect(await found('The vote was on Tuesday. Last week the board met.')).toEqual([
      ['Tuesday', 'DATE', '2024-03-05'],
      ['Last week', 'DATE', '2024-W09']
    ])
  })
})

describe('a length counted from a full date', () => {
  it('is the day it reaches', async () => {
    expect(await found('The vote came two days after Tuesday.')).toEqual([['two days after Tuesday', 'DATE', '2024-03-07']])
    expect(await found('Three weeks before May 20, 2024, the party split.')).toEqual([['Three weeks before May 20, 2024', 'DATE', '2024-04-29']])
    expect(await found('The law takes effect six months after January 1, 2025.')).toEqual([['six months after January 1, 2025', 'DATE', '2025-07-01']])
    expect(await found('Stores filled a month before Christmas.')).toEqual([['a month before Christmas', 'DATE', '2023-11-25']])
  })

  it('stays a length when it opens a span, has a word of its own, or counts trading days', async () => {
    expect(await found('The strike lasted ten days from May 1 to May 10, 2024.')).toEqual([
      ['ten days', 'DURATION', 'P10D'],
      ['May 1', 'DATE', '2024-05-01'],
      ['May 10, 2024', 'DATE', '2024-05-10']
    ])
    expect(await found('Shares rose for the next three days after Tuesday.')).toEqual([
      ['the next three days', 'DURATION', 'P3D'],
      ['Tuesday', 'DATE', '2024-03-12']
    ])
    expect(await found('Prices were set five trading days after March 1, 2024.')).toEqual([
      ['five trading days', 'DURATION', 'P5D'],
      ['March 1, 2024', 'DATE', '2024-03-01']
    ])
    expect(await found('It took two days after the vote.')).toEqual([['two days', 'DURATION', 'P2D']])
  })
})

describe('a clock time beside a part of the day', () => {
  it('is one time on that day, in that half of it', async () => {
    expect(await found('The shelling began this afternoon at 3:15 and stopped Tuesday night at 10:30.')).toEqual([
      ['this afternoon at 3:15', 'TIME', '2024-03-06T15:15'],
      ['Tuesday night at 10:30', 'TIME', '2024-03-05T22:30']
    ])
    expect(await found('Police arrived at 8:30 this morning.')).toEqual([['8:30 this morning', 'TIME', '2024-03-06T08:30']])
    expect(await found('The blast came last night at 11 p.m.')).toEqual([['last night at 11 p.m.', 'TIME', '2024-03-05T23:00']])
  })

  it('stays apart when other words stand between them', async () => {
    expect(await found('This morning, at least 20 died at 9:00.')).toEqual([
      ['This morning', 'TIME', '2024-03-06TMO'],
      ['9:00', 'TIME', '2024-03-06T09:00']
    ])
    expect(await found('Tuesday night the vote ended; by 10:30 all had gone.')).toEqual([
      ['Tuesday night', 'TIME', '2024-03-05TNI'],
      ['10:30', 'TIME', '2024-03-06T10:30']
    ])
    expect(await found('At 6:00 and this evening the bells rang.')).toEqual([
      ['6:00', 'TIME', '2024-03-06T06:00'],
      ['this evening', 'TIME', '2024-03-06TEV']
    ])
  })
})
